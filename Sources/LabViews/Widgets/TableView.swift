// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// A table with a header, one row selected, and only the visible rows drawn.
enum TableView {
    struct Sort {
        let column: Int?
        let descending: Bool
    }

    /// The width of each column, 0 for a column left out. `skipping` leaves out that many of the
    /// columns that would be shown, from the left, so that the room goes to the ones left out
    /// before: scrolling right with `l`.
    static func columnWidths(_ columns: [TableColumn], width: Int, skipping: Int = 0) -> [Int] {
        var widths = fittedWidths(columns, width: width, among: Set(columns.indices))
        guard skipping > 0 else { return widths }
        let skipped = Set(widths.indices.filter { widths[$0] > 0 }.prefix(skipping))
        widths = fittedWidths(columns, width: width, among: Set(columns.indices).subtracting(skipped))
        return widths
    }

    /// The widths as drawn: when columns are left out, the header's last cells say so, and on
    /// which side `h`/`l` bring them in.
    static func shownWidths(_ columns: [TableColumn], width: Int, skipping: Int) -> [Int] {
        let widths = columnWidths(columns, width: width, skipping: skipping)
        guard skipping > 0 || widths.contains(0) else { return widths }
        let markerWidth = (skipping > 0 ? 1 : 0) + (hidesMore(widths, skipping: skipping) ? 1 : 0)
        return columnWidths(columns, width: width - max(1, markerWidth), skipping: skipping)
    }

    /// Columns are left out besides the ones scrolled past.
    private static func hidesMore(_ widths: [Int], skipping: Int) -> Bool {
        widths.filter { $0 == 0 }.count > skipping
    }

    /// Whether `l` would show more: a column is left out, or a cell of the rows in view is cut short.
    static func hasMoreToTheRight(_ columns: [TableColumn], rows: some Collection<TableRow>, width: Int, skipping: Int) -> Bool {
        let widths = shownWidths(columns, width: width, skipping: skipping)
        guard skipping < columns.count - 1 else { return false }
        if hidesMore(widths, skipping: skipping) { return true }
        return rows.contains { row in widths.indices.contains { widths[$0] > 0 && DisplayWidth.of(row.cells[$0]) > widths[$0] } }
    }

    private static func fittedWidths(_ columns: [TableColumn], width: Int, among candidates: Set<Int>) -> [Int] {
        var shown = candidates
        func minimum() -> Int { shown.reduce(0) { $0 + columns[$1].minWidth } + max(0, shown.count - 1) }
        // Leave out the least important columns, one at a time, while the rest does not fit.
        while minimum() > width, shown.count > 1,
              let drop = shown.filter({ columns[$0].priority < 5 }).min(by: { (columns[$0].priority, -$0) < (columns[$1].priority, -$1) }) {
            shown.remove(drop)
        }
        var widths = columns.indices.map { shown.contains($0) ? columns[$0].minWidth : 0 }
        if minimum() > width {
            // Too narrow: the last columns give way, one at a time.
            var excess = minimum() - width
            for index in widths.indices.reversed() where excess > 0 && index > 0 {
                let give = min(widths[index] + 1, excess)
                widths[index] -= min(widths[index], give)
                excess -= give
            }
            widths[0] = max(0, widths[0] - excess)
            return widths
        }
        let extra = width - minimum()
        let weightSum = shown.reduce(0) { $0 + columns[$1].weight }
        guard weightSum > 0 else { return widths }
        var given = 0
        for index in widths.indices where shown.contains(index) {
            let share = extra * columns[index].weight / weightSum
            widths[index] += share
            given += share
        }
        if let last = widths.indices.last(where: { shown.contains($0) && columns[$0].weight > 0 }) { widths[last] += extra - given }
        return widths
    }

    /// Draws the header in the first row of `rect` and the rows below it; with `changeMarks`, each
    /// row changed since a day gets its mark in a gutter on the left, and the filter's `words` are
    /// underlined where they stand in a cell.
    static func draw(_ buffer: inout Buffer, _ whole: Rect, columns: [TableColumn], rows: RowList, selected: Int?,
                     offset: Int, skipping: Int = 0, sort: Sort, language: Language, marked: Set<String> = [],
                     changeMarks: [String: ChangesSince.Mark] = [:], words: [[UInt8]] = [], picked: Set<String> = [],
                     context: RenderContext) {
        guard whole.height > 0, whole.width > 0 else { return }
        // A gutter on the left for the rows marked with Space and the marks of what changed since a day.
        let gutter = changeMarks.isEmpty && picked.isEmpty ? 0 : min(2, whole.width)
        let changeColumn = picked.isEmpty ? 0 : 1
        let rect = Rect(x: whole.x + gutter, y: whole.y, width: whole.width - gutter, height: whole.height)
        let widths = shownWidths(columns, width: rect.width, skipping: skipping)
        let marker = (skipping > 0 ? context.glyphs.moreLeft : "") + (hidesMore(widths, skipping: skipping) ? context.glyphs.moreRight : "")
        var x = rect.x
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            var title = column.title.text(in: language)
            if sort.column == index { title += sort.descending ? context.glyphs.descending : context.glyphs.ascending }
            buffer.write(title.padded(toWidth: widths[index], alignRight: column.alignRight), x: x, y: rect.y,
                         limit: widths[index], style: context.style(.header))
            x += widths[index] + 1
        }
        if !marker.isEmpty {
            buffer.write(marker, x: rect.maxX - DisplayWidth.of(marker), y: rect.y, style: context.style(.accent))
        }
        for (row, item) in rows.dropFirst(offset).prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + row
            let isSelected = offset + row == selected
            if isSelected { buffer.fill(Rect(x: whole.x, y: y, width: whole.width, height: 1), style: context.style(.selection)) }
            if picked.contains(item.id) {
                buffer.write(context.glyphs.check, x: whole.x, y: y, limit: 1, style: context.style(isSelected ? .selection : .accent))
            }
            if let mark = changeMarks[item.id] {
                buffer.write(context.glyphs.changeMark(mark), x: whole.x + changeColumn, y: y, limit: gutter - changeColumn,
                             style: context.style(isSelected ? .selection : .accent))
            }
            x = rect.x
            for (index, column) in columns.enumerated() where widths[index] > 0 {
                // A row just changed by someone else stands out until its mark fades.
                let slot: ThemeSlot = marked.contains(item.id) ? .attention : item.slot(of: index) ?? .text
                let style = isSelected ? context.style(.selection) : context.style(slot)
                let shown = item.cells[index].padded(toWidth: widths[index], alignRight: column.alignRight)
                buffer.write(shown, x: x, y: y, limit: widths[index], style: style)
                var found = style
                found.underline = true
                found.bold = true
                for run in MatchMarks.runs(in: shown, of: words) where run.column < widths[index] {
                    buffer.write(run.text, x: x + run.column, y: y, limit: widths[index] - run.column, style: found)
                }
                // A match in the part cut off marks the "…" that stands for it.
                let cell = item.cells[index]
                if DisplayWidth.of(cell) > widths[index], widths[index] > 0,
                   MatchMarks.runs(in: cell, of: words).contains(where: { $0.column + DisplayWidth.of($0.text) > widths[index] - 1 }) {
                    buffer.write(String(shown.last ?? " "), x: x + widths[index] - 1, y: y, style: found)
                }
                x += widths[index] + 1
            }
        }
    }
}
