// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Moving through lists and text, opening and closing details.
enum Navigation {
    static func move(by delta: Int, in state: inout AppState, wrapping: Bool = false) {
        if abs(delta) == 1, let lines = openDetailLines(state), moveLink(by: delta, lines: lines, in: &state) {
            return
        }
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

    /// A page down or up. In a list the rows move a page and the cursor keeps its place on the screen, as in
    /// less or htop; only where the list ends does the cursor go the rest of the way. Text scrolls a page.
    static func page(by delta: Int, in state: inout AppState) {
        guard scrollableLineCount(state) == nil, let rows = state.visibleRows, !rows.isEmpty, let current = state.selectedIndex else {
            return move(by: delta, in: &state)
        }
        let height = max(1, Viewport.listHeight(state))
        let offset = clamp(state.list.offset.addingClamped(delta), 0, max(0, rows.count - height))
        let moved = offset - state.list.offset
        state.list.offset = offset
        state.list.selectedID = rows.id(at: clamp(current + (moved == 0 ? delta : moved), 0, rows.count - 1))
        keepSelectionVisible(in: &state)
    }

    /// The lines of the detail that is open, when it is one that can hold links.
    static func openDetailLines(_ state: AppState) -> [Line]? {
        guard let id = state.list.openID, [.partners, .projects, .commitments].contains(state.pane) else { return nil }
        return DetailContent.lines(for: id, in: state, width: Viewport.textWidth(state))
    }

    /// Chooses the next or previous link of the open detail and scrolls it into view; false when
    /// there is none that way, and the text scrolls instead.
    private static func moveLink(by delta: Int, lines: [Line], in state: inout AppState) -> Bool {
        let links = DetailContent.links(in: lines)
        let height = max(1, Viewport.textHeight(state))
        let top = state.list.detailScroll
        // With none chosen yet, the first link from the top of the view down, or the last from its bottom up:
        // never one the reader scrolled past.
        let next = state.list.detailLink.map { $0 + delta }
            ?? (delta > 0 ? links.firstIndex { $0.lines.lowerBound >= top } : links.lastIndex { $0.lines.lowerBound < top + height })
        guard let next, links.indices.contains(next) else { return false }
        state.list.detailLink = next
        let chosen = links[next].lines
        if chosen.lowerBound < state.list.detailScroll { state.list.detailScroll = chosen.lowerBound }
        if chosen.upperBound > state.list.detailScroll + height { state.list.detailScroll = chosen.upperBound - height }
        return true
    }

    /// The link chosen in the open detail.
    static func chosenLink(_ state: AppState) -> (lines: Range<Int>, link: RowLink)? {
        guard let index = state.list.detailLink, let lines = openDetailLines(state) else { return nil }
        let links = DetailContent.links(in: lines)
        return links.indices.contains(index) ? links[index] : nil
    }

    /// Scrolls the list so that the selected row is on screen.
    static func keepSelectionVisible(in state: inout AppState) {
        state.refreshDerived()
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
        case .network, .log, .capacity: return nil
        }
    }

    static func open(in state: inout AppState) {
        if state.list.openID != nil {
            guard let chosen = chosenLink(state) else { return }
            show(chosen.link.id, in: chosen.link.pane, state: &state, remembering: true)
            return
        }
        guard let id = state.list.selectedID else { return }
        switch state.pane {
        case .partners, .projects, .commitments:
            state.list.openID = id
            state.list.detailScroll = 0
            state.list.detailLink = nil
        case .network where state.list.matrixColumn != nil:
            NetworkPane.openCell(in: &state)
        case .network, .capacity:
            show(id, in: .partners, state: &state, remembering: true)
        case .log:
            guard let entry = LogEntries.build(state.data, state.history, state.language, showsContacts: state.showsContacts).first(where: { $0.id == id }) else { return }
            show(entry.target.id, in: entry.target.pane, state: &state, remembering: true)
        case .overview, .arrangements:
            break
        }
    }

    /// Shows the pane with the row of that id selected and opened; `remembering` keeps where the
    /// user was, for Esc to go back to.
    static func show(_ id: String, in pane: PaneID, state: inout AppState, remembering: Bool = false) {
        if remembering { state.backStack.append(Place(pane: state.pane, list: state.list)) }
        state.pane = pane
        state.list.filter = ""
        state.list.selectedID = id
        state.list.openID = id
        state.list.detailScroll = 0
        state.list.detailLink = nil
        keepSelectionVisible(in: &state)
    }

    static func goBack(in state: inout AppState) {
        if let place = state.backStack.popLast() {
            state.list.openID = nil
            state.pane = place.pane
            state.list = place.list
        } else if state.list.openID != nil {
            state.list.openID = nil
        } else if !state.list.filter.isEmpty {
            state.list.filter = ""
            keepSelectionVisible(in: &state)
        }
    }

    /// Natural order, then each column on screen in turn, then natural order again.
    static func sortByNextColumn(in state: inout AppState) {
        guard let columns = state.tableModel?.columns else { return }
        let widths = TableView.shownWidths(columns, width: Viewport.tableWidth(state), skipping: state.list.horizontalOffset)
        let shown = columns.indices.filter { widths[$0] > 0 }
        let current = state.list.sortColumn ?? -1
        state.list.sortColumn = shown.first { $0 > current }
        state.list.descending = false
        keepSelectionVisible(in: &state)
    }

    /// `h` and `l`: brings the columns left out into view, or the network's further projects.
    /// Says why when there is nothing further to scroll.
    static func scrollSideways(by delta: Int, in state: inout AppState) {
        if state.pane == .network { return NetworkPane.moveColumn(by: delta, in: &state) }
        let limit: Int
        if let rows = state.visibleRows, state.list.openID == nil || state.pane == .partners || state.pane == .projects {
            let shown = rows.dropFirst(state.list.offset).prefix(max(0, Viewport.listHeight(state)))
            let more = TableView.hasMoreToTheRight(rows.model.columns, rows: shown, width: Viewport.tableWidth(state),
                                                   skipping: state.list.horizontalOffset)
            limit = more ? rows.model.columns.count - 1 : state.list.horizontalOffset
        } else {
            limit = 0
        }
        let next = clamp(state.list.horizontalOffset + delta, 0, limit)
        if next == state.list.horizontalOffset {
            state.message = StatusMessage(limit == 0 ? .nothingSideways : delta > 0 ? .atRightEdge : .atLeftEdge)
        }
        state.list.horizontalOffset = next
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
        return ScreenLayout.tableRowsArea(list).height - ScreenLayout.footerRows(state.pane)
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

    /// The width the current table is drawn in.
    static func tableWidth(_ state: AppState) -> Int {
        let (list, _) = ScreenLayout.listAndDetail(in: state.layout.body, pane: state.pane, detailOpen: state.list.openID != nil)
        return list.map { ScreenLayout.tableRowsArea($0).width } ?? 0
    }
    static func helpHeight(_ state: AppState) -> Int { HelpOverlay.box(in: state.layout.body).inset(by: 1).height }
    static func textWidth(_ state: AppState) -> Int { textArea(state).width }
}
