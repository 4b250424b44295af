import LabModel

extension AppState {
    var sinceKey: DerivedTables.SinceKey? {
        sinceDay.map { DerivedTables.SinceKey(day: $0, dataRevision: dataRevision, historyRevision: historyRevision) }
    }

    /// What changed since the day `:since` set, from the history the program holds; `nil` when none is set.
    var sinceChanges: DerivedTables.Since? {
        guard let key = sinceKey else { return nil }
        if let made = derived.since, made.key == key { return made }
        return Self.since(key, history: history, data: data)
    }

    static func since(_ key: DerivedTables.SinceKey, history: [HistoryItem], data: LabData) -> DerivedTables.Since {
        let changes = ChangesSince(history: history, data: data, since: key.day)
        return DerivedTables.Since(key: key, changes: changes, marks: changes.marks)
    }

    /// The marks of the table's rows: `+ nieuw`, `~ gewijzigd`, `× ingetrokken`; empty without `:since`.
    var changeMarks: [String: ChangesSince.Mark] { sinceChanges?.marks ?? [:] }

    /// `sinds 6 jan 2020: +1 nieuw, ~2 gewijzigd, ×1 ingetrokken`, counted over the entities of `kind`.
    func sinceSummary(of kind: EntityKind, glyphs: Glyphs) -> String? {
        guard let since = sinceChanges else { return nil }
        var counts: [ChangesSince.Mark: Int] = [:]
        for entity in since.changes.entities where entity.now.kind == kind { counts[entity.mark, default: 0] += 1 }
        let parts = [ChangesSince.Mark.new, .changed, .withdrawn].compactMap { mark -> String? in
            guard let count = counts[mark] else { return nil }
            return glyphs.changeMark(mark) + Format.count(count, language) + " " + say(mark.word)
        }
        let head = say(.since) + " " + LabTime.display(since.key.day, in: language)
        return head + ": " + (parts.isEmpty ? say(.nothingChanged) : parts.joined(separator: ", "))
    }
}

extension ChangesSince.Mark {
    var word: UIText {
        switch self {
        case .new: .markNew
        case .changed: .markChanged
        case .withdrawn: .markWithdrawn
        }
    }
}

extension Glyphs {
    func changeMark(_ mark: ChangesSince.Mark) -> String {
        switch mark {
        case .new: "+"
        case .changed: "~"
        case .withdrawn: withdrawnMark
        }
    }
}
