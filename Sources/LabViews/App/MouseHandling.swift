// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Clicks select and open, the wheel scrolls, a click on a tab shows its pane.
enum MouseHandling {
    static func handle(_ mouse: MouseEvent, in state: inout AppState) -> [Effect] {
        guard case .normal = state.mode else { return [] }
        switch mouse.kind {
        case .wheelUp:
            Navigation.move(by: -3, in: &state)
        case .wheelDown:
            Navigation.move(by: 3, in: &state)
        case .press:
            let layout = state.layout
            if mouse.y == layout.tabs.y {
                if let pane = TabBar.pane(at: mouse.x, state: state) { state.pane = pane }
                return []
            }
            selectRow(at: mouse, in: &state)
        }
        return []
    }

    private static func selectRow(at mouse: MouseEvent, in state: inout AppState) {
        guard state.tableModel != nil, state.list.openID == nil || state.pane == .partners || state.pane == .projects else { return }
        let (list, _) = ScreenLayout.listAndDetail(in: state.layout.body, pane: state.pane, detailOpen: state.list.openID != nil)
        guard let list else { return }
        let rowsArea = ScreenLayout.tableRowsArea(list)
        guard rowsArea.contains(x: mouse.x, y: mouse.y) else { return }
        guard let rows = state.visibleRows else { return }
        let index = state.list.offset + mouse.y - rowsArea.y
        guard rows.indices.contains(index) else { return }
        if rows.id(at: index) == state.list.selectedID {
            Navigation.open(in: &state)
        } else {
            state.list.selectedID = rows.id(at: index)
        }
    }
}
