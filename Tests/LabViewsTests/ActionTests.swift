// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabKeys
import LabModel
@testable import LabViews

/// The app driven by action id, the way the action table names what a user can do.
@Suite struct ActionTests {
    private func perform(_ ids: [ActionID], on state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for id in ids {
            effects += App.perform(id, in: &state)
            state.refreshDerived()
        }
        return effects
    }

    @Test func navigateFilterSortOpenAndBackByActionID() {
        var state = sampleState()
        _ = perform([.showCommitments, .moveBottom], on: &state)
        #expect(state.list.selectedID == "c-0093")
        // At 80 columns the id is not shown: the first s sorts by the partner, the fifth by the value.
        _ = perform([.sortNext], on: &state)
        #expect(state.list.sortColumn == 1)
        _ = perform([.sortNext, .sortNext, .sortNext, .sortNext, .sortReverse, .moveTop], on: &state)
        #expect(state.list.sortColumn == 5 && state.list.descending)
        #expect(state.list.selectedID == "c-0036", "the largest commitment, sorted by value, first")
        _ = perform([.openItem], on: &state)
        #expect(state.list.openID == "c-0036")
        _ = perform([.goBack, .startFilter], on: &state)
        InputEditing.insert("d", in: &state)
        InputEditing.insert("u", in: &state)
        InputEditing.insert("o", in: &state)
        _ = perform([.acceptInput], on: &state)
        #expect(shownIDs(state).count == 3)
        _ = perform([.goBack], on: &state)
        #expect(shownIDs(state).count == 93)
    }

    @Test func switchThemeAndLanguageByActionID() {
        var state = sampleState()
        _ = perform([.openCommand], on: &state)
        "theme haags".forEach { InputEditing.insert($0, in: &state) }
        #expect(perform([.acceptInput], on: &state) == [.loadTheme("haags")])
        _ = perform([.openCommand], on: &state)
        "lang en".forEach { InputEditing.insert($0, in: &state) }
        _ = perform([.acceptInput], on: &state)
        #expect(state.language == .en)
        #expect(render(state)[0].contains("1 Overv. 2 Partn. 3 Proj. 4 Comm."))
    }

    /// Every action on every pane, in every mode: nothing crashes and the selection stays in the list.
    @Test func everyActionOnEveryPaneKeepsTheStateSound() {
        for pane in PaneID.allCases {
            for first in ActionID.allCases {
                for second in [ActionID.openItem, .moveBottom, .sortNext] {
                    var state = sampleState(width: 60, height: 16)
                    state.pane = pane
                    _ = perform([first, second], on: &state)
                    if let rows = state.visibleRows, !rows.isEmpty {
                        #expect(rows.position(of: state.list.selectedID) != nil, "\(pane) \(first) \(second)")
                        #expect(state.list.offset >= 0 && state.list.offset < rows.count, "\(pane) \(first) \(second)")
                    }
                    _ = render(state)
                }
            }
        }
    }
}
