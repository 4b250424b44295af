// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// One field an edit changed: its key and its values before and after, as the files hold them
/// (`nil` where the field was left out).
public struct FieldChange: Sendable, Hashable {
    public let field: String
    public let before: JSONValue?
    public let after: JSONValue?

    public init(field: String, before: JSONValue?, after: JSONValue?) {
        self.field = field
        self.before = before
        self.after = after
    }
}

extension EntityValue {
    /// The fields that differ from `previous`, in the catalogue's order, leaving out the id and the stamp.
    public func changes(from previous: EntityValue?) -> [FieldChange] {
        let new = fieldValues
        let old = previous?.fieldValues ?? [:]
        return FieldCatalogue.editableFields(of: kind).compactMap { field in
            new[field.key] == old[field.key] ? nil : FieldChange(field: field.key, before: old[field.key], after: new[field.key])
        }
    }
}

extension EntityValue {
    /// The fields an edit that made this version changed, from the earlier values its history line keeps.
    func changes(was: [String: JSONValue]) -> [FieldChange] {
        let new = fieldValues
        return FieldCatalogue.editableFields(of: kind).compactMap { field in
            guard let old = was[field.key] else { return nil }
            return FieldChange(field: field.key, before: old == .null ? nil : old, after: new[field.key])
        }
    }

    /// The earlier value of each field that differs from `previous`, as a history line keeps them.
    func was(from previous: EntityValue) -> [String: JSONValue] {
        Dictionary(changes(from: previous).map { ($0.field, $0.before ?? .null) }, uniquingKeysWith: { first, _ in first })
    }
}

extension DataFolder {
    static let historyFileName = "history.jsonl"

    /// Every saved edit on record with what it changed, oldest first: those folded into the files
    /// by `compact` (kept in history.jsonl and its segments) and those in the journal.
    public func history() -> (items: [HistoryItem], problems: [Problem], couldNotRead: Bool) {
        history(matching: nil, baseline: nil)
    }

    /// The edits of the entity with this id (of any kind), read from only the lines that name it;
    /// `baseline` is the folder's data when the caller has read it already.
    public func history(ofEntity id: String, baseline: LabData? = nil) -> (items: [HistoryItem], problems: [Problem], couldNotRead: Bool) {
        let result = history(matching: id, baseline: baseline)
        return (result.items.filter { $0.entry.value.id == id }, result.problems, result.couldNotRead)
    }

    /// The first edit of an entity with nothing before it on record is compared with the entity in the files.
    private func history(matching id: String?, baseline given: LabData?) -> (items: [HistoryItem], problems: [Problem], couldNotRead: Bool) {
        if let problem = folderProblem() { return ([], [problem], true) }
        // Read only when an edit has nothing before it on record: one entity's history rarely needs it.
        lazy var baseline = given ?? loadFiles().data
        let segments = HistorySegments.names(in: path)
        var builder = HistoryBuilder()
        var problems = segments.problem.map { [$0] } ?? []
        var couldNotRead = segments.problem != nil
        let needle = id.map { ByteSearch(Array(("\"" + $0 + "\"").utf8)) }
        for name in segments.names + [JournalReader.fileName] {
            let record = readRecord(name, linesContaining: needle)
            problems += record.problems
            couldNotRead = couldNotRead || record.couldNotRead
            for (_, entry) in record.entries {
                builder.record(entry, current: baseline?.value(entry.value.kind, entry.value.id))
            }
        }
        return (builder.items, problems, couldNotRead)
    }

    /// The edits of the latest segments of the history, at least `count` of them when there are
    /// that many, oldest first: what the program shows without reading the whole history.
    func recentHistory(atLeast count: Int) -> [JournalEntry] {
        var chosen: [[JournalEntry]] = []
        var total = 0
        for name in HistorySegments.names(in: path).names.reversed() where total < count {
            let entries = readRecord(name).entries.map(\.entry)
            chosen.append(entries)
            total += entries.count
        }
        return chosen.reversed().flatMap { $0 }
    }
}

