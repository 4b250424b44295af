// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The rules that span more than one value: unique ids, references between files, periods.
/// Rules about single values are checked while reading.
public enum Validator {
    public static func problems(in data: LabData) -> [Problem] {
        problems(in: data, sourceMap: SourceMap(matching: data))
    }

    static func problems(in data: LabData, sourceMap map: SourceMap) -> [Problem] {
        var found: [Problem] = []
        func report(_ file: DataFile, _ path: JSONPath, _ kind: ProblemKind) {
            found.append(Problem(file: file.fileName, path: path, kind: kind))
        }

        let arrangementIDs = data.lab.arrangements.map(\.id)
        let phaseIDs = data.lab.debtPhases.map(\.id)
        for (firstAt, id, path) in duplicates(arrangementIDs, at: { JSONPath([.key("arrangements"), .index($0), .key("id")]) })
            + duplicates(phaseIDs, at: { JSONPath([.key("debtPhases"), .index($0), .key("id")]) }) {
            report(.lab, path, .duplicateID(id, firstAt: firstAt))
        }
        func reportRepeatedIDs<Entity: Identifiable>(_ entities: PiecedList<Entity>, _ kind: EntityKind) where Entity.ID == String {
            for (position, entity) in entities.enumerated() {
                // The data's index holds the first entity of each id: any other with that id repeats it.
                guard let first = data.position(of: kind, entity.id), first != position else { continue }
                report(DataFile(kind), map.path(of: kind, at: position).appending("id"),
                       .duplicateID(entity.id, firstAt: map.path(of: kind, at: first).appending("id")))
            }
        }
        reportRepeatedIDs(data.partners, .partner)
        reportRepeatedIDs(data.projects, .project)
        reportRepeatedIDs(data.commitments, .commitment)

        let references = References(data: data, declaredPartnerIDs: map.declaredPartnerIDs, declaredProjectIDs: map.declaredProjectIDs)
        for (position, project) in data.projects.enumerated() {
            found += references.problems(of: project) { map.path(of: .project, at: position) }
        }
        // Most of the work at national scale: the commitments are checked in chunks on every core.
        let commitments = data.commitments
        return found + Parallel.map(commitments.count, inChunksOf: 16_384) { positions in
            positions.flatMap { position in
                references.problems(of: commitments[position]) { map.path(of: .commitment, at: position) }
                    + valueProblems(of: commitments[position]) { map.path(of: .commitment, at: position) }
            }
        }
    }

    /// A commitment in euros whose value is not its amount. Checked by `check` and for every new
    /// edit, but not when the journal is replayed: an edit saved before this rule must not be lost.
    public static func valueProblems(of value: EntityValue, in data: LabData) -> [Problem] {
        guard case .commitment(let commitment) = value else { return [] }
        let index = data.position(of: .commitment, commitment.id) ?? data.commitments.count
        return valueProblems(of: commitment) { JSONPath([.key("commitments"), .index(index)]) }
    }

    private static func valueProblems(of commitment: Commitment, at path: () -> JSONPath) -> [Problem] {
        // Cents and ten-thousandths: the value is the amount when their units differ by a hundred.
        guard commitment.unit == MeasureUnit.euro.code, commitment.valueEUR.units.multipliedReportingOverflow(by: 100) != (commitment.amount.units, false)
        else { return [] }
        return [Problem(file: DataFile.commitments.fileName, path: path().appending("valueEUR"),
                        kind: .valueNotAmount(amount: commitment.amount.plainText, value: commitment.valueEUR.plainText))]
    }

    /// The rules for one entity that was changed in data that was valid before: its references and
    /// its period. Ids cannot repeat, because a change replaces the entity of its id.
    public static func problems(of value: EntityValue, in data: LabData) -> [Problem] {
        let references = References(data: data, declaredPartnerIDs: nil, declaredProjectIDs: nil)
        switch value {
        case .partner: return []
        case .project(let project):
            let index = data.position(of: .project, project.id) ?? data.projects.count
            return references.problems(of: project) { JSONPath([.key("projects"), .index(index)]) }
        case .commitment(let commitment):
            let index = data.position(of: .commitment, commitment.id) ?? data.commitments.count
            return references.problems(of: commitment) { JSONPath([.key("commitments"), .index(index)]) }
        }
    }

    /// Every repeated id after its first occurrence: (path of the first, id, path of the repeat).
    private static func duplicates(_ ids: [String], at path: (Int) -> JSONPath) -> [(JSONPath, String, JSONPath)] {
        var firstIndex: [String: Int] = [:]
        var repeats: [(JSONPath, String, JSONPath)] = []
        for (index, id) in ids.enumerated() {
            if let first = firstIndex[id] {
                repeats.append((path(first), id, path(index)))
            } else {
                firstIndex[id] = index
            }
        }
        return repeats
    }
}

/// What a project or a commitment may refer to.
private struct References: Sendable {
    let data: LabData
    /// When set, the ids the files declare (also of entities that could not be read); else the data's own.
    let declaredPartnerIDs: Set<String>?
    let declaredProjectIDs: Set<String>?

    private func isPartner(_ id: String) -> Bool { declaredPartnerIDs?.contains(id) ?? (data.position(of: .partner, id) != nil) }
    private func isProject(_ id: String) -> Bool { declaredProjectIDs?.contains(id) ?? (data.position(of: .project, id) != nil) }

    /// `path` is asked only when there is a problem to place.
    func problems(of project: Project, at place: () -> JSONPath) -> [Problem] {
        var found: [Problem] = []
        func report(_ path: JSONPath, _ kind: ProblemKind) {
            found.append(Problem(file: DataFile.projects.fileName, path: path, kind: kind))
        }
        var path: JSONPath { place() }
        if !isPartner(project.lead) { report(path.appending("lead"), .unknownLead(project.lead)) }
        if data.arrangement(project.arrangement) == nil {
            let arrangementIDs = data.lab.arrangements.map(\.id)
            report(path.appending("arrangement"), .unknownArrangement(project.arrangement, allowed: arrangementIDs))
        }
        let phaseIDs = data.lab.debtPhases.map(\.id)
        var seenPhases = Set<String>()
        for (index, phase) in project.debtPhases.enumerated() {
            let phasePath = path.appending("debtPhases").appending(index)
            if !phaseIDs.contains(phase) {
                report(phasePath, .unknownDebtPhase(phase, allowed: phaseIDs))
            } else if !seenPhases.insert(phase).inserted {
                report(phasePath, .repeatedDebtPhase(phase))
            }
        }
        return found
    }

    func problems(of commitment: Commitment, at place: () -> JSONPath) -> [Problem] {
        var found: [Problem] = []
        func report(_ path: JSONPath, _ kind: ProblemKind) {
            found.append(Problem(file: DataFile.commitments.fileName, path: path, kind: kind))
        }
        var path: JSONPath { place() }
        if !isPartner(commitment.partner) { report(path.appending("partner"), .unknownPartner(commitment.partner)) }
        if let project = commitment.project, !isProject(project) { report(path.appending("project"), .unknownProject(project)) }
        if let until = commitment.until, until < commitment.from {
            report(path.appending("until"), .untilBeforeFrom(from: commitment.from, until: until))
        }
        return found
    }
}
