// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Everything the "Organiserend vermogen" view and the report say of the lab's organising
/// capacity, worked out once: the network scores, the depth of the partnerships, the motives that
/// meet, the update lights and how SMART the commitments are.
public struct OrganisingCapacity: Sendable {
    /// A project that leans on one partner gets at least this share of its euros from it.
    public static let leaningShare = 0.8

    public let network: AffiliationNetwork
    public let scores: NetworkScores
    public let depths: [PartnershipDepth: Int]
    public let urgency: SharedUrgency
    public let smart: SmartCompleteness
    public let smartByPartner: [String: SmartCompleteness]
    public let projectLights: [String: UpdateLight]
    public let lightCounts: (projects: [UpdateLight: Int], commitments: [UpdateLight: Int])
    /// Active project ids, in the data's order, each with what makes it fragile.
    public let fragileProjects: [(projectID: String, reasons: [Fragility])]

    public enum Fragility: Sendable, Hashable {
        /// One partner works on it, or brings at least `leaningShare` of its euros.
        case onePartner(String)
        case oneMotive(String)
        case noPublicAndPrivate
        case light(UpdateLight)
    }

    /// `spread`: over every core; off for work in the background (see `Parallel`).
    public init(_ data: LabData, on day: Day, spread: Bool = true) {
        let network = AffiliationNetwork(data)
        self.network = network
        scores = NetworkScores(network, sectors: data.partners.map(\.sector), spread: spread)
        depths = network.pairsByDepth()
        let urgency = SharedUrgency(data, network: network)
        self.urgency = urgency
        (smart, smartByPartner) = data.smartCompleteness()
        let lights = data.projectLights(on: day)
        projectLights = lights
        lightCounts = data.updateLightCounts(on: day, projectLights: lights)
        let withoutMix = Set(data.projectsWithoutPublicAndPrivate(in: network).map(\.id))
        fragileProjects = data.projects.enumerated().compactMap { position, project in
            guard project.stage != .stopped else { return nil }
            var reasons: [Fragility] = []
            if let leaning = Self.leaningPartner(of: position, in: network) { reasons.append(.onePartner(leaning)) }
            if let motive = urgency.singleMotive(ofProject: project.id) { reasons.append(.oneMotive(motive)) }
            if withoutMix.contains(project.id) { reasons.append(.noPublicAndPrivate) }
            if let light = lights[project.id], light >= .red { reasons.append(.light(light)) }
            return reasons.isEmpty ? nil : (project.id, reasons)
        }
    }

    private static func leaningPartner(of project: Int, in network: AffiliationNetwork) -> String? {
        let partners = network.partnersOfProject[project]
        if partners.count == 1 { return network.partnerIDs[partners[0]] }
        let values = partners.map { network.stakes[$0][project]!.value }
        let total = values.reduce(Money.zero, +)
        guard total.units > 0, let largest = values.indices.max(by: { values[$0] < values[$1] }) else { return nil }
        return Double(values[largest].units) >= leaningShare * Double(total.units) ? network.partnerIDs[partners[largest]] : nil
    }

    /// The partner that holds the network together most: the highest betweenness, then the most pairs it alone connects.
    public var connector: NetworkScores.PartnerScore? {
        scores.partners.max { ($0.betweenness, $0.partedPairs, $1.partnerID) < ($1.betweenness, $1.partedPairs, $0.partnerID) }
    }

    /// How many partners have more liaison pairs than this one: 0 for the top liaison.
    public func liaisonRank(of score: NetworkScores.PartnerScore) -> Int {
        scores.partners.filter { $0.holes.brokerage.liaison > score.holes.brokerage.liaison }.count
    }
}

extension OrganisingCapacity {
    /// The municipality's connecting role, or whoever holds the network together, read off its
    /// betweenness, the pairs only it links and its liaison count, in one sentence.
    public func connectingRole(in language: Language, name: (String) -> String) -> String? {
        guard let connector, connector.betweenness > 0 || connector.partedPairs > 0 else { return nil }
        let who = name(connector.partnerID)
        let betweenness = NumberFormat.decimal(connector.betweenness, digits: 3, in: language)
        let pairs = NumberFormat.display(Quantity(connector.partedPairs), in: language)
        let share = NumberFormat.percent(scores.partnerPairs > 0 ? Double(connector.partedPairs) / Double(scores.partnerPairs) : 0)
        let liaison = NumberFormat.display(Quantity(connector.holes.brokerage.liaison), in: language)
        let rank = liaisonRank(of: connector)
        let links = connector.holes.brokerage.liaison
        switch language {
        case .nl:
            let standing = rank == 0 ? "meer dan enige andere partner" : "na \(rank) andere partner\(rank == 1 ? "" : "s")"
            let liaisonClause = links == 0 ? "" : " en verbindt \(liaison) paren uit twee andere sectoren, \(standing)"
            let sole = connector.partedPairs == 0 ? "geen paar hangt alleen aan deze partner"
                : "\(pairs) paren (\(share)) hangen alleen aan deze partner"
            return "Verbindende rol: \(who) heeft de hoogste tussenpositie (\(betweenness))\(liaisonClause); \(sole)."
        case .en:
            let standing = rank == 0 ? "more than any other partner" : "after \(rank) other partner\(rank == 1 ? "" : "s")"
            let liaisonClause = links == 0 ? "" : " and links \(liaison) pairs from two other sectors, \(standing)"
            let sole = connector.partedPairs == 0 ? "no pair hangs on this partner alone" : "\(pairs) pairs (\(share)) hang on this partner alone"
            return "Connecting role: \(who) has the highest betweenness (\(betweenness))\(liaisonClause); \(sole)."
        }
    }
}

extension OrganisingCapacity.Fragility {
    /// In a list of a project's weak points: `leunt op CZ`, `één motief: Lagere zorgkosten`, `rood`.
    public func text(in language: Language, partnerName: (String) -> String) -> String {
        switch (self, language) {
        case (.onePartner(let id), .nl): "leunt op \(partnerName(id))"
        case (.onePartner(let id), .en): "leans on \(partnerName(id))"
        case (.oneMotive(let motive), .nl): "één motief: \(motive)"
        case (.oneMotive(let motive), .en): "one motive: \(motive)"
        case (.noPublicAndPrivate, .nl): "niet publiek én privaat"
        case (.noPublicAndPrivate, .en): "not public and private"
        case (.light(let light), _): light.name(in: language)
        }
    }
}
