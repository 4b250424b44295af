import Foundation
import LabModel

/// The `:` commands.
enum CommandLine {
    static func execute(_ line: String, in state: inout AppState) -> [Effect] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return [] }
        if state.commandHistory.last != trimmed { state.commandHistory.append(trimmed) }
        let word = String(trimmed.prefix { $0 != " " }).lowercased()
        let argument = trimmed.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
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
                state.message = StatusMessage(.commandUsage, kind: .error)
                return []
            }
            state.language = language
            state.message = StatusMessage(.languageSet)
        case "partner":
            guard let partner = find(argument, in: state.data.partners, name: \.name) else {
                state.message = StatusMessage(kind: .error) { "\(UIText.noSuchPartner.text(in: $0)) \"\(argument.visible)\"" }
                return []
            }
            Navigation.show(partner.id, in: .partners, state: &state)
        case "project":
            guard let project = find(argument, in: state.data.projects, name: \.name) else {
                state.message = StatusMessage(kind: .error) { "\(UIText.noSuchProject.text(in: $0)) \"\(argument.visible)\"" }
                return []
            }
            Navigation.show(project.id, in: .projects, state: &state)
        case "export":
            return export(to: argument, in: &state)
        case "view", "weergave":
            return ViewCommands.execute(argument, in: &state)
        case "since", "sinds":
            markChanges(since: argument, in: &state)
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

    /// The table on screen, with its filter and sort, written to a spreadsheet.
    private static func export(to path: String, in state: inout AppState) -> [Effect] {
        guard !path.isEmpty else {
            state.message = StatusMessage(.exportUsage, kind: .error)
            return []
        }
        guard let kind = PaneRows.kind(of: state.pane), let rows = state.visibleRows else {
            state.message = StatusMessage(.exportNotATable, kind: .error)
            return []
        }
        let entities = rows.order.compactMap { state.data.value(kind, rows.model.ids[$0]) }
        let sheet = ExportSheet.sheet(kind, entities, data: state.data, language: state.language)
        return [.export(sheet, to: path, language: state.language)]
    }

    /// An exact id, else the first name that starts with the query, else the first that contains it;
    /// case and diacritics do not matter.
    static func find<Entity: Identifiable>(_ query: String, in entities: PiecedList<Entity>, name: KeyPath<Entity, String>) -> Entity?
        where Entity.ID == String {
        guard !query.isEmpty else { return nil }
        if let exact = entities.first(where: { $0.id == query }) { return exact }
        let folded = TableRow.folded(query)
        let sorted = entities.sorted { $0[keyPath: name].count < $1[keyPath: name].count }
        return sorted.first { TableRow.folded($0[keyPath: name]).hasPrefix(folded) }
            ?? sorted.first { TableRow.folded($0[keyPath: name]).contains(folded) }
    }
}
