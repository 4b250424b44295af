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
    /// With `needle`, a line that does not hold it is passed over unparsed (and unchecked).
    static func read(_ bytes: ArraySlice<UInt8>, firstLine: Int = 1, keepingLinesWith needle: [UInt8]? = nil) -> Result {
        var result = Result()
        var lineStart = bytes.startIndex
        var lineNumber = firstLine
        while lineStart < bytes.endIndex {
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? bytes.endIndex
            if let needle, !ByteSearch.contains(bytes[lineStart..<lineEnd], needle) {
                if newline != nil {
                    result.completeBytes = lineEnd + 1 - bytes.startIndex
                    result.completeLines += 1
                }
                lineStart = lineEnd + 1
                lineNumber += 1
                continue
            }
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
                result.completeLines += 1
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
        let beforeReader = reader.object("before", required: false)
        reader.reportUnknownFields()
        let value = kind.flatMap { kind in valueReader.flatMap { EntityValue.read(kind, from: $0) } }
        let before = kind.flatMap { kind in beforeReader.flatMap { EntityValue.read(kind, from: $0) } }
        guard let at, let by, let id, let value, baseRevision.map({ $0 != nil }) ?? true, merge.map({ $0 != nil }) ?? true,
              let erased, (beforeReader == nil) == (before == nil), sink.problems.isEmpty else {
            return .failure(LineProblems(problems: sink.problems))
        }
        guard value.id == id else {
            return .failure(LineProblems(problems: [Problem(file: fileName, position: SourcePosition(line: lineNumber, column: 1),
                                                            kind: .journalIDMismatch(entryID: id, valueID: value.id))]))
        }
        return .success(JournalEntry(edit: edit, at: at, by: by, baseRevision: baseRevision ?? nil, value: value, merge: merge ?? nil,
                                     erased: erased, before: before))
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
