// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// What a list's title says of its filter: the filter in words, and what part of it could not be read.
enum FilterTitle {
    /// ` · status is voorgesteld, partner bevat "ing"`, or nothing without a filter.
    static func words(_ state: AppState) -> String {
        let query = state.rowFilter.query
        return query.isEmpty ? "" : " · " + query.description(in: state.language, data: state.data)
    }

    /// Why a part of the filter is left out; shown in the title instead of an empty table.
    static func alert(_ state: AppState) -> String? {
        state.rowFilter.query.problem.map { "· \(state.say(.filterProblem)): \($0.message(in: state.language))" }
    }
}
