import LabModel

/// A table with a header, one row selected, and only the visible rows drawn.
enum TableView {
    struct Sort {
        let column: Int?
        let descending: Bool
    }

    static func columnWidths(_ columns: [TableColumn], width: Int) -> [Int] {
        var shown = Set(columns.indices)
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

    /// Draws the header in the first row of `rect` and the rows below it.
    static func draw(_ buffer: inout Buffer, _ rect: Rect, columns: [TableColumn], rows: RowList, selected: Int?,
                     offset: Int, sort: Sort, language: Language, marked: Set<String> = [], context: RenderContext) {
        guard rect.height > 0, rect.width > 0 else { return }
        let widths = columnWidths(columns, width: rect.width)
        var x = rect.x
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            var title = column.title.text(in: language)
            if sort.column == index { title += sort.descending ? context.glyphs.descending : context.glyphs.ascending }
            buffer.write(title.padded(toWidth: widths[index], alignRight: column.alignRight), x: x, y: rect.y,
                         limit: widths[index], style: context.style(.header))
            x += widths[index] + 1
        }
        for (row, item) in rows.dropFirst(offset).prefix(rect.height - 1).enumerated() {
            let y = rect.y + 1 + row
            let isSelected = offset + row == selected
            if isSelected { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: context.style(.selection)) }
            x = rect.x
            for (index, column) in columns.enumerated() where widths[index] > 0 {
                // A row just changed by someone else stands out until its mark fades.
                let slot: ThemeSlot = marked.contains(item.id) ? .attention : item.slot(of: index) ?? .text
                let style = isSelected ? context.style(.selection) : context.style(slot)
                buffer.write(item.cells[index].padded(toWidth: widths[index], alignRight: column.alignRight), x: x, y: y,
                             limit: widths[index], style: style)
                x += widths[index] + 1
            }
        }
    }
}
