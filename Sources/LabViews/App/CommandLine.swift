// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// The `:` commands.
enum CommandLine {
    static func execute(_ line: String, in state: inout AppState) -> [Effect] {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty else { return [] }
        if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
        let word = String(trimmed.prefix { $0 != " " }).lowercased()
        let argument = trimmed.dropFirst(word.count).trimmingSpaces()
        switch word {
        case "q", "quit", "exit":
            return App.quit(&state)
        case "theme":
            guard !argument.isEmpty else {
                state.message = StatusMessage(.commandUsage, kind: .error)
                return []
            }
            return [.loadTheme(argument)]
        case "lang", "language", "taal":
            guard let language = Language(rawValue: argument.lowercased()) else {
                let choices = Language.allCases.map(\.rawValue).joined(separator: ", ")
                state.message = StatusMessage(kind: .error) {
                    UIText.noSuchLanguage.text(in: $0) + (argument.isEmpty ? ": " : " \"\(argument.visible)\": ")
                        + ($0 == .nl ? "kies uit " : "choose from ") + choices
                }
                return []
            }
            state.language = language
            state.message = StatusMessage(.languageSet)
        case "partner":
            open(find(argument, .partner, in: state.data), typed: trimmed, argument: argument, in: .partners, missing: .noSuchPartner,
                 state: &state)
        case "project":
            open(find(argument, .project, in: state.data), typed: trimmed, argument: argument, in: .projects, missing: .noSuchProject,
                 state: &state)
        case "export":
            return export(to: argument, in: &state)
        case "view", "weergave":
            return ViewCommands.execute(argument, in: &state)
        case "since", "sinds":
            markChanges(since: argument, in: &state)
        case "sync", "synchroniseer":
            return Synchronising.start(in: &state)
        case "decide", "beslis":
            Synchronising.openConflict(in: &state)
        case "help", "?":
            state.mode = .help(scroll: 0)
        default:
            if argument.isEmpty, let pane = PaneID(name: word) {
                state.pane = pane
                state.backStack = []
                return []
            }
            state.message = StatusMessage(kind: .error) {
                "\(UIText.unknownCommand.text(in: $0)) \"\(word.visible)\". \(UIText.commandUsage.text(in: $0))"
            }
        }
        return []
    }

    /// Marks in every table what changed since the day; without a day, takes the marks away.
    private static func markChanges(since text: String, in state: inout AppState) {
        guard !text.isEmpty else {
            state.sinceDay = nil
            state.message = StatusMessage(.sinceCleared)
            return
        }
        guard let day = DayInput.parse(text) else {
            state.message = StatusMessage(kind: .error) { "\(UIText.notADay.text(in: $0)): \"\(text.visible)\"; \(UIText.sinceUsage.text(in: $0))" }
            return
        }
        state.sinceDay = day
        let entities = ChangesSince(history: state.history, data: state.data, since: day).entities
        let glyphs = state.glyphs
        state.message = StatusMessage { language in
            UIText.marked.text(in: language) + " " + LabTime.display(day, in: language) + ": "
                + ChangesSince.Mark.counted(entities, glyphs: glyphs, language: language)
        }
    }

    /// The table on screen, with its filter and sort, written to a spreadsheet; only the marked
    /// rows when rows are marked.
    private static func export(to path: String, in state: inout AppState) -> [Effect] {
        guard !path.isEmpty else {
            state.message = StatusMessage(.exportUsage, kind: .error)
            return []
        }
        guard let kind = PaneRows.kind(of: state.pane), let rows = state.visibleRows else {
            state.message = StatusMessage(.exportNotATable, kind: .error)
            return []
        }
        let marked = state.list.marked
        let ids = marked.isEmpty ? rows.ids : rows.model.ids.filter(marked.contains)
        let entities = ids.compactMap { state.data.value(kind, $0) }
        let sheet = ExportSheet.sheet(kind, entities, data: state.data, language: state.language)
        return [.export(sheet, to: path, language: state.language)]
    }

    /// The partner or project an exact id or name gives, else what Tab would offer for the query.
    static func find(_ query: String, _ kind: EntityKind, in data: LabData) -> Found<String> {
        guard !query.isEmpty else { return .none }
        if data.position(of: kind, query) != nil { return .one(query) }
        let suggestions = Suggestions.entities(kind, matching: query, in: data)
        let folded = TableRow.folded(query)
        let name = { (id: String) in TableRow.folded(kind == .partner ? data.partnerName(id) : data.projectName(id)) }
        if let named = suggestions.first(where: { name($0.insert) == folded }) { return .one(named.insert) }
        return Found(suggestions.map(\.insert))
    }

    /// Opens the one partner or project found; with several, the command line stays open with
    /// them listed, to choose from with Tab.
    private static func open(_ found: Found<String>, typed: String, argument: String, in pane: PaneID, missing: UIText,
                             state: inout AppState) {
        switch found {
        case .one(let id):
            Navigation.show(id, in: pane, state: &state)
        case .none:
            state.message = StatusMessage(kind: .error) { "\(missing.text(in: $0)) \"\(argument.visible)\"" }
        case .several(let ids):
            state.mode = .command(text: typed, cursor: typed.count, historyIndex: nil)
            state.message = StatusMessage {
                "\(Format.count(ids.count, $0)) \(UIText.matchesFor.text(in: $0)) \"\(argument.visible)\"; \(UIText.chooseWithTab.text(in: $0))"
            }
        }
    }
}
