// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The partner x project matrix: who works on what, shaded by euro value, the shared support in
/// the first column, with the public, private and societal mix of each project below. `h` and
/// `l` move a column cursor, whose project is named in full above the heads, and Enter on a cell
/// opens that partner's commitments to that project.
enum NetworkPane {
    static let cellWidth = 6

    /// A column head from the project's name, never its id: the short form the name holds in brackets
    /// (`SOHOS`), else its first word, cut with a full stop as the tabs are (`Jong.`, `fiKks`).
    static func head(of project: Project) -> String {
        let width = cellWidth - 1
        if let short = project.shortName, DisplayWidth.of(short) <= width { return short }
        let word = project.name.split(separator: " ").first.map(String.init) ?? project.name
        return DisplayWidth.of(word) <= width ? word : word.prefixFitting(width: width - 1) + "."
    }

    static func shade(_ value: Money, glyphs: Glyphs) -> String {
        switch value.units {
        case ..<1: glyphs.dot
        case ..<1_000_000: glyphs.shades[0]
        case ..<10_000_000: glyphs.shades[1]
        case ..<100_000_000: glyphs.shades[2]
        default: glyphs.shades[3]
        }
    }

    private static let totalWidth = 6

    /// Wide enough for the longest partner's name where the pane leaves room: at 80 columns that is
    /// `Instituut voor Publieke Waarden` whole and six columns, the rest a step of l away.
    private static func nameWidth(_ inner: Rect, _ data: LabData) -> Int {
        min((data.partners.map { DisplayWidth.of($0.name) }.max() ?? 0) + 1, max(8, inner.width * 5 / 12))
    }

    /// How many columns (the shared support and the projects) fit beside the names.
    private static func visibleColumns(_ inner: Rect, nameWidth: Int) -> Int {
        max(1, (inner.width - nameWidth - totalWidth) / cellWidth)
    }

    /// The columns: the shared support (`nil`), then every project.
    static func columns(_ data: LabData) -> [Project?] {
        [nil] + data.projects.map(Optional.some)
    }

    /// `l` and `h`: the cursor to the next or previous column, the columns scrolled to keep it in view.
    static func moveColumn(by delta: Int, in state: inout AppState) {
        let count = columns(state.data).count
        let next = (state.list.matrixColumn ?? -1) + delta
        guard next >= -1, next < count else {
            state.message = StatusMessage(delta > 0 ? .atRightEdge : .atLeftEdge)
            return
        }
        state.list.matrixColumn = next < 0 ? nil : next
        let inner = state.layout.body.inset(by: 1)
        let visible = visibleColumns(inner, nameWidth: nameWidth(inner, state.data))
        if next >= 0 {
            if next < state.list.horizontalOffset { state.list.horizontalOffset = next }
            if next >= state.list.horizontalOffset + visible { state.list.horizontalOffset = next - visible + 1 }
        }
    }

    /// The commitments of the selected partner to the project under the cursor, shown filtered in
    /// their pane, with Esc back here.
    static func openCell(in state: inout AppState) {
        guard let column = state.list.matrixColumn, let partner = state.selectedRowID else { return }
        let project = columns(state.data)[column]
        let filter = "partner=\(partner) project" + (project.map { "=\($0.id)" } ?? ":-")
        let hasAny = state.data.commitments.contains { $0.partner == partner && $0.project == project?.id }
        guard hasAny else {
            let name = state.data.partnerName(partner)
            let target = project?.name ?? state.data.lab.sharedSupport.name.text(in: state.language)
            state.message = StatusMessage { "\(UIText.noCommitmentsFrom.text(in: $0)) \(name) → \(target)" }
            return
        }
        state.backStack.append(Place(pane: state.pane, list: state.list))
        state.pane = .commitments
        state.list.openID = nil
        state.list.filter = filter
        state.list.offset = 0
        Navigation.keepSelectionVisible(in: &state)
    }

    static func draw(_ buffer: inout Buffer, _ body: Rect, state: AppState, context: RenderContext) {
        let data = state.data
        guard let rows = state.visibleRows else { return }
        Box.draw(&buffer, body, title: "\(state.say(.paneNetwork)) (\(Format.count(rows.count, state.language)) x \(Format.count(data.projects.count, state.language)))"
                     + FilterTitle.words(state), alert: FilterTitle.alert(state), focused: true, context: context)
        let inner = body.inset(by: 1)
        guard inner.height >= 5, inner.width >= 10 else { return }
        let legendLines = legend(state, glyphs: context.glyphs).wrapped(toWidth: inner.width)
        let legendHeight = min(legendLines.count, max(0, inner.height - 9))
        let mixHeight = 3
        let nameWidth = nameWidth(inner, data)
        let visibleColumns = visibleColumns(inner, nameWidth: nameWidth)
        let allColumns = columns(data)
        let first = min(state.list.horizontalOffset, max(0, allColumns.count - visibleColumns))
        let shown = Array(allColumns.enumerated().dropFirst(first).prefix(visibleColumns))
        let cursor = state.list.matrixColumn

        // The selected partner and the column under the cursor in full, where the matrix cuts them; then the heads.
        var top = state.selectedRowID.map { [Span(data.partnerName($0), .title)] } ?? []
        let arrow = (top.isEmpty ? "" : " ") + context.glyphs.ellipsisArrow + " "
        let choices: [String] = cursor.map { allColumns[$0] }.map { project in
            project.map { [arrow + $0.name + " · \(state.say(.lead).lowercased()) \(data.partnerName($0.lead))", arrow + $0.name] }
                ?? [arrow + data.lab.sharedSupport.name.text(in: state.language)]
        } ?? [state.say(.matrixCursorHint), state.say(.matrixColumnHint)].map { (top.isEmpty ? "" : " · ") + $0 }
        // The longest telling that fits whole; else the shortest, visibly cut.
        let room = inner.width - Line(top).width
        let told = choices.first { DisplayWidth.of($0) <= room } ?? choices.last!.truncated(toWidth: max(0, room))
        top.append(Span(told, cursor == nil ? .muted : .accent))
        TextView.draw(&buffer, Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), lines: [Line(top)], scroll: 0, context: context)
        if first > 0 {
            buffer.write(context.glyphs.moreLeft, x: inner.x + nameWidth - 1, y: inner.y + 1, style: context.style(.muted))
        }
        if first + shown.count < allColumns.count {
            buffer.write(context.glyphs.moreRight, x: inner.maxX - 1, y: inner.y + 1, style: context.style(.muted))
        }
        var x = inner.x + nameWidth
        for (index, project) in shown {
            let head = project.map(head(of:)) ?? state.say(.sharedShort)
            buffer.write(head.padded(toWidth: cellWidth), x: x, y: inner.y + 1, limit: cellWidth,
                         style: context.style(index == cursor ? .selection : .header))
            x += cellWidth
        }
        buffer.write(state.say(.columnProjects).padded(toWidth: totalWidth, alignRight: true), x: x, y: inner.y + 1, limit: totalWidth,
                     style: context.style(.header))

