/// One field an edit changed, as text.
public struct FieldChange: Sendable, Hashable {
    public let field: String
    public let before: String?
    public let after: String?
}

extension EntityValue {
    /// The fields that differ from `previous`, leaving out the stamp.
    public func changes(from previous: EntityValue?) -> [FieldChange] {
        guard case .object(let members) = json else { return [] }
        var old: [String: JSONValue] = [:]
        if let previous, case .object(let previousMembers) = previous.json {
            for member in previousMembers { old[member.key] = member.value.value }
        }
        let stamp: Set<String> = ["revision", "updatedAt", "updatedBy", "id"]
        var keys = Set(members.map(\.key)).union(old.keys).subtracting(stamp)
        let new = Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value.value) })
        keys = keys.filter { new[$0] != old[$0] }
        return keys.sorted().map { key in
            FieldChange(field: key, before: old[key].map(Self.text), after: new[key].map(Self.text))
        }
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        default: JSONWriter.compact(value)
        }
    }
}

extension DataFolder {
    static let historyFileName = "history.jsonl"

    /// Every saved edit on record with what it changed, oldest first. The first edit of an entity
    /// since the last compaction is compared with the entity in the files.
    public func history() -> (items: [HistoryItem], problems: [Problem]) {
        let (entries, problems) = journalEntries()
        return (Self.historyItems(entries, baseline: loadFiles().data), problems)
    }

    /// Every saved edit still on record, oldest first: those folded into the files by `compact`
    /// (kept in history.jsonl) and those in the journal. An edit recorded twice counts once.
    func journalEntries() -> (entries: [JournalEntry], problems: [Problem]) {
        var entries: [JournalEntry] = []
        var problems: [Problem] = []
        var seen = Set<String>()
        for name in [Self.historyFileName, JournalReader.fileName] {
            guard let bytes = try? FileBytes.read(path + "/" + name) else { continue }
            let result = JournalReader.read(bytes)
            problems += result.problems.map { problem in
                var renamed = problem
                renamed.file = name
                return renamed
            }
            for (_, entry) in result.entries {
                let key = "\(entry.value.kind.rawValue)/\(entry.value.id)/\(entry.value.stamp.revision)"
                if seen.insert(key).inserted { entries.append(entry) }
            }
        }
        return (entries, problems)
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

extension DataFolder {
    /// Every edit with its changes, oldest first; `baseline` holds the versions the first edits were based on.
    static func historyItems(_ entries: [JournalEntry], baseline: LabData?) -> [HistoryItem] {
        var previous: [String: EntityValue] = [:]
        return entries.map { entry in
            let key = entry.value.kind.rawValue + "/" + entry.value.id
            defer { previous[key] = entry.value }
            if entry.baseRevision == nil { return HistoryItem(entry: entry, changes: []) }
            let before = previous[key] ?? baseline?.value(entry.value.kind, entry.value.id)
            guard let before, before.stamp.revision == entry.baseRevision else {
                return HistoryItem(entry: entry, changes: nil)
            }
            return HistoryItem(entry: entry, changes: entry.value.changes(from: before))
        }
    }
}
