// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The panes that are a table, with the detail of the selected or opened row beside or instead of it.
enum ListPane {
    static func draw(_ buffer: inout Buffer, _ body: Rect, state: AppState, context: RenderContext) {
        guard let rows = state.visibleRows else { return }
        let model = rows.model
        let openID = state.list.openID
        let (listRect, detailRect) = ScreenLayout.listAndDetail(in: body, pane: state.pane, detailOpen: openID != nil)
        if let listRect {
            let title = "\(state.say(state.pane.title)) (\(rows.count == model.ids.count ? Format.count(rows.count, state.language) : "\(Format.count(rows.count, state.language)) \(state.say(.of)) \(Format.count(model.ids.count, state.language))"))"
                + FilterTitle.words(state)
                + (Marking.summary(state).map { " · " + $0 } ?? "")
                + (PaneRows.kind(of: state.pane).flatMap { state.sinceSummary(of: $0, glyphs: context.glyphs) }.map { " · " + $0 } ?? "")
            Box.draw(&buffer, listRect, title: title, alert: FilterTitle.alert(state), focused: openID == nil, context: context)
            let inner = listRect.inset(by: 1)
            let footer = ScreenLayout.footerRows(state.pane)
            let tableRect = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - footer)
            TableView.draw(&buffer, tableRect, columns: model.columns, rows: rows, selected: state.selectedIndex,
                           offset: state.list.offset, skipping: state.list.horizontalOffset, sort: .init(column: state.list.sortColumn, descending: state.list.descending),
                           language: state.language, marked: Set(state.highlights.keys), changeMarks: state.changeMarks,
                           words: state.rowFilter.query.wordsToMark, picked: state.list.marked, context: context)
            if rows.isEmpty {
                let note = state.list.filter.isEmpty ? state.say(.noRows) : state.say(.noMatches)
                buffer.write(note, x: inner.x + 1, y: inner.y + 2, limit: inner.width - 1, style: context.style(.muted))
            }
            ScrollMarker.draw(&buffer, endingAt: inner.maxX, y: inner.maxY, first: state.list.offset, shown: tableRect.height - 1,
                              total: rows.count, context: context)
            if footer > 0 { CommitmentsPane.drawTotals(&buffer, Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1),
                                                     rows: rows, state: state, context: context) }
        }
        if let detailRect, let id = openID ?? state.selectedRowID {
            Box.draw(&buffer, detailRect, title: state.say(state.pane == .partners ? .panePartners : .paneProjects),
                     focused: openID != nil, context: context)
            let inner = detailRect.inset(by: 1)
            let lines = DetailContent.lines(for: id, in: state, width: inner.width)
            TextView.draw(&buffer, inner, lines: lines, scroll: openID != nil ? state.list.detailScroll : 0,
                          chosen: openID != nil ? Navigation.chosenLink(state)?.lines : nil, context: context)
        }
        if state.pane == .commitments, let openID {
            CommitmentsPane.drawOverlay(&buffer, body, id: openID, state: state, context: context)
        }
    }
}

/// What the commitments table adds: the totals of the rows shown, and a commitment's detail on top.
enum CommitmentsPane {
    static func drawTotals(_ buffer: inout Buffer, _ rect: Rect, rows: RowList, state: AppState, context: RenderContext) {
        let marked = Marking.summary(state)
        let totals = marked == nil ? state.shownCommitmentTotals : EuroTotals(Marking.markedCommitments(state))
        let counted = marked ?? "\(Format.count(rows.count, state.language)) \(state.say(.shown))"
        let text = "\(counted) · \(state.say(.firm)) \(Format.euros(totals.firm, state.language))"
            + " · \(state.say(.proposed)) \(Format.euros(totals[.proposed], state.language))"
            + " · \(state.say(.withdrawnLabel)) \(Format.euros(totals[.withdrawn], state.language))"
        buffer.write(text, x: rect.x, y: rect.y, limit: rect.width, style: context.style(.header))
    }

    static func overlayBox(in body: Rect) -> Rect {
        body.centered(width: min(body.width, 72), height: min(body.height, 20))
    }

    static func drawOverlay(_ buffer: inout Buffer, _ body: Rect, id: String, state: AppState, context: RenderContext) {
        let box = overlayBox(in: body)
        Box.draw(&buffer, box, title: state.say(.commitmentTitle), focused: true, context: context)
        let inner = box.inset(by: 1)
        TextView.draw(&buffer, inner, lines: DetailContent.lines(for: id, in: state, width: inner.width), scroll: state.list.detailScroll,
                      chosen: Navigation.chosenLink(state)?.lines, context: context)
    }
}
