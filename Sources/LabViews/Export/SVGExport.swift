// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// The screen as SVG: one rectangle for each background run, one text element for each piece of
/// text, each pinned to its cells so that wide characters and the grid stay aligned in any viewer.
/// Borders and blocks are drawn as lines and rectangles on the grid (`CellShape`), and a margin of
/// one cell all round keeps the last column whole where a viewer's font runs wider than the grid.
enum SVGExport {
    static let cellWidth = 9.0
    static let cellHeight = 18.0
    static let fontSize = 15.0
    static let margin = cellWidth
    static let lineWidth = 1.5

    static func svg(_ buffer: Buffer, palette: Palette) -> String {
        let width = Double(buffer.width) * cellWidth + 2 * margin
        let height = Double(buffer.height) * cellHeight + 2 * margin
        var output = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(number(width))" height="\(number(height))" viewBox="0 0 \(number(width)) \(number(height))" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="\(number(fontSize))">
        <rect width="100%" height="100%" fill="\(palette.background)"/>
        <g transform="translate(\(number(margin)),\(number(margin)))">

        """
        var lines = LineSegments()
        for y in 0..<buffer.height {
            let top = Double(y) * cellHeight
            for run in ScreenExport.runs(of: buffer, row: y) {
                let (foreground, background) = palette.colors(run.style)
                if background != palette.background {
                    output += rect(left: Double(run.x) * cellWidth, top: top, width: Double(run.width) * cellWidth,
                                   height: cellHeight, fill: background)
                }
                for piece in RunPiece.pieces(of: buffer, row: y, from: run.x, width: run.width) {
                    switch piece {
                    case .text(let x, let width, let text):
                        var attributes = "x=\"\(number(Double(x) * cellWidth))\" y=\"\(number(top + cellHeight * 0.78))\" fill=\"\(foreground)\""
                        attributes += " textLength=\"\(number(Double(width) * cellWidth))\" lengthAdjust=\"spacingAndGlyphs\""
                        if run.style.bold { attributes += " font-weight=\"bold\"" }
                        if run.style.underline { attributes += " text-decoration=\"underline\"" }
                        output += "<text \(attributes) xml:space=\"preserve\">\(text.xmlEscaped)</text>\n"
                    case .shape(let x, .lines(let edges)):
                        lines.add(edges, column: x, row: y, colour: foreground)
                    case .shape(let x, .block(let left, let blockTop, let right, let bottom, let opacity)):
                        let cellLeft = Double(x) * cellWidth
                        output += rect(left: cellLeft + left * cellWidth, top: top + blockTop * cellHeight,
                                       width: (right - left) * cellWidth, height: (bottom - blockTop) * cellHeight,
                                       fill: Palette.blend(foreground, over: background, opacity: opacity))
                    }
                }
            }
        }
        // The borders last, over every background, each straight stretch as one line.
        for (colour, data) in lines.paths() {
            output += "<path d=\"\(data)\" stroke=\"\(colour)\" stroke-width=\"\(number(lineWidth))\" stroke-linecap=\"square\" fill=\"none\"/>\n"
        }
        return output + "</g>\n</svg>\n"
    }

    private static func rect(left: Double, top: Double, width: Double, height: Double, fill: String) -> String {
        "<rect x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(fill)\"/>\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(cFormat: "%.2f", value)
    }
}

/// The box-drawing cells of a screen as straight lines in half cells, joined where they meet in a
/// row or a column, so that a border is one stroke rather than a cell's worth of dashes.
struct LineSegments {
    /// Per colour: horizontal half-cell steps by row (in half columns), vertical ones by column (in half rows).
    private var horizontal: [String: [Int: Set<Int>]] = [:]
    private var vertical: [String: [Int: Set<Int>]] = [:]

    mutating func add(_ edges: Set<CellShape.Edge>, column: Int, row: Int, colour: String) {
        for edge in edges {
            switch edge {
            case .left: horizontal[colour, default: [:]][row, default: []].insert(2 * column)
            case .right: horizontal[colour, default: [:]][row, default: []].insert(2 * column + 1)
            case .up: vertical[colour, default: [:]][column, default: []].insert(2 * row)
            case .down: vertical[colour, default: [:]][column, default: []].insert(2 * row + 1)
            }
        }
    }

    /// Path data per colour, in a fixed order.
    func paths() -> [(colour: String, data: String)] {
        let (halfWidth, halfHeight) = (SVGExport.cellWidth / 2, SVGExport.cellHeight / 2)
        let colours = Set(horizontal.keys).union(vertical.keys).sorted()
        return colours.map { colour in
            var moves: [String] = []
            for (row, steps) in (horizontal[colour] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let y = SVGExport.number(Double(row) * SVGExport.cellHeight + halfHeight)
                for stretch in Self.stretches(steps) {
                    moves.append("M\(SVGExport.number(Double(stretch.lowerBound) * halfWidth)) \(y)H\(SVGExport.number(Double(stretch.upperBound) * halfWidth))")
                }
            }
            for (column, steps) in (vertical[colour] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let x = SVGExport.number(Double(column) * SVGExport.cellWidth + halfWidth)
                for stretch in Self.stretches(steps) {
                    moves.append("M\(x) \(SVGExport.number(Double(stretch.lowerBound) * halfHeight))V\(SVGExport.number(Double(stretch.upperBound) * halfHeight))")
                }
            }
            return (colour, moves.joined(separator: " "))
        }
    }

    /// Runs of consecutive half steps, each from where it starts to where it ends: {3, 4, 5} is 3...6.
    private static func stretches(_ steps: Set<Int>) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for step in steps.sorted() {
            if let last = result.last, last.upperBound == step {
                result[result.count - 1] = last.lowerBound...step + 1
            } else {
                result.append(step...step + 1)
            }
        }
        return result
    }
}
