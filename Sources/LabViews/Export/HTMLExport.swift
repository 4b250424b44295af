// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The screen as a standalone HTML page: a `pre` of styled spans on the theme's background.
/// Block characters (the Netwerk matrix, the big figures) are painted as coloured cells, not left
/// to a font's shading.
enum HTMLExport {
    static func html(_ buffer: Buffer, palette: Palette) -> String {
        var body = ""
        for y in 0..<buffer.height {
            for run in ScreenExport.runs(of: buffer, row: y) {
                let (foreground, background) = palette.colors(run.style)
                var css = "color:\(foreground)"
                if background != palette.background { css += ";background:\(background)" }
                if run.style.bold { css += ";font-weight:bold" }
                if run.style.underline { css += ";text-decoration:underline" }
                body += "<span style=\"\(css)\">"
                for x in run.x..<(run.x + run.width) {
                    let text = buffer[x, y].text
                    if case .block(let left, let top, let right, let bottom, let opacity) = CellShape(text) {
                        let colour = Palette.blend(foreground, over: background, opacity: opacity)
                        let paint = left == 0 && right == 1
                            ? gradient("to bottom", from: top, to: bottom, colour: colour, background: background)
                            : gradient("to right", from: left, to: right, colour: colour, background: background)
                        body += "<span style=\"background:\(paint)\"> </span>"
                    } else {
                        body += text.xmlEscaped
                    }
                }
                body += "</span>"
            }
            body += "\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <title>schuldenlab</title>
        <style>
        body { margin: 0; background: \(palette.background); }
        pre { margin: 0; padding: 1em; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 15px; line-height: 18px; color: \(palette.foreground); }
        </style>
        </head>
        <body>
        <pre>\(body)</pre>
        </body>
        </html>

        """
    }

    /// The colour over the part of the cell from `start` to `end` (fractions), the background elsewhere.
    private static func gradient(_ direction: String, from start: Double, to end: Double, colour: String, background: String) -> String {
        if start == 0, end == 1 { return colour }
        let (from, to) = (Int(start * 100), Int(end * 100))
        return "linear-gradient(\(direction),\(background) \(from)%,\(colour) \(from)%,\(colour) \(to)%,\(background) \(to)%)"
    }
}
