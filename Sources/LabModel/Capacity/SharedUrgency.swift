// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Which motives meet in the lab's projects ("gedeelde urgentie"): a motive is what a partner
/// wants from the lab (`motives` in partners.json), and it meets in a project when a partner that
/// has it works there. Motives are the same when spelled the same, ignoring case and spaces at
/// either end. A partner with two motives counts its euros for both.
public struct SharedUrgency: Sendable {
    public struct MotiveShare: Sendable, Hashable {
        public let motive: String
        /// Partner ids, in the data's order.
        public let partnerIDs: [String]
        /// The euros these partners commit, not withdrawn: to the project, or (per motive) in all.
        public let value: Money
    }

    /// Per project id, the motives that meet there, weightiest first.
    public let byProject: [String: [MotiveShare]]
    /// Per motive, its partners and what they commit in all, most partners first; empty unless asked for.
    public let byMotive: [MotiveShare]

    public init(_ data: LabData, network: AffiliationNetwork? = nil, perMotive: Bool = true) {
        let network = network ?? AffiliationNetwork(data)
        var spelled: [String: String] = [:]
        // Per motive every partner counts; per project only those that work on one (a detail asks of one project).
        let motivesOfPartner = data.partners.indices.map { position in
            guard perMotive || !network.projectsOfPartner[position].isEmpty else { return [String]() }
            return data.partners[position].motives.compactMap { motive -> String? in
                let trimmed = motive.trimmingSpaces()
                guard !trimmed.isEmpty else { return nil }
                let key = trimmed.lowercased()
                if spelled[key] == nil { spelled[key] = trimmed }
                return key
            }
        }
        var byProject: [String: [MotiveShare]] = [:]
        for (project, partners) in network.partnersOfProject.enumerated() {
            var shares: [String: (partners: [String], value: Money)] = [:]
            for partner in partners {
                for key in Set(motivesOfPartner[partner]) {
                    shares[key, default: ([], .zero)].partners.append(network.partnerIDs[partner])
                    shares[key, default: ([], .zero)].value += network.stakes[partner][project]!.value
                }
            }
            byProject[network.projectIDs[project]] = shares
                .map { MotiveShare(motive: spelled[$0.key]!, partnerIDs: $0.value.partners, value: $0.value.value) }
                .sorted { ($1.value, $1.partnerIDs.count, $0.motive) < ($0.value, $0.partnerIDs.count, $1.motive) }
        }
        self.byProject = byProject
        guard perMotive else {
            byMotive = []
            return
        }
        let totals = data.totalsByPartner()
        var motives: [String: (partners: [String], value: Money)] = [:]
        for (partner, keys) in motivesOfPartner.enumerated() {
            let id = network.partnerIDs[partner]
            let committed = totals[id].map { $0.firm + $0[.proposed] } ?? .zero
            for key in Set(keys) {
                motives[key, default: ([], .zero)].partners.append(id)
                motives[key, default: ([], .zero)].value += committed
            }
        }
        byMotive = motives
            .map { MotiveShare(motive: spelled[$0.key]!, partnerIDs: $0.value.partners, value: $0.value.value) }
            .sorted { ($1.partnerIDs.count, $1.value, $0.motive) < ($0.partnerIDs.count, $0.value, $1.motive) }
    }

    /// The one motive a project serves, when its partners all want the same thing.
    public func singleMotive(ofProject id: String) -> String? {
        byProject[id].flatMap { $0.count == 1 ? $0[0].motive : nil }
    }

    /// Projects served by one motive only, by id.
    public var singleMotiveProjects: [String] {
        byProject.keys.filter { singleMotive(ofProject: $0) != nil }.sorted()
    }
}