extension DataFolder {
    /// The entity as it was at `revision`: as an edit on record saved it, or as the files hold it.
    public func version(of kind: EntityKind, _ id: String, revision: Int) -> EntityValue? {
        let saved = history(ofEntity: id).items.last { item in
            item.entry.value.kind == kind && item.entry.value.stamp.revision == revision
        }
        if let saved { return saved.entry.value }
        let inFiles = loadFiles().data?.value(kind, id)
        return inFiles?.stamp.revision == revision ? inFiles : nil
    }
}

extension DataFolder {
    /// The ids of the edits on record, in the journal and the history, with how often each is
    /// there: what a test of the store counts to know that no acknowledged edit was lost or doubled.
    public func editsOnRecord() -> (journal: [String: Int], history: [String: Int]) {
        func count(_ names: [String]) -> [String: Int] {
            names.reduce(into: [:]) { counts, name in
                for line in readRecord(name).entries { counts[line.entry.edit, default: 0] += 1 }
            }
        }
        return (count([JournalReader.fileName]), count(HistorySegments.names(in: path).names))
    }

    /// What is wrong with the history: a line that is no edit, or a file that is no regular file.
    public func historyProblems() -> (problems: [Problem], couldNotRead: Bool) {
        let segments = HistorySegments.names(in: path)
        var problems = segments.problem.map { [$0] } ?? []
        var couldNotRead = segments.problem != nil
        for name in segments.names {
            let record = readRecord(name)
            problems += record.problems
            couldNotRead = couldNotRead || record.couldNotRead
        }
        return (problems, couldNotRead)
    }

    /// The edits of a file of journal lines (the journal or a file of the history), with its problems
    /// named by it; with `needle`, only the lines that hold it are read, the rest passed over unparsed.
    func readRecord(_ name: String, linesContaining needle: ByteSearch? = nil)
        -> (entries: [(line: Int, entry: JournalEntry)], problems: [Problem], couldNotRead: Bool) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path + "/" + name)
        } catch {
            switch error {
            case .missing: return ([], [], false)
            case .notRegularFile: return ([], [Problem(file: name, kind: .notARegularFile)], true)
            case .unreadable(let reason): return ([], [Problem(file: name, kind: .fileUnreadable(reason: reason))], true)
            }
        }
        let result = JournalReader.read(bytes[...], keepingLinesWith: needle)
        let problems = result.problems.map { problem in
            var renamed = problem
            renamed.file = name
            return renamed
        }
        return (result.entries, problems, false)
    }
}

/// Builds the history edit by edit, so that a reader of the journal can extend it with new lines.
struct HistoryBuilder: Sendable {
    private(set) var items: [HistoryItem] = []
    /// The last recorded version of each entity.
    private var previous: [String: EntityValue] = [:]
    /// An edit recorded twice (in history.jsonl and still in the journal) counts once, by its edit id.
    private var seen = Set<String>()

    /// Adds `entry`. `current` is the entity's version in the data before the entry, used when
    /// no earlier edit of it is on record.
    mutating func record(_ entry: JournalEntry, current: @autoclosure () -> EntityValue?) {
        let value = entry.value
        let key = value.kind.rawValue + "/" + value.id
        guard seen.insert(entry.edit).inserted else { return }
        defer { previous[key] = value }
        if entry.baseRevision == nil {
            items.append(HistoryItem(entry: entry, changes: []))
            return
        }
        if let was = entry.was {
            items.append(HistoryItem(entry: entry, changes: value.changes(was: was)))
            return
        }
        guard let before = previous[key] ?? current(), before.stamp.revision == entry.baseRevision else {
            items.append(HistoryItem(entry: entry, changes: nil))
            return
        }
        items.append(HistoryItem(entry: entry, changes: value.changes(from: before)))
    }
}

/// A saved edit with what it changed, where the version it was based on is on record.
public struct HistoryItem: Sendable, Hashable {
    public let entry: JournalEntry
    /// `nil` when the version before is not on record (it predates the journal).
    public let changes: [FieldChange]?

    public init(entry: JournalEntry, changes: [FieldChange]?) {
        self.entry = entry
        self.changes = changes
    }
}
