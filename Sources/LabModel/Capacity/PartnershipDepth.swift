// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// How deep two partners work together, on the scale coalition research uses (the PARTNER tool):
/// every pair of lab partners is at least aware of each other; sharing a project is cooperation;
/// both putting money or hours into a shared project is coordination; both putting money into one
/// project (pooled funding) or either giving a mandate there is integration. Commitments that are
/// withdrawn do not count; the deepest shared project sets the level.
public enum PartnershipDepth: Int, CaseIterable, Sendable, Comparable, Hashable {
    case awareness, cooperation, coordination, integration

    public static func < (left: Self, right: Self) -> Bool { left.rawValue < right.rawValue }

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.awareness, .nl): "bewustzijn"
        case (.awareness, .en): "awareness"
        case (.cooperation, .nl): "samenwerking"
        case (.cooperation, .en): "cooperation"
        case (.coordination, .nl): "afstemming"
        case (.coordination, .en): "coordination"
        case (.integration, .nl): "integratie"
        case (.integration, .en): "integration"
        }
    }

    /// The rule, in words, for the view and the report.
    public func rule(in language: Language) -> String {
        switch (self, language) {
        case (.awareness, .nl): "beide partners in het lab, geen gedeeld project"
        case (.awareness, .en): "both partners in the lab, no shared project"
        case (.cooperation, .nl): "een gedeeld project"
        case (.cooperation, .en): "a shared project"
        case (.coordination, .nl): "beide geven geld of uren aan een gedeeld project"
        case (.coordination, .en): "both give money or hours to a shared project"
        case (.integration, .nl): "beide geven geld aan één project (gebundeld), of een van beide een mandaat"
        case (.integration, .en): "both give money to one project (pooled), or either gives a mandate"
        }
    }

    /// The depth of two partners' work in one project they share.
    init(_ one: AffiliationNetwork.Stake, _ other: AffiliationNetwork.Stake) {
        let money = one.kinds.contains(.money) && other.kinds.contains(.money)
        let mandate = one.kinds.contains(.mandate) || other.kinds.contains(.mandate)
        let time: Set<CommitmentKind> = [.money, .hours]
        if money || mandate {
            self = .integration
        } else if !one.kinds.isDisjoint(with: time) && !other.kinds.isDisjoint(with: time) {
            self = .coordination
        } else {
            self = .cooperation
        }
    }
}

extension AffiliationNetwork {
    /// One partner's ties: every partner it shares a project with, deepest and weightiest first.
    public struct Tie: Sendable, Hashable {
        public let partnerID: String
        public let depth: PartnershipDepth
        public let sharedProjects: Int
        /// The euros both put into the projects they share.
        public let value: Money
    }

    public func depth(between one: Int, and other: Int) -> PartnershipDepth {
        sharedProjects(one, other).map { PartnershipDepth(stakes[one][$0]!, stakes[other][$0]!) }.max() ?? .awareness
    }

    public func ties(of partner: Int) -> [Tie] {
        neighbours[partner].map { other in
            Tie(partnerID: partnerIDs[other], depth: depth(between: partner, and: other),
                sharedProjects: sharedProjects(partner, other).count, value: tieValue(partner, other))
        }
        .sorted { ($1.depth, $1.value, $0.partnerID) < ($0.depth, $0.value, $1.partnerID) }
    }

    /// How many partner pairs are at each level; pairs without a shared project are aware of each other.
    public func pairsByDepth() -> [PartnershipDepth: Int] {
        var counts: [PartnershipDepth: Int] = [:]
        for partner in neighbours.indices {
            for other in neighbours[partner] where other > partner { counts[depth(between: partner, and: other), default: 0] += 1 }
        }
        let tied = counts.values.reduce(0, +)
        counts[.awareness] = partnerCount * (partnerCount - 1) / 2 - tied
        return counts
    }
}
