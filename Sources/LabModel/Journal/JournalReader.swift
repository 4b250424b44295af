// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Reads `journal.jsonl`: every good line becomes an entry; a line that is not a valid entry is
/// reported with its line number and skipped, and so is a last line cut off by a writer that
/// was stopped; never are good lines lost with a bad one.
enum JournalReader {
    static let fileName = "journal.jsonl"

    struct Result {
        var entries: [(line: Int, entry: JournalEntry)] = []
        var problems: [Problem] = []
        /// The bytes up to and including the last line break: what a later read need not read again.
        var completeBytes = 0
        /// The number of lines ended by a line break.
        var completeLines = 0
    }

    /// Reads `bytes`, whose first line is line `firstLine` of the file.
    /// With `needle`, a line that does not hold it is passed over unparsed (and unchecked): the
    /// needle is sought in the whole text, and only the lines around where it is found are read.
    static func read(_ bytes: ArraySlice<UInt8>, firstLine: Int = 1, keepingLinesWith needle: ByteSearch? = nil) -> Result {
        var result = Result()
        var lineStart = bytes.startIndex
        var lineNumber = firstLine
        while lineStart < bytes.endIndex {
            if let needle {
                let found = needle.firstIndex(in: bytes, from: lineStart) ?? bytes.endIndex
                // Over the lines before the one it is found in, counting them.
                while let newline = Newlines.first(in: bytes, from: lineStart), newline < found {
                    lineStart = newline + 1
                    lineNumber += 1
                    result.completeBytes = lineStart - bytes.startIndex
                    result.completeLines = lineNumber - firstLine
                }
                if found == bytes.endIndex { break }
            }
            let newline = Newlines.first(in: bytes, from: lineStart)
            let lineEnd = newline ?? bytes.endIndex
            let line = Array(bytes[lineStart..<lineEnd])
            if newline == nil {
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                    result.problems.append(Problem(file: fileName, position: SourcePosition(line: lineNumber, column: 1),
                                                   kind: .tornJournalLine))
                }
            } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                switch entry(from: line, lineNumber: lineNumber) {
                case .success(let entry): result.entries.append((lineNumber, entry))
                case .failure(let problems): result.problems += problems.problems
                }
            }
            if newline != nil {
                result.completeBytes = lineEnd + 1 - bytes.startIndex
                result.completeLines = lineNumber - firstLine + 1
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return result
    }

    static func read(_ bytes: [UInt8]) -> Result {
        read(bytes[...])
    }

    struct LineProblems: Error {
        let problems: [Problem]
    }

    static func entry(from line: [UInt8], lineNumber: Int) -> Swift.Result<JournalEntry, LineProblems> {
        let lineIndex = LineIndex(bytes: line)
        let root: JSONNode
        do {
            root = try JSONParser.parse(line)
        } catch {
            let position = lineIndex.position(ofByte: error.offset)
            return .failure(LineProblems(problems: [Problem(file: fileName, position: SourcePosition(line: lineNumber, column: position.column),
                                                            kind: .syntax(error.reason))]))
        }
        let sink = ProblemSink(file: fileName, lineIndex: lineIndex, linesBefore: lineNumber - 1)
        guard let reader = ObjectReader(root, path: .root, sink: sink) else { return .failure(LineProblems(problems: sink.problems)) }
        let edit = reader.string("edit", required: false) ?? EditID.ofLegacyLine(line)
        let at = reader.timestamp("at")
        let by = reader.string("by")
        let kindText = reader.string("entity")
        let id = reader.id("id")
        let baseRevision = reader.field("baseRevision", required: false).map { _ in reader.revision("baseRevision") }
        let kind = kindText.flatMap { text -> EntityKind? in
            guard let kind = EntityKind(rawValue: text) else {
                sink.report(.unknownEntityKind(text), at: JSONPath([.key("entity")]), node: reader.field("entity", required: false)?.node)
                return nil
            }
            return kind
        }
        let valueReader = reader.object("value")
        let merge = reader.object("merge", required: false).map(MergeRecord.read)
        let erased = reader.strings("erased", required: false)
        let was = reader.field("was", required: false).map { Self.was(from: $0.node, sink: sink) }
        reader.reportUnknownFields()
        let value = kind.flatMap { kind in valueReader.flatMap { EntityValue.read(kind, from: $0) } }
        guard let at, let by, let id, let value, baseRevision.map({ $0 != nil }) ?? true, merge.map({ $0 != nil }) ?? true,
              let erased, was.map({ $0 != nil }) ?? true, sink.problems.isEmpty else {
            return .failure(LineProblems(problems: sink.problems))
        }
        guard value.id == id else {
            return .failure(LineProblems(problems: [Problem(file: fileName, position: SourcePosition(line: lineNumber, column: 1),
                                                            kind: .journalIDMismatch(entryID: id, valueID: value.id))]))
        }
        return .success(JournalEntry(edit: edit, at: at, by: by, baseRevision: baseRevision ?? nil, value: value, merge: merge ?? nil,
                                     erased: erased, was: was ?? nil))
    }
}

extension JournalReader {
    /// The earlier values of the fields an edit changed: an object of field keys, reported when it is not one.
    static func was(from node: JSONNode, sink: ProblemSink) -> [String: JSONValue]? {
        guard case .object(let members) = node.value else {
            sink.report(.wrongType(expected: .object, found: node.value.typeName), at: JSONPath([.key("was")]), node: node)
            return nil
        }
        return Dictionary(members.map { ($0.key, $0.value.value) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Lays journal entries over the data of the files, one by one in order.
enum JournalReplay {
    enum Outcome {
        case applied
        /// The data holds this version or a later one already.
        case contained
        case skipped(Problem)
    }

    /// Applies the entry if it fits; an entry already contained in the data is passed over in
    /// silence, one that does not fit is reported and skipped. A later revision in the data counts
    /// as containing the entry only while a compaction is pending (`compactionPending`: the files
    /// may be new while the journal is not yet); else the entry is an edit that lost a race, kept
    /// and shown.
    static func apply(_ entry: JournalEntry, line: Int, to data: inout LabData, compactionPending: Bool) -> Outcome {
        func skip(_ kind: ProblemKind) -> Outcome {
            .skipped(Problem(file: JournalReader.fileName, position: SourcePosition(line: line, column: 1), kind: kind))
        }
        let value = entry.value
        let current = data.value(value.kind, value.id)
        if current == value { return .contained }
        switch (entry.baseRevision, current) {
        case (nil, .some):
            return skip(.journalAlreadyExists(value.kind, value.id))
        case (.some, nil):
            return skip(.journalMissing(value.kind, value.id))
        case (.some(let base), .some(let current)) where current.stamp.revision != base:
            if compactionPending, current.stamp.revision > value.stamp.revision { return .contained }
            return skip(.journalConflict(value.kind, value.id, base: base, current: current.stamp.revision))
        default:
            break
        }
        if let first = Validator.problems(of: value, in: data).first {
            return skip(.journalInvalidEdit(first.kind))
        }
        data.put(value)
        return .applied
    }
}
