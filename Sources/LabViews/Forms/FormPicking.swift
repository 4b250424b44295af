// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The lists a form's focused field shows: the partners or projects that what is typed may mean
/// (Tab or Enter takes the marked one), a choice's values, and the debt phases to tick with Space.
/// Left and Right move the mark.
enum FormPicking {
    struct List {
        let items: [Suggestion]
        let selected: Int
        let hint: UIText
    }

    static func list(_ field: FormField, data: LabData, language: Language) -> List? {
        switch field.kind {
        case .text:
            return nil
        case .reference(let kind):
            let suggestions = referenceSuggestions(field, kind: kind, data: data)
            guard !suggestions.isEmpty else { return nil }
            return List(items: suggestions, selected: min(field.pick, suggestions.count - 1), hint: .pickReference)
        case .choice(let values, let labels):
            return List(items: zip(values, labels).map { Suggestion(insert: $0, label: $1) }, selected: values.firstIndex(of: field.value) ?? 0,
                        hint: .pickChoice)
        case .several(let values, let labels):
            let chosen = Set(chosenValues(field))
            return List(items: zip(values, labels).map { Suggestion(insert: $0, label: (chosen.contains($0) ? "[x] " : "[ ] ") + $1) },
                        selected: min(field.pick, values.count - 1), hint: .pickSeveral)
        }
    }

    /// Suggestions while what is typed is not yet an id: once it is, the list closes.
    private static func referenceSuggestions(_ field: FormField, kind: EntityKind, data: LabData) -> [Suggestion] {
        let typed = field.value.trimmingSpaces()
        guard !typed.isEmpty, typed != "-", data.position(of: kind, typed) == nil else { return [] }
        return Suggestions.entities(kind, matching: typed, in: data)
    }

    static func chosenValues(_ field: FormField) -> [String] {
        field.value.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Left and Right: moves the mark in a list of suggestions or phases; false when the field has none.
    static func move(_ field: inout FormField, by step: Int, data: LabData, language: Language) -> Bool {
        switch field.kind {
        case .reference, .several:
            guard let list = list(field, data: data, language: language) else { return false }
            field.pick = (list.selected + step + list.items.count) % list.items.count
            return true
        case .text, .choice:
            return false
        }
    }

    /// Tab, Down or Enter on a reference with suggestions: the marked one's id goes in; false when there is none.
    static func take(_ field: inout FormField, data: LabData, language: Language) -> Bool {
        guard case .reference = field.kind, let list = list(field, data: data, language: language) else { return false }
        field.value = list.items[list.selected].insert
        field.pick = 0
        return true
    }

    /// Space on the debt phases: ticks or unticks the marked one, keeping the lab's order.
    static func toggle(_ field: inout FormField) {
        guard case .several(let values, _) = field.kind, values.indices.contains(field.pick) else { return }
        var chosen = Set(chosenValues(field))
        let value = values[field.pick]
        if chosen.contains(value) { chosen.remove(value) } else { chosen.insert(value) }
        field.value = values.filter(chosen.contains).joined(separator: ", ")
    }
}
