// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A way of looking at a list that coordinators use again every month: the pane, the filter, the
/// sort and how far the columns are scrolled, under a name.
public struct SavedView: Sendable, Hashable {
    /// Where a view is kept: in the program, in the data folder for the whole team, or for one user.
    public enum Origin: String, Sendable, Hashable, CaseIterable {
        case builtIn, team, personal
    }

    /// A view the team or a user saved has one name for both languages.
    public var name: LocalizedText
    /// The pane's name in the files: `partners`, `commitments`.
    public var pane: String
    public var filter: String
    /// The heading of the column sorted on, as the screen shows it in either language; `nil` for the list's own order.
    public var sortColumn: String?
    public var descending: Bool
    /// Columns scrolled past on the left with `l`.
    public var scrolledColumns: Int
    public var origin: Origin

    public init(name: LocalizedText, pane: String, filter: String, sortColumn: String? = nil, descending: Bool = false,
                scrolledColumns: Int = 0, origin: Origin) {
        self.name = name
        self.pane = pane
        self.filter = filter
        self.sortColumn = sortColumn
        self.descending = descending
        self.scrolledColumns = scrolledColumns
        self.origin = origin
    }

    public init(named name: String, pane: String, filter: String, sortColumn: String?, descending: Bool, scrolledColumns: Int,
                origin: Origin) {
        self.init(name: LocalizedText(nl: name, en: name), pane: pane, filter: filter, sortColumn: sortColumn, descending: descending,
                  scrolledColumns: scrolledColumns, origin: origin)
    }

    /// Whether `typed` names this view: its name in either language, without case or accents.
    public func isNamed(_ typed: String) -> Bool {
        [name.nl, name.en].contains { MatchKey($0) == MatchKey(typed) }
    }
}
