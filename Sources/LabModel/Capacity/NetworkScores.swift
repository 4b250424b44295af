// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The lab as a collaboration network, in the measures network research uses (networkx's
/// definitions, checked against networkx in the tests). The two-mode network ties partners to
/// projects; the one-mode network ties two partners that share a project. Constraint, effective
/// size and brokerage count ties, not euros: a lead that commits no euros, or a mandate valued at
/// nothing, still ties partners together, and a tie weighing nothing would drop out of Burt's sums.
public struct NetworkScores: Sendable {
    public struct PartnerScore: Sendable, Hashable {
        public let partnerID: String
        /// Projects it works on.
        public let projects: Int
        /// Partners it meets in them.
        public let contacts: Int
        public let betweenness: Double
        public let holes: StructuralHoles
        /// Pairs of other partners that only it connects: taking it out would part them.
        public let partedPairs: Int
    }

    public let partners: [PartnerScore]
    /// Of the one-mode network: the share of partner pairs that share a project.
    public let density: Double
    /// Of the two-mode network: the share of partner–project pairs that are tied.
    public let twoModeDensity: Double
    /// Freeman's degree centralization of the one-mode network: Σ (max − degree) / ((n − 1)(n − 2)).
    public let degreeCentralization: Double
    /// Connected parts of the one-mode network, a partner without a project counting as one.
    public let components: Int
    public let partnersWithoutProject: Int
    public let partnerPairs: Int
    public let pairsOnOnePartner: Int
    /// `nil` when betweenness is exact; else the number of nodes its searches started from.
    public let betweennessSources: Int?

    /// `spread`: over every core; off for work in the background (see `Parallel`).
    public init(_ network: AffiliationNetwork, sectors: [Sector], spread: Bool = true) {
        let count = network.partnerCount
        let degrees = network.neighbours.map(\.count)
        let pairs = count * (count - 1) / 2
        partnerPairs = pairs
        density = pairs > 0 ? Double(network.partnerTieCount) / Double(pairs) : 0
        let twoModePairs = count * network.projectCount
        twoModeDensity = twoModePairs > 0 ? Double(network.tieCount) / Double(twoModePairs) : 0
        let largest = degrees.max() ?? 0
        degreeCentralization = count > 2
            ? Double(degrees.reduce(0) { $0 + largest - $1 }) / Double((count - 1) * (count - 2)) : 0
        let separations = Separations(network.neighbours)
        components = separations.componentSizes.count
        partnersWithoutProject = network.projectsOfPartner.filter(\.isEmpty).count
        pairsOnOnePartner = separations.pairsOnOnePartner
        let (betweenness, sources) = network.partnerBetweenness(spread: spread)
        betweennessSources = sources
        let groups = sectors.map { Sector.allCases.firstIndex(of: $0)! }
        let chunkSize = max(64, (count + 7) / 8)
        let holes = Parallel.map(count, inChunksOf: chunkSize, spread: spread) { range in
            var marks = Array(repeating: -1, count: count)
            return range.map { StructuralHoles(of: $0, in: network, groups: groups, marks: &marks) }
        }
        partners = (0..<count).map { partner in
            PartnerScore(partnerID: network.partnerIDs[partner], projects: network.projectsOfPartner[partner].count,
                         contacts: degrees[partner], betweenness: betweenness[partner], holes: holes[partner],
                         partedPairs: separations.parted[partner])
        }
    }

    public init(_ data: LabData) {
        self.init(AffiliationNetwork(data), sectors: data.partners.map(\.sector))
    }

    /// The share of partner pairs that hang on one partner.
    public var shareOnOnePartner: Double {
        partnerPairs > 0 ? Double(pairsOnOnePartner) / Double(partnerPairs) : 0
    }

    public func score(of partnerID: String) -> PartnerScore? {
        partners.first { $0.partnerID == partnerID }
    }
}
