// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Everything in one data folder, in memory, with lookups by id. Copies share the lists' pieces
/// and indexes: a change to one entity copies a piece, not the lists.
public struct LabData: Sendable, Hashable {
    public var lab: Lab
    public private(set) var partners: PiecedList<Partner>
    public private(set) var projects: PiecedList<Project>
    public private(set) var commitments: PiecedList<Commitment>

    /// The commitments' ids in list order, kept beside the list: the table of a hundred thousand
    /// rows takes them without asking every commitment.
    public private(set) var commitmentIDs: PiecedList<String>

    private var partnerIndex: [String: Int] = [:]
    private var projectIndex: [String: Int] = [:]
    private var commitmentIndex: [String: Int] = [:]
    /// Two lab datas are equal when their content is; the indexes follow from it.
    public static func == (left: LabData, right: LabData) -> Bool {
        left.lab == right.lab && left.partners == right.partners && left.projects == right.projects
            && left.commitments == right.commitments
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lab)
        hasher.combine(partners)
        hasher.combine(projects)
        hasher.combine(commitments)
    }

    public init<Partners: Sequence<Partner>, Projects: Sequence<Project>, Commitments: Sequence<Commitment>>(
        lab: Lab, partners: Partners, projects: Projects, commitments: Commitments) {
        self.init(lab: lab, partners: PiecedList(partners), projects: PiecedList(projects), commitments: PiecedList(commitments))
    }

    /// The lists as they are, shared; their indexes are made on every core.
    public init(lab: Lab, partners: PiecedList<Partner>, projects: PiecedList<Project>, commitments: PiecedList<Commitment>) {
        self.lab = lab
        self.partners = partners
        self.projects = projects
        self.commitments = commitments
        let made = Parallel.map(2) { half -> (ids: PiecedList<String>, indexes: [[String: Int]]) in
            half == 0 ? (PiecedList(), [Self.firstIndexByID(commitments)])
                : (PiecedList(commitments.lazy.map(\.id)), [Self.firstIndexByID(partners), Self.firstIndexByID(projects)])
        }
        commitmentIndex = made[0].indexes[0]
        commitmentIDs = made[1].ids
        partnerIndex = made[1].indexes[0]
        projectIndex = made[1].indexes[1]
    }

    /// Replaces the entity with the same id, or adds it at the end.
    public mutating func put(_ partner: Partner) {
        Self.put(partner, into: &partners, index: &partnerIndex)
    }

    public mutating func put(_ project: Project) {
        Self.put(project, into: &projects, index: &projectIndex)
    }

    public mutating func put(_ commitment: Commitment) {
        if Self.put(commitment, into: &commitments, index: &commitmentIndex) { commitmentIDs.append(commitment.id) }
    }

    /// Whether the entity was added.
    @discardableResult
    private static func put<Entity: Identifiable>(_ entity: Entity, into list: inout PiecedList<Entity>, index: inout [String: Int]) -> Bool
        where Entity.ID == String {
        if let position = index[entity.id] {
            list[position] = entity
            return false
        }
        index[entity.id] = list.count
        list.append(entity)
        return true
    }

    /// The next free `c-NNNN` after the highest in use; the store refuses it if someone took it meanwhile.
    /// The id after the highest `c-NNNN`; an id given by hand with too many digits to count on from is passed over.
    public var nextCommitmentID: String { Self.commitmentID(after: commitments.lazy.map(\.id)) }

    /// The id after the highest `c-NNNN` among `ids`.
    public static func commitmentID(after ids: some Sequence<String>) -> String {
        let highest = ids.compactMap { id -> Int? in
            guard id.hasPrefix("c-"), let number = Int(id.dropFirst(2)), number < largestCountedID else { return nil }
            return number
        }.max() ?? 0
        let number = String(highest + 1)
        return "c-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
    }

    static let largestCountedID = 1_000_000_000

    public func partner(_ id: String) -> Partner? { partnerIndex[id].map { partners[$0] } }

    /// What a person knows a partner or a project by: its name, read in place without copying the
    /// entity (tables ask it of every row); the id itself when there is no such entity.
    public func partnerName(_ id: String) -> String { partnerIndex[id].map { partners[$0].name } ?? id }
    public func projectName(_ id: String) -> String { projectIndex[id].map { projects[$0].name } ?? id }
    public func project(_ id: String) -> Project? { projectIndex[id].map { projects[$0] } }
    public func commitment(_ id: String) -> Commitment? { commitmentIndex[id].map { commitments[$0] } }

    /// Where the first entity with this id stands in its list.
    public func position(of kind: EntityKind, _ id: String) -> Int? {
        switch kind {
        case .partner: partnerIndex[id]
        case .project: projectIndex[id]
        case .commitment: commitmentIndex[id]
        }
    }

    public func arrangement(_ id: String) -> Arrangement? { lab.arrangements.first { $0.id == id } }
    public func debtPhase(_ id: String) -> DebtPhase? { lab.debtPhases.first { $0.id == id } }

    /// Where duplicates exist the first one wins the lookup; validation reports the others.
    private static func firstIndexByID<Entity: Identifiable>(_ entities: PiecedList<Entity>) -> [String: Int] where Entity.ID == String {
        var index: [String: Int] = [:]
        index.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() where index[entity.id] == nil {
            index[entity.id] = position
        }
        return index
    }
}
