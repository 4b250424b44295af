// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension Validator {
    /// The rules for single values that reading checks, applied to a value made in the program or
    /// by a command: what is saved must read back. Paths are those of the entity in its file.
    public static func problemsReadingBack(_ value: EntityValue, in data: LabData) -> [Problem] {
        let line = JournalEntry(at: value.stamp.updatedAt, by: value.stamp.updatedBy, baseRevision: nil, value: value).line
        guard case .failure(let failure) = JournalReader.entry(from: Array(line.utf8), lineNumber: 1) else { return [] }
        let collection = DataFile(value.kind)
        let count = switch value.kind {
        case .partner: data.partners.count
        case .project: data.projects.count
        case .commitment: data.commitments.count
        }
        let place = JSONPath([.key(collection.collectionKey!), .index(data.position(of: value.kind, value.id) ?? count)])
        return failure.problems.map { problem in
            var components = problem.path?.components ?? []
            guard components.first == .key("value") else { return Problem(file: collection.fileName, path: place, kind: problem.kind) }
            components.removeFirst()
            return Problem(file: collection.fileName, path: JSONPath(place.components + components), kind: problem.kind)
        }
    }
}
