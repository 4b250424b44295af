// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The part of a line being typed that Tab completes, and what it may become.
struct CompletionTarget {
    /// Where the part starts in the line, in characters; it runs to the end.
    let start: Int
    let suggestions: [Suggestion]
    /// A space after a completed command word, so that its argument can follow.
    var addsSpace = false

    /// The line with the part replaced by `suggestion`.
    func line(_ line: String, completedWith suggestion: Suggestion) -> String {
        String(line.prefix(start)) + suggestion.insert + (addsSpace ? " " : "")
    }
}

/// What the `:` line completes: a command, then its argument.
enum CommandCompletion {
    static func target(for line: String, in state: AppState) -> CompletionTarget? {
        guard let space = line.firstIndex(of: " ") else {
            return CompletionTarget(start: 0, suggestions: Suggestions.matching(line, among: commands(state)), addsSpace: true)
        }
        let command = line[..<space].lowercased()
        let start = line.distance(from: line.startIndex, to: space) + 1
        let argument = String(line[line.index(after: space)...])
        let offers: [Suggestion]
        switch command {
        case "partner": return CompletionTarget(start: start, suggestions: Suggestions.entities(.partner, matching: argument, in: state.data))
        case "project": return CompletionTarget(start: start, suggestions: Suggestions.entities(.project, matching: argument, in: state.data))
        case "theme", "thema": offers = state.themeNames.map { Suggestion(insert: $0, label: $0) }
        case "lang", "language", "taal": offers = [Suggestion(insert: "nl", label: "nl · Nederlands"), Suggestion(insert: "en", label: "en · English")]
        case "export":
            let name = state.say(state.pane.title).lowercased()
            offers = ["xlsx", "csv"].map { Suggestion(insert: "\(name).\($0)", label: "\(name).\($0)") }
        case "view", "weergave": return viewTarget(argument, start: start, in: state)
        default: return nil
        }
        return CompletionTarget(start: start, suggestions: Suggestions.matching(argument, among: offers))
    }

    /// A view's name; after `wis`/`delete`, one the team or the user saved.
    private static func viewTarget(_ argument: String, start: Int, in state: AppState) -> CompletionTarget? {
        let words = ["delete", "wis"]
        if let word = words.first(where: { argument.lowercased().hasPrefix($0 + " ") }) {
            let saved = state.savedViews.map { Suggestion(insert: $0.name.nl, label: $0.name.nl) }
            return CompletionTarget(start: start + word.count + 1, suggestions: Suggestions.matching(String(argument.dropFirst(word.count + 1)), among: saved))
        }
        if ["save ", "bewaar ", "save-own ", "bewaar-eigen "].contains(where: argument.lowercased().hasPrefix) { return nil }
        let views = state.allViews.map { Suggestion(insert: $0.name.text(in: state.language), label: $0.name.text(in: state.language)) }
        return CompletionTarget(start: start, suggestions: Suggestions.matching(argument, among: views))
    }

    /// The commands, in the words of the language on screen, and the panes by name.
    private static func commands(_ state: AppState) -> [Suggestion] {
        let nl = state.language == .nl
        let commands: [(String, String, String)] = [
            ("partner", "een partner openen", "open a partner"),
            ("project", "een project openen", "open a project"),
            (nl ? "weergave" : "view", "een weergave tonen of bewaren", "show or save a view"),
            ("export", "deze tabel naar een spreadsheet", "this table to a spreadsheet"),
            (nl ? "sinds" : "since", "markeren wat veranderde sinds een datum", "mark what changed since a date"),
            ("sync", "uitwisselen met de git-server", "exchange with the git server"),
            (nl ? "beslis" : "decide", "een conflict van een synchronisatie beslissen", "decide a synchronisation's conflict"),
            ("theme", "kleuren kiezen", "choose the colours"),
            (nl ? "taal" : "lang", "taal: nl of en", "language: nl or en"),
            ("help", "hulp bij de toetsen", "help with the keys"),
            ("q", "stoppen", "quit"),
        ]
        return commands.map { Suggestion(insert: $0.0, label: "\($0.0) · \(nl ? $0.1 : $0.2)") }
            + PaneID.allCases.map { pane in
                let name = state.say(pane.title).lowercased()
                return Suggestion(insert: name, label: "\(name) · \(nl ? "scherm" : "pane") \(pane.rawValue)")
            }
    }
}

/// What the filter completes: a field's name, then one of its values.
enum FilterCompletion {
    static func target(for line: String, in state: AppState) -> CompletionTarget? {
        guard let kind = state.pane.filteredKind else { return nil }
        let start = line.lastIndex(of: " ").map { line.distance(from: line.startIndex, to: $0) + 1 } ?? 0
        var token = String(line.dropFirst(start))
        var offset = start
        if token.hasPrefix("-") {
            token.removeFirst()
            offset += 1
        }
        guard let comparison = token.firstIndex(where: { ":=<>".contains($0) }) else {
            let names = FilterField.names(of: kind, in: state.language).map { Suggestion(insert: $0 + ":", label: $0) }
            return CompletionTarget(start: offset, suggestions: Suggestions.matching(token, among: names))
        }
        guard let field = FilterField.named(String(token[..<comparison]), in: kind) else { return nil }
        let valueStart = token[comparison...].prefix { ":=<>".contains($0) }.count + token.distance(from: token.startIndex, to: comparison)
        let typed = String(token.dropFirst(valueStart))
        return CompletionTarget(start: offset + valueStart, suggestions: values(of: field, matching: typed, in: state))
    }

    private static func values(of field: FilterField, matching typed: String, in state: AppState) -> [Suggestion] {
        let language = state.language
        if case .reference(let kind) = field.descriptor.shape { return Suggestions.entities(kind, matching: typed, in: state.data) }
        let named: [String] = switch field.descriptor.shape {
        case .choice(let choices): choices.names.map { $0.text(in: language) }
        case .flag: Choices.yesNo.names.map { $0.text(in: language) }
        case .arrangement: state.data.lab.arrangements.map { $0.name.text(in: language) }
        case .debtPhases: state.data.lab.debtPhases.map { $0.name.text(in: language) }
        case .day: [language == .nl ? "vandaag" : "today"]
        default: []
        }
        // A name with a space is typed between quotes.
        let offers = named.map { Suggestion(insert: $0.contains(" ") ? "\"\($0)\"" : $0, label: $0) }
        return Suggestions.matching(typed, among: offers)
    }
}
