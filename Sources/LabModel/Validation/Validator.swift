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
        for (firstAt, id, path) in duplicates(data.partners.map(\.id), at: { map.partnerPaths[$0].appending("id") }) {
            report(.partners, path, .duplicateID(id, firstAt: firstAt))
        }
        for (firstAt, id, path) in duplicates(data.projects.map(\.id), at: { map.projectPaths[$0].appending("id") }) {
            report(.projects, path, .duplicateID(id, firstAt: firstAt))
        }
        for (firstAt, id, path) in duplicates(data.commitments.map(\.id), at: { map.commitmentPaths[$0].appending("id") }) {
            report(.commitments, path, .duplicateID(id, firstAt: firstAt))
        }

        let knownArrangements = Set(arrangementIDs)
        let knownPhases = Set(phaseIDs)
        for (project, path) in zip(data.projects, map.projectPaths) {
            if !map.declaredPartnerIDs.contains(project.lead) {
                report(.projects, path.appending("lead"), .unknownLead(project.lead))
            }
            if !knownArrangements.contains(project.arrangement) {
                report(.projects, path.appending("arrangement"), .unknownArrangement(project.arrangement, allowed: arrangementIDs))
            }
            var seenPhases = Set<String>()
            for (index, phase) in project.debtPhases.enumerated() {
                let phasePath = path.appending("debtPhases").appending(index)
                if !knownPhases.contains(phase) {
                    report(.projects, phasePath, .unknownDebtPhase(phase, allowed: phaseIDs))
                } else if !seenPhases.insert(phase).inserted {
                    report(.projects, phasePath, .repeatedDebtPhase(phase))
                }
            }
        }

        for (commitment, path) in zip(data.commitments, map.commitmentPaths) {
            if !map.declaredPartnerIDs.contains(commitment.partner) {
                report(.commitments, path.appending("partner"), .unknownPartner(commitment.partner))
            }
            if let project = commitment.project, !map.declaredProjectIDs.contains(project) {
                report(.commitments, path.appending("project"), .unknownProject(project))
            }
            if let until = commitment.until, until < commitment.from {
                report(.commitments, path.appending("until"), .untilBeforeFrom(from: commitment.from, until: until))
            }
        }
        return found
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
