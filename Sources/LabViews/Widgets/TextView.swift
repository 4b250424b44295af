// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Lines of styled text, scrolled; the lines are already wrapped to the width.
enum TextView {
    /// `chosen` lines are drawn as a selection: the link Enter opens.
    static func draw(_ buffer: inout Buffer, _ rect: Rect, lines: [Line], scroll: Int, chosen: Range<Int>? = nil, context: RenderContext) {
        guard !rect.isEmpty else { return }
        let first = max(0, min(scroll, max(0, lines.count - rect.height)))
        for (row, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            let isChosen = chosen?.contains(first + row) == true
            if isChosen { buffer.fill(Rect(x: rect.x, y: rect.y + row, width: rect.width, height: 1), style: context.style(.selection)) }
            var x = rect.x
            for span in line.spans {
                x += buffer.write(span.text, x: x, y: rect.y + row, limit: rect.maxX - x,
                                  style: isChosen ? context.style(.selection) : context.style(span.slot))
            }
        }
        if rect.width > 0 {
            ScrollMarker.draw(&buffer, endingAt: rect.maxX, y: rect.maxY, first: first, shown: rect.height, total: lines.count, context: context)
        }
    }

    /// Wraps every line to the width.
    static func wrap(_ lines: [Line], width: Int) -> [Line] {
        lines.flatMap { $0.wrapped(toWidth: width, indent: $0.continuationIndent) }
    }
}
