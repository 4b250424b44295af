// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The tables derived from the data, kept in the state and made anew in one step
/// (`AppState.refreshDerived`, after every event) when what they are made of changes: moving
/// through a list must not rebuild it, and typing a longer filter only narrows the rows. Drawing
/// only reads them; what is not made yet (a state built by hand in a test) is worked out on the way.
struct DerivedTables: Sendable {
    struct ModelKey: Hashable, Sendable {
        let pane: PaneID
        let dataRevision: UInt64
        let historyRevision: UInt64
        let language: Language
        let day: Day
        let showsContacts: Bool

        /// The same table of other data: its rows can be told from the old ones.
        func differsOnlyInData(from other: ModelKey) -> Bool {
            pane == other.pane && historyRevision == other.historyRevision && language == other.language && day == other.day
                && showsContacts == other.showsContacts
        }
    }

    struct RowsKey: Hashable, Sendable {
        let model: ModelKey
        let filter: String
        /// The columns on screen, where the filter's plain words are looked for; `nil` when it has none.
        let searchedColumns: Set<Int>?
        let sortColumn: Int?
        let descending: Bool
    }

    struct OverviewKey: Hashable, Sendable {
        let dataRevision: UInt64
        let language: Language
        let day: Day
        let width: Int
        let height: Int
        let glyphs: Glyphs
        /// A demo fits its overview to the screen.
        let isDemo: Bool
    }

    struct Rows: Sendable {
        let key: RowsKey
        let rows: RowList
        /// For the commitments table's footer: the totals of the rows shown.
        let totals: EuroTotals?
        /// The filter they were found with, read, to tell whether a longer one only narrows them.
        let query: FilterQuery
    }

    /// Where the selection is in a pane's rows.
    struct Selection: Sendable {
        let rows: RowsKey
        let id: String?
        let position: Int
    }

    /// A pane's table, and the entities changed since it was made.
    struct Model: Sendable {
        let key: ModelKey
        let model: TableModel
        /// What it was made of (the lists' pieces shared, not copied).
        let data: LabData
        /// By kind; `nil` when that is not known, and the table is made again whole.
        var changedSince: [EntityKind: Set<String>]? = [:]
    }

    var models: [PaneID: Model] = [:]

    /// Records for every table which entities changed; `nil`: the data changed as a whole.
    mutating func noteChanged(_ values: [EntityValue]?) {
        for pane in models.keys {
            guard let values else {
                models[pane]?.changedSince = nil
                continue
            }
            for value in values { models[pane]?.changedSince?[value.kind, default: []].insert(value.id) }
        }
    }
    var rows: [PaneID: Rows] = [:]

    struct ColumnsKey: Hashable, Sendable {
        let model: ModelKey
        let width: Int
        let skipping: Int
    }

    /// The columns of the current table on screen, asked for by every look at the rows.
    var columnsOnScreen: (key: ColumnsKey, value: Set<Int>)?
    /// The filter read for the rows on screen: read once per change of it, and from the one before
    /// when a key only added to its words.
    var filter: (key: RowsKey, value: RowFilter)?
    var selections: [PaneID: Selection] = [:]
    var since: Since?

    struct SinceKey: Hashable, Sendable {
        let day: Day
        let dataRevision: UInt64
        let historyRevision: UInt64
    }

    /// What changed since the day `:since` set, and each changed entity's mark by id.
    struct Since: Sendable {
        let key: SinceKey
        let changes: ChangesSince
        let marks: [String: ChangesSince.Mark]
    }
    var overview: (key: OverviewKey, columns: [[Line]])?

    struct CapacityKey: Hashable, Sendable {
        let dataRevision: UInt64
        let day: Day
    }

    /// The network scores and the rest of the organising-capacity view: worked out when the view
    /// or a table of it is first shown, and again only when the data or the day changes.
    var capacity: (key: CapacityKey, value: OrganisingCapacity)?
    /// Working out the figures of a large lab for the current data, while the old ones are shown.
    var capacityJob: CapacityJob?

    struct DetailKey: Hashable, Sendable {
        let pane: PaneID
        let id: String
        let dataRevision: UInt64
        let historyRevision: UInt64
        let language: Language
        let day: Day
        let sinceDay: Day?
        let showsContacts: Bool
        let width: Int
        let glyphs: Glyphs
    }

    /// The lines of the detail on screen: a partner's detail reads its projects' commitments, which
    /// must not happen again for every frame and every key that scrolls it.
    var detail: (key: DetailKey, lines: [Line])?
}
