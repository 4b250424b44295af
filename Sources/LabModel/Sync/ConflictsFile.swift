// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// `conflicts.jsonl`: the conflicts synchronisations found and the decisions taken on them, one line
/// each, only ever added to (so that git merges two sites' files as a union of lines). A conflict is
/// open until a decision line names it; `check` lists the open ones and the program offers them.
public enum ConflictsFile {
    public static let fileName = "conflicts.jsonl"

    public struct Contents: Sendable {
        /// In the order they were found.
        public var open: [SyncConflict] = []
        public var problems: [Problem] = []
    }

    /// What the folder's file holds; nothing when there is none.
    public static func read(in folder: String) -> Contents {
        do {
            return read(try FileBytes.read(folder + "/" + fileName))
        } catch .missing {
            return Contents()
        } catch {
            let kind: ProblemKind = if case .notRegularFile = error { .notARegularFile } else { .fileUnreadable(reason: error.description) }
            return Contents(problems: [Problem(file: fileName, kind: kind)])
        }
    }

    public static func read(_ bytes: [UInt8]) -> Contents {
        var found: [SyncConflict] = []
        var decided = Set<String>()
        var contents = Contents()
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            switch record(Array(line), lineNumber: index + 1) {
            case .success(.conflict(let conflict)): found.append(conflict)
            case .success(.decision(let id)): decided.insert(id)
            case .failure(let refused): contents.problems += refused.problems
            }
        }
        var seen = Set<String>()
        contents.open = found.filter { !decided.contains($0.id) && seen.insert($0.id).inserted }
        return contents
    }

    /// Adds a decision for `conflict` under the folder's exclusive lock; the caller saved what was decided first.
    public static func decide(_ conflict: String, by author: String, at now: Timestamp, in folder: DataFolder) throws(EditFailure) {
        let lock = try folder.exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        do {
            try JournalFile.append(SyncDecision(conflict: conflict, at: now, by: author).line, to: folder.path + "/" + fileName)
        } catch {
            throw .cannotWrite(error)
        }
    }

    private enum Record {
        case conflict(SyncConflict)
        case decision(String)
    }

    private static func record(_ line: [UInt8], lineNumber: Int) -> Result<Record, JournalReader.LineProblems> {
        let lineIndex = LineIndex(bytes: line)
        let root: JSONNode
        do {
            root = try JSONParser.parse(line)
        } catch {
            let column = lineIndex.position(ofByte: error.offset).column
            return .failure(JournalReader.LineProblems(problems: [Problem(file: fileName, position: SourcePosition(line: lineNumber, column: column), kind: .syntax(error.reason))]))
        }
        let sink = ProblemSink(file: fileName, lineIndex: lineIndex, linesBefore: lineNumber - 1)
        guard let reader = ObjectReader(root, path: .root, sink: sink) else { return .failure(JournalReader.LineProblems(problems: sink.problems)) }
        if reader.field("decision", required: false) != nil {
            let id = reader.string("decision")
            _ = reader.timestamp("at")
            _ = reader.string("by")
            reader.reportUnknownFields()
            guard let id, sink.problems.isEmpty else { return .failure(JournalReader.LineProblems(problems: sink.problems)) }
            return .success(.decision(id))
        }
        let id = reader.string("conflict")
        let at = reader.timestamp("at")
        _ = reader.id("id")
        let kindText = reader.string("entity")
        let kind = kindText.flatMap(EntityKind.init(rawValue:))
        if let kindText, kind == nil {
            return .failure(JournalReader.LineProblems(problems: [Problem(file: fileName, position: SourcePosition(line: lineNumber, column: 1), kind: .unknownEntityKind(kindText))]))
        }
        let fields = reader.strings("fields")
        let base = reader.field("base", required: true).flatMap { field -> EntityValue?? in
            if case .null = field.node.value { return .some(nil) }
            return kind.flatMap { kind in reader.object("base").flatMap { EntityValue.read(kind, from: $0) } }.map { .some($0) }
        }
        let held = kind.flatMap { kind in reader.object("held").flatMap { EntityValue.read(kind, from: $0) } }
        let other = kind.flatMap { kind in reader.object("other").flatMap { EntityValue.read(kind, from: $0) } }
        reader.reportUnknownFields()
        guard let id, let at, let fields, let base, let held, let other, sink.problems.isEmpty else {
            return .failure(JournalReader.LineProblems(problems: sink.problems))
        }
        return .success(.conflict(SyncConflict(id: id, at: at, base: base, held: held, other: other, fields: fields)))
    }
}