        // One row per partner.
        var values: [String: [String?: Money]] = [:]
        for commitment in data.commitments where commitment.state != .withdrawn {
            values[commitment.partner, default: [:]][commitment.project, default: .zero] += commitment.valueEUR
        }
        let rowArea = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2 - mixHeight - legendHeight)
        ScrollMarker.draw(&buffer, endingAt: inner.maxX, y: inner.maxY, first: state.list.offset, shown: rowArea.height, total: rows.count,
                          context: context)
        let selected = state.selectedIndex
        for (offset, row) in rows.dropFirst(state.list.offset).prefix(rowArea.height).enumerated() {
            let y = rowArea.y + offset
            let isSelected = state.list.offset + offset == selected
            let base = context.style(isSelected ? .selection : .text)
            if isSelected { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
            buffer.write(row.cells[0].padded(toWidth: nameWidth - 1), x: inner.x, y: y, limit: nameWidth - 1,
                         style: isSelected && cursor != nil ? context.style(.text) : base)
            x = inner.x + nameWidth
            let own = values[row.id] ?? [:]
            for (index, project) in shown {
                let isLead = project?.lead == row.id
                let value = own[project?.id]
                let symbol = value.map { shade($0, glyphs: context.glyphs) } ?? (isLead ? " " : context.glyphs.pending)
                let slot: ThemeSlot = isLead ? .accent : value == nil ? .muted : .chartBar
                // The cell under the cursor on the selected row stands out from its row.
                let style = isSelected ? (index == cursor ? Style(reverse: true) : base) : context.style(slot)
                buffer.write(" " + symbol + (isLead ? "L" : " "), x: x, y: y, limit: cellWidth, style: style)
                x += cellWidth
            }
            let count = data.projects.filter { own[$0.id] != nil || $0.lead == row.id }.count
            buffer.write(String(count).padded(toWidth: totalWidth, alignRight: true), x: x, y: y, limit: totalWidth, style: base)
        }

        // The public-private mix per project.
        let mixY = inner.maxY - mixHeight - legendHeight
        let sectors: [(Sector, UIText)] = [(.public, .mixPublic), (.private, .mixPrivate), (.societal, .mixSocietal)]
        for (index, (sector, label)) in sectors.enumerated() {
            let y = mixY + index
            buffer.write((state.say(.mixLabel) + " " + state.say(label)).padded(toWidth: nameWidth - 1), x: inner.x, y: y,
                         limit: nameWidth - 1, style: context.style(.muted))
            x = inner.x + nameWidth
            for (_, project) in shown {
                defer { x += cellWidth }
                guard let project else { continue }
                let count = data.sectorMix(ofProject: project.id)[sector] ?? 0
                buffer.write(String(count).padded(toWidth: 2, alignRight: true), x: x, y: y, limit: cellWidth,
                             style: context.style(count == 0 ? .muted : .text))
            }
        }
        if legendHeight > 0 {
            TextView.draw(&buffer, Rect(x: inner.x, y: inner.maxY - legendHeight, width: inner.width, height: legendHeight),
                          lines: Array(legendLines.prefix(legendHeight)), scroll: 0, context: context)
        }
    }

    /// Every symbol of the matrix, with the glyphs this terminal draws, each in the matrix's own colour.
    static func legend(_ state: AppState, glyphs: Glyphs) -> Line {
        let nl = state.language == .nl
        let limits = nl ? ["tot € 10.000", "tot € 100.000", "tot € 1 mln", "meer"] : ["up to €10,000", "up to €100,000", "up to €1m", "more"]
        var spans = [Span(nl ? "Waarde per partner en project: " : "Value per partner and project: ", .muted)]
        for (index, (shade, limit)) in zip(glyphs.shades, limits).enumerated() {
            spans += [Span(shade, .chartBar), Span(" \(limit)" + (index < limits.count - 1 ? ", " : "; "), .muted)]
        }
        spans += [Span(glyphs.dot, .chartBar), Span(nl ? " zonder bedrag (mandaat, data); " : " no amount (mandate, data); ", .muted),
                  Span("L", .accent), Span(nl ? " trekker; " : " lead; ", .muted),
                  Span(glyphs.pending, .muted),
                  Span(nl ? " geen toezegging; \(state.say(.sharedShort)) = gedeelde ondersteuning."
                          : " no commitment; \(state.say(.sharedShort)) = shared support.", .muted)]
        return Line(spans)
    }
}
