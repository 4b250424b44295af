// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The entities a list pane shows, as its table filters them: what `export --filter` and `:export`
/// write is what the person saw on screen.
public enum PaneRows {
    /// The kind of entity each row of the pane is, for the panes whose rows are entities.
    public static func kind(of pane: PaneID) -> EntityKind? {
        pane.listedKind
    }

    /// The entities of the pane's rows that match `filter` (its words in any column), in the table's
    /// order; or why a part of the filter cannot be read.
    public static func entities(in pane: PaneID, filter: String, data: LabData, language: Language,
                                day: Day) -> Result<[EntityValue], FilterProblem> {
        guard let kind = kind(of: pane), let model = PaneTables.model(for: pane, data: data, history: [], language: language, day: day) else {
            return .success([])
        }
        let rowFilter = RowFilter(filter, kind: kind, searchedColumns: nil, data: data, language: language, day: day)
        if let problem = rowFilter.query.problem { return .failure(problem) }
        return .success(model.matching(Array(0..<model.ids.count), rowFilter).compactMap { data.value(kind, model.ids[$0]) })
    }
}
