// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The partners and the projects as a two-mode network: a partner is tied to a project it leads
/// or has a commitment to that is not withdrawn. From it follows the partners' one-mode network
/// (two partners are tied when they share a project). Partners and projects are counted by their
/// position in the data's lists.
public struct AffiliationNetwork: Sendable {
    /// What one partner puts into one project.
    public struct Stake: Sendable, Hashable {
        /// The euros of its commitments there that are not withdrawn.
        public var value = Money.zero
        public var kinds: Set<CommitmentKind> = []
        public var leads = false
    }

    public let partnerIDs: [String]
    public let projectIDs: [String]
    /// Per partner, its projects, in ascending position.
    public let projectsOfPartner: [[Int]]
    /// Per project, its partners, in ascending position.
    public let partnersOfProject: [[Int]]
    /// Per partner, what it puts into each of its projects.
    public let stakes: [[Int: Stake]]
    /// Per partner, the partners it shares a project with, in ascending position.
    public let neighbours: [[Int]]

    public init(_ data: LabData) {
        self.init(data, projects: nil, commitments: data.commitments)
    }

    /// Only the projects `within` (by id) with their partners, from `commitments` (those of these
    /// projects, or more): a detail shows one partner's or one project's ties without going
    /// through a national lab's hundred thousand commitments.
    public init<Commitments: Sequence<Commitment>>(_ data: LabData, within projectIDs: Set<String>, commitments: Commitments) {
        self.init(data, projects: projectIDs, commitments: commitments)
    }

    private init<Commitments: Sequence<Commitment>>(_ data: LabData, projects projectIDs: Set<String>?, commitments: Commitments) {
        partnerIDs = data.partners.map(\.id)
        self.projectIDs = data.projects.map(\.id)
        let kept = projectIDs.map { Set($0.compactMap { data.position(of: .project, $0) }) }
        var stakes = Array(repeating: [Int: Stake](), count: partnerIDs.count)
        for project in kept.map(Array.init) ?? Array(data.projects.indices) {
            if let lead = data.position(of: .partner, data.projects[project].lead) { stakes[lead][project, default: Stake()].leads = true }
        }
        for commitment in commitments {
            guard commitment.tiesPartnerToProject, let project = data.position(of: .project, commitment.project!),
                  kept?.contains(project) ?? true, let partner = data.position(of: .partner, commitment.partner) else { continue }
            stakes[partner][project, default: Stake()].value += commitment.valueEUR
            stakes[partner][project, default: Stake()].kinds.insert(commitment.kind)
        }
        let projectsOfPartner = stakes.map { $0.keys.sorted() }
        var partnersOfProject = Array(repeating: [Int](), count: self.projectIDs.count)
        for (partner, projects) in projectsOfPartner.enumerated() {
            for project in projects { partnersOfProject[project].append(partner) }
        }
        self.stakes = stakes
        self.projectsOfPartner = projectsOfPartner
        self.partnersOfProject = partnersOfProject
        neighbours = Self.projection(projectsOfPartner, partnersOfProject)
    }

    /// Two partners are neighbours when they share a project.
    private static func projection(_ projectsOfPartner: [[Int]], _ partnersOfProject: [[Int]]) -> [[Int]] {
        var lastSeenBy = Array(repeating: -1, count: projectsOfPartner.count)
        return projectsOfPartner.indices.map { partner in
            var met: [Int] = []
            for project in projectsOfPartner[partner] {
                for other in partnersOfProject[project] where other != partner && lastSeenBy[other] != partner {
                    lastSeenBy[other] = partner
                    met.append(other)
                }
            }
            return met.sorted()
        }
    }

    public var partnerCount: Int { partnerIDs.count }
    public var projectCount: Int { projectIDs.count }
    /// Ties between a partner and a project.
    public var tieCount: Int { projectsOfPartner.reduce(0) { $0 + $1.count } }
    /// Ties between two partners in the one-mode network.
    public var partnerTieCount: Int { neighbours.reduce(0) { $0 + $1.count } / 2 }

    /// The projects two partners share, in ascending position.
    public func sharedProjects(_ one: Int, _ other: Int) -> [Int] {
        projectsOfPartner[one].filter { Self.contains(projectsOfPartner[other], $0) }
    }

    /// What two partners together put into the projects they share: the weight of their tie.
    public func tieValue(_ one: Int, _ other: Int) -> Money {
        sharedProjects(one, other).reduce(Money.zero) { $0 + stakes[one][$1]!.value + stakes[other][$1]!.value }
    }

    static func contains(_ sorted: [Int], _ element: Int) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < element { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == element
    }
}

extension Commitment {
    /// A commitment that makes its partner work on its project: not withdrawn, and not to the shared support.
    public var tiesPartnerToProject: Bool { state != .withdrawn && project != nil }
}
