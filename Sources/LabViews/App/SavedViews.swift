// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Where the views are kept that are not built in: the data folder's `views.json` for the team,
/// and one in the user's configuration folder.
public struct ViewPlaces: Sendable, Hashable {
    /// The data folder, whose lock the team's file is changed under.
    public var teamFolder: String?
    public var personal: String?

    public init(teamFolder: String? = nil, personal: String? = nil) {
        self.teamFolder = teamFolder
        self.personal = personal
    }

    public var team: String? { teamFolder.map { $0 + "/" + ViewsFile.fileName } }

    /// The pane names a view may show.
    public static var paneNames: [String] { PaneID.allCases.filter(\.hasTable).map(\.id) }
}

/// The views coordinators ask for every month, built in.
enum BuiltInViews {
    static let all: [SavedView] = [
        SavedView(name: LocalizedText(nl: "nog niet bijgedragen aan de gedeelde ondersteuning", en: "not yet contributing to the shared support"),
                  pane: PaneID.partners.id, filter: "gedeelde-ondersteuning:nee", origin: .builtIn),
        SavedView(name: LocalizedText(nl: "loopt af binnen \(LabData.endingWithinDays) dagen", en: "ending within \(LabData.endingWithinDays) days"),
                  pane: PaneID.commitments.id, filter: "-status:ingetrokken tot>=vandaag tot<=vandaag+\(LabData.endingWithinDays)",
                  sortColumn: UIText.columnPeriod.text(in: .nl), origin: .builtIn),
        SavedView(name: LocalizedText(nl: "voorgesteld, nog niet toegezegd", en: "proposed, not yet pledged"),
                  pane: PaneID.commitments.id, filter: "status:voorgesteld", sortColumn: UIText.columnValue.text(in: .nl), descending: true,
                  origin: .builtIn),
        SavedView(name: LocalizedText(nl: "projecten zonder update", en: "projects without an update"),
                  pane: PaneID.projects.id, filter: "-updatelicht:groen -fase:gestopt", sortColumn: UIText.columnLastUpdate.text(in: .nl),
                  origin: .builtIn),
    ]
}

extension AppState {
    /// Every view, built-in first, then the team's, then this user's.
    public var allViews: [SavedView] { BuiltInViews.all + savedViews }

    /// The view `typed` names: by its whole name, else the only one whose name starts with it.
    func view(named typed: String) -> Found<SavedView> {
        let views = allViews
        if let exact = views.first(where: { $0.isNamed(typed) }) { return .one(exact) }
        let folded = TableRow.folded(typed)
        return Found(views.filter { [$0.name.nl, $0.name.en].contains { TableRow.folded($0).hasPrefix(folded) } })
    }
}

/// `:view`: showing, saving and deleting views.
enum ViewCommands {
    static func execute(_ argument: String, in state: inout AppState) -> [Effect] {
        let word = String(argument.prefix { $0 != " " }).lowercased()
        let rest = argument.dropFirst(word.count).trimmingSpaces()
        switch word {
        case "":
            state.mode = .help(scroll: HelpOverlay.viewsLine(state))
        case "save", "bewaar":
            return save(rest, personal: state.viewPlaces.team == nil || state.isReadOnly, in: &state)
        case "save-own", "bewaar-eigen":
            return save(rest, personal: true, in: &state)
        case "delete", "wis":
            return delete(rest, in: &state)
        default:
            switch state.view(named: argument) {
            case .one(let view): show(view, in: &state)
            case .none:
                state.message = StatusMessage(kind: .error) {
                    "\(UIText.noSuchView.text(in: $0)) \"\(argument.visible)\"; :view \(UIText.listsViews.text(in: $0))"
                }
            case .several(let candidates):
                state.message = StatusMessage(kind: .error) { language in
                    "\(UIText.severalViews.text(in: language)): " + candidates.map { "\"\($0.name.text(in: language))\"" }.joined(separator: ", ")
                }
            }
        }
        return []
    }

    /// Shows the pane of `view` with its filter, sort and columns.
    static func show(_ view: SavedView, in state: inout AppState) {
        guard let pane = PaneID(name: view.pane) else { return }
        state.pane = pane
        state.backStack = []
        state.list.openID = nil
        state.list.filter = view.filter
        state.list.horizontalOffset = view.scrolledColumns
        state.list.offset = 0
        let columns = state.tableModel?.columns ?? []
        state.list.sortColumn = view.sortColumn.flatMap { heading in
            columns.firstIndex { column in Language.allCases.contains { column.title.text(in: $0).lowercased() == heading.lowercased() } }
        }
        state.list.descending = view.descending
        Navigation.keepSelectionVisible(in: &state)
        let count = state.visibleRows?.count ?? 0
        state.message = StatusMessage { language in
            "\(UIText.viewShown.text(in: language)) \"\(view.name.text(in: language))\": \(Format.count(count, language)) \(UIText.rows.text(in: language))"
        }
    }

    private static func save(_ name: String, personal: Bool, in state: inout AppState) -> [Effect] {
        guard !name.isEmpty else {
            state.message = StatusMessage(.viewUsage, kind: .error)
            return []
        }
        guard state.pane.hasTable else {
            state.message = StatusMessage(.exportNotATable, kind: .error)
            return []
        }
        if BuiltInViews.all.contains(where: { $0.isNamed(name) }) {
            state.message = StatusMessage(kind: .error) { "\(UIText.builtInView.text(in: $0)): \"\(name.visible)\"" }
            return []
        }
        guard let path = personal ? state.viewPlaces.personal : state.viewPlaces.team else {
            state.message = StatusMessage(.nowhereForViews, kind: .error)
            return []
        }
        let sort = state.list.sortColumn.flatMap { column in state.tableModel?.columns[column].title.text(in: state.language) }
        let view = SavedView(named: name, pane: state.pane.id, filter: state.list.filter, sortColumn: sort, descending: state.list.descending,
                             scrolledColumns: state.list.horizontalOffset, origin: personal ? .personal : .team)
        return [.saveView(view, at: path, lockFolder: personal ? nil : state.viewPlaces.teamFolder)]
    }

    private static func delete(_ name: String, in state: inout AppState) -> [Effect] {
        guard case .one(let view) = state.view(named: name), view.origin != .builtIn,
              let path = view.origin == .personal ? state.viewPlaces.personal : state.viewPlaces.team else {
            state.message = StatusMessage(kind: .error) { "\(UIText.noSuchView.text(in: $0)) \"\(name.visible)\"" }
            return []
        }
        return [.deleteView(view, at: path, lockFolder: view.origin == .personal ? nil : state.viewPlaces.teamFolder)]
    }

    /// What came of saving or deleting: the file's views now, or why nothing changed.
    static func changed(_ result: Result<[SavedView], ViewsFailure>, view: SavedView, deleted: Bool, in state: inout AppState) {
        switch result {
        case .success(let views):
            state.savedViews = state.savedViews.filter { $0.origin != view.origin } + views
            let said: UIText = deleted ? .viewDeleted : view.origin == .team ? .viewSavedForTeam : .viewSavedForYou
            state.message = StatusMessage { "\(said.text(in: $0)): \"\(view.name.nl)\"" }
        case .failure(let failure):
            state.message = StatusMessage(kind: .error) { "\(UIText.viewNotSaved.text(in: $0)): \(failure.text.text(in: $0))" }
        }
    }
}
