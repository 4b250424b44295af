// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The screen as a standalone HTML page: a `pre` of styled spans on the theme's background.
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
                body += "<span style=\"\(css)\">\(run.text.xmlEscaped)</span>"
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
}
