// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

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
        let counted = ChangesSince.Mark.counted(since.changes.entities.filter { $0.now.kind == kind }, glyphs: glyphs, language: language)
        return say(.since) + " " + LabTime.display(since.key.day, in: language) + ": " + counted
    }
}

extension ChangesSince.Mark {
    /// `+1 nieuw, ~2 gewijzigd, ×1 ingetrokken`, or that nothing changed.
    static func counted(_ entities: [ChangesSince.Entity], glyphs: Glyphs, language: Language) -> String {
        let counts = Dictionary(grouping: entities, by: \.mark).mapValues(\.count)
        let parts = [Self.new, .changed, .withdrawn].compactMap { mark in
            counts[mark].map { glyphs.changeMark(mark) + Format.count($0, language) + " " + mark.word.text(in: language) }
        }
        return parts.isEmpty ? UIText.nothingChanged.text(in: language) : parts.joined(separator: ", ")
    }

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
