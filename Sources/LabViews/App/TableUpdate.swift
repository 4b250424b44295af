// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// How a pane's new table differs from its old one when only the pane's own entities changed:
/// which rows to make again. The rest is taken from the old table, its search texts and the rows
/// shown, so that an edit of one of a hundred thousand commitments costs that row.
struct TableUpdate {
    let model: TableModel
    let old: DerivedTables.Model
    /// Positions in the new table of rows that changed or are new.
    let changedPositions: Set<Int>

    /// `nil` when the new table must be taken as new: other data changed too, or rows moved or went.
    init?(of model: TableModel, since old: DerivedTables.Model, now key: DerivedTables.ModelKey) {
        guard old.key.differsOnlyInData(from: key), let kind = key.pane.listedKind, let changed = old.changedSince,
              changed.keys.allSatisfy({ $0 == kind }),
              let positions = model.changedPositions(since: old.model, changedIDs: changed[kind] ?? []) else { return nil }
        self.model = model
        self.old = old
        changedPositions = positions
        model.searchTexts.inherit(from: old.model.searchTexts, remaking: positions, of: model)
    }

    /// The rows for `key` from the old table's rows for the same filter and order, and their
    /// totals; `nil` when `previous` is not of the old table or was shown another way.
    func rows(for key: DerivedTables.RowsKey, filter: RowFilter, after previous: DerivedTables.Rows, in data: LabData) -> DerivedTables.Rows? {
        guard previous.key.model == old.key, previous.key.filter == key.filter, previous.key.searchedColumns == key.searchedColumns,
              previous.key.sortColumn == key.sortColumn, previous.key.descending == key.descending else { return nil }
        let update = model.rows(updating: previous.rows, changed: changedPositions, filter: filter, sortColumn: key.sortColumn,
                                descending: key.descending)
        var totals = previous.totals
        if totals != nil {
            // A position that left stood in the old table too, with the same id.
            for position in update.left { old.data.commitment(model.ids[position]).map { totals?.remove($0) } }
            for position in update.entered { data.commitment(model.ids[position]).map { totals?.add($0) } }
        }
        return DerivedTables.Rows(key: key, rows: update.rows, totals: totals, query: filter.query)
    }
}
