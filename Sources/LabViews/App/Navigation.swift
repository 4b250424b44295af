import LabModel

/// Moving through lists and text, opening and closing details.
enum Navigation {
    static func move(by delta: Int, in state: inout AppState, wrapping: Bool = false) {
        if let lineCount = scrollableLineCount(state) {
            let visible = Viewport.textHeight(state)
            let limit = max(0, lineCount - visible)
            if state.list.openID != nil {
                state.list.detailScroll = clamp(state.list.detailScroll.addingClamped(delta), 0, limit)
            } else {
                state.list.offset = clamp(state.list.offset.addingClamped(delta), 0, limit)
            }
            return
        }
        guard let rows = state.visibleRows, !rows.isEmpty, let current = state.selectedIndex else { return }
        var index = current.addingClamped(delta)
        index = wrapping ? ((index % rows.count) + rows.count) % rows.count : clamp(index, 0, rows.count - 1)
        state.list.selectedID = rows.id(at: index)
        keepSelectionVisible(in: &state)
    }

    /// Scrolls the list so that the selected row is on screen.
    static func keepSelectionVisible(in state: inout AppState) {
        guard let index = state.selectedIndex else {
            state.list.offset = 0
            return
        }
        let height = max(1, Viewport.listHeight(state))
        if index < state.list.offset { state.list.offset = index }
        if index >= state.list.offset + height { state.list.offset = index - height + 1 }
        state.list.offset = clamp(state.list.offset, 0, max(0, (state.visibleRows?.count ?? 0) - height))
    }

    /// The number of text lines when the pane (or its open detail) scrolls as text rather than rows.
    static func scrollableLineCount(_ state: AppState) -> Int? {
        switch state.pane {
        case .overview: return OverviewPane.lines(state, width: Viewport.textWidth(state)).count + (state.isDemo ? 5 : 0)
        case .arrangements: return ArrangementsPane.lines(state, width: Viewport.textWidth(state)).count
        case .partners, .projects, .commitments:
            guard let id = state.list.openID else { return nil }
            return DetailContent.lines(for: id, in: state, width: Viewport.textWidth(state)).count
        case .network, .log: return nil
        }
    }

    static func open(in state: inout AppState) {
        guard let id = state.list.selectedID else { return }
        switch state.pane {
        case .partners, .projects, .commitments:
            state.list.openID = id
            state.list.detailScroll = 0
        case .network:
            show(id, in: .partners, state: &state)
        case .log:
            guard let entry = LogEntries.build(state.data, state.history, state.language, showsContacts: state.showsContacts).first(where: { $0.id == id }) else { return }
            show(entry.target.id, in: entry.target.pane, state: &state)
        case .overview, .arrangements:
            break
        }
    }

    /// Shows the pane with the row of that id selected and opened.
    static func show(_ id: String, in pane: PaneID, state: inout AppState) {
        state.pane = pane
        state.list.filter = ""
        state.list.selectedID = id
        state.list.openID = id
        state.list.detailScroll = 0
        keepSelectionVisible(in: &state)
    }

    static func goBack(in state: inout AppState) {
        if state.list.openID != nil {
            state.list.openID = nil
        } else if !state.list.filter.isEmpty {
            state.list.filter = ""
            keepSelectionVisible(in: &state)
        }
    }

    /// Natural order, then each column in turn, then natural order again.
    static func sortByNextColumn(in state: inout AppState) {
        guard let columns = state.tableModel?.columns.count else { return }
        let next = (state.list.sortColumn ?? -1) + 1
        state.list.sortColumn = next < columns ? next : nil
        state.list.descending = false
        keepSelectionVisible(in: &state)
    }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
        min(max(value, low), max(low, high))
    }
}

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}

/// The size of the scrolling parts of the current pane, from the same layout that draws them.
enum Viewport {
    static func listHeight(_ state: AppState) -> Int {
        let layout = state.layout
        let (list, _) = ScreenLayout.listAndDetail(in: layout.body, pane: state.pane, detailOpen: state.list.openID != nil)
        guard let list else { return 0 }
        return ScreenLayout.tableRowsArea(list).height - (state.pane == .commitments ? 1 : 0)
    }

    static func textArea(_ state: AppState) -> Rect {
        let layout = state.layout
        let (_, detail) = ScreenLayout.listAndDetail(in: layout.body, pane: state.pane, detailOpen: state.list.openID != nil)
        if state.pane == .commitments {
            return CommitmentsPane.overlayBox(in: layout.body).inset(by: 1)
        }
        return (detail ?? layout.body).inset(by: 1)
    }

    static func textHeight(_ state: AppState) -> Int { textArea(state).height }
    static func helpHeight(_ state: AppState) -> Int { HelpOverlay.box(in: state.layout.body).inset(by: 1).height }
    static func textWidth(_ state: AppState) -> Int { textArea(state).width }
}
