// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A data file (partners, projects or commitments) of two sites made one for git: each version read
/// as the folder reads it, merged by id and field (`EntitySetMerge`), written back in the stable
/// format. A version that does not read is refused with its problems, and nothing is written.
public enum EntityFileMerge {
    public struct Merged: Sendable {
        public let bytes: [UInt8]
        public let conflicts: [EntitySetMerge.Conflict]
        public let renumbered: [EntitySetMerge.Renumbering]
    }

    /// `base` may be empty: the file was new on both sides.
    public static func merge(_ file: DataFile, base: [UInt8], ours: [UInt8], theirs: [UInt8],
                             named names: (base: String, ours: String, theirs: String)) -> Result<Merged, EntityProblems> {
        guard let kind = file.kind else { return .failure(EntityProblems(problems: [Problem(file: file.fileName, kind: .fileUnreadable(reason: "not a collection"))])) }
        var problems: [Problem] = []
        func entities(_ bytes: [UInt8], _ name: String) -> [EntityValue] {
            guard !bytes.isEmpty else { return [] }
            let lineIndex = LineIndex(bytes: bytes)
            let sink = ProblemSink(file: name, lineIndex: lineIndex)
            do {
                let root = try JSONParser.parse(bytes)
                let read = DataFolder.readCollection(root, file, sink) { EntityValue.read(kind, from: $0) }
                problems += sink.problems
                return read?.entities ?? []
            } catch {
                problems.append(Problem(file: name, position: lineIndex.position(ofByte: error.offset), kind: .syntax(error.reason)))
                return []
            }
        }
        let (old, mine, their) = (entities(base, names.base), entities(ours, names.ours), entities(theirs, names.theirs))
        guard problems.isEmpty else { return .failure(EntityProblems(problems: problems)) }
        let outcome = EntitySetMerge.merge(base: old, ours: mine, theirs: their)
        return .success(Merged(bytes: LabData.collectionBytes(file, outcome.entities), conflicts: outcome.conflicts,
                               renumbered: outcome.renumbered))
    }
}
