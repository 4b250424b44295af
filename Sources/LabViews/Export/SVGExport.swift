// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// The screen as SVG: one rectangle for each background run, one text element for each run,
/// each pinned to its cells so that wide characters and the grid stay aligned in any browser.
enum SVGExport {
    static let cellWidth = 9.0
    static let cellHeight = 18.0
    static let fontSize = 15.0

    static func svg(_ buffer: Buffer, palette: Palette) -> String {
        let width = Double(buffer.width) * cellWidth
        let height = Double(buffer.height) * cellHeight
        var output = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(number(width))" height="\(number(height))" viewBox="0 0 \(number(width)) \(number(height))" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="\(number(fontSize))">
        <rect width="100%" height="100%" fill="\(palette.background)"/>

        """
        for y in 0..<buffer.height {
            let top = Double(y) * cellHeight
            for run in ScreenExport.runs(of: buffer, row: y) {
                let (foreground, background) = palette.colors(run.style)
                let left = Double(run.x) * cellWidth
                let runWidth = Double(run.width) * cellWidth
                if background != palette.background {
                    output += "<rect x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(runWidth))\" height=\"\(number(cellHeight))\" fill=\"\(background)\"/>\n"
                }
                guard run.text.contains(where: { $0 != " " }) else { continue }
                var attributes = "x=\"\(number(left))\" y=\"\(number(top + cellHeight * 0.78))\" fill=\"\(foreground)\""
                attributes += " textLength=\"\(number(runWidth))\" lengthAdjust=\"spacingAndGlyphs\""
                if run.style.bold { attributes += " font-weight=\"bold\"" }
                if run.style.underline { attributes += " text-decoration=\"underline\"" }
                output += "<text \(attributes) xml:space=\"preserve\">\(run.text.xmlEscaped)</text>\n"
            }
        }
        return output + "</svg>\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(cFormat: "%.2f", value)
    }
}
