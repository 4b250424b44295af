// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The report as one self-contained HTML file for the minutes: styles inline, charts as SVG, no
/// script and nothing fetched from a network; printed, it fills A4 pages without cutting a table row.
extension Report {
    func html() -> String {
        var body = "<h1>\(Self.escaped(title))</h1>\n"
        if !charts.isEmpty {
            body += "<section class=\"charts\">\n" + charts.map(chart).joined(separator: "\n") + "\n</section>\n"
        }
        if let matrix { body += self.matrix(matrix) }
        for section in sections { body += table(section) }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escaped(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static let style = """

        body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1d2733; margin: 2em auto; max-width: 64em; line-height: 1.4; }
        h1 { font-size: 1.6em; border-bottom: 3px solid #0b6e4f; padding-bottom: .3em; }
        h2 { font-size: 1.15em; margin-top: 1.6em; color: #0b6e4f; }
        table { border-collapse: collapse; width: 100%; font-size: .85em; }
        th, td { border-bottom: 1px solid #d5dbe1; padding: .25em .5em; text-align: left; vertical-align: top; }
        th { background: #eef2f5; }
        td.number, th.number { text-align: right; white-space: nowrap; }
        .charts { display: flex; flex-wrap: wrap; gap: 1em 2em; }
        .chart { flex: 1 1 26em; max-width: 31em; }
        .chart svg { width: 100%; height: auto; }
        .matrix table { table-layout: fixed; font-size: .75em; }
        .matrix th { overflow-wrap: anywhere; hyphens: auto; font-weight: 600; }
        .matrix th:first-child { width: 11em; }
        .matrix td { text-align: center; }
        .matrix td:first-child, .matrix th:first-child { text-align: left; }
        .legend { font-size: .85em; color: #4a5866; }
        .empty { color: #4a5866; font-style: italic; }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { margin: 0; max-width: none; font-size: 10pt; }
          section, .chart { break-inside: avoid; }
          tr { break-inside: avoid; }
          thead { display: table-header-group; }
          h2 { break-after: avoid; }
        }

        """

    private func chart(_ chart: ReportChart) -> String {
        let rowHeight = 22, labelWidth = 190, barSpace = 230, width = 560
        let largest = max(1, chart.bars.map(\.value).max() ?? 1)
        let height = chart.bars.count * rowHeight + 8
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(Self.escaped(chart.title))\">"
        for (index, bar) in chart.bars.enumerated() {
            let y = index * rowHeight + 4
            let length = Int(Int64(barSpace) * max(0, bar.value) / largest)
            let value = switch chart.unit {
            case .euros: MoneyFormat.display(Money(units: bar.value), in: language)
            case .count: String(bar.value)
            }
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"13\" fill=\"#1d2733\">\(Self.escaped(bar.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"15\" fill=\"#0b6e4f\"/>"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\" font-size=\"13\" fill=\"#1d2733\">\(Self.escaped(value))</text>"
        }
        return "<div class=\"chart\"><h2>\(Self.escaped(chart.title))</h2>\(svg)</svg></div>"
    }

    private func matrix(_ matrix: ReportMatrix) -> String {
        var html = "<section class=\"matrix\"><h2>\(Self.escaped(matrix.title))</h2>\n<table><thead><tr><th></th>"
        html += matrix.columns.map { "<th>\(Self.escaped($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in matrix.rows {
            html += "<tr><td>\(Self.escaped(row.label))</td>" + row.cells.map { "<td>\(Self.escaped($0))</td>" }.joined() + "</tr>\n"
        }
        html += "</tbody></table>\n<p class=\"legend\">"
            + matrix.legend.map { "<strong>\(Self.escaped($0.symbol))</strong> \(Self.escaped($0.meaning))" }.joined(separator: " · ")
        return html + "</p></section>\n"
    }

    private func table(_ section: ReportSection) -> String {
        var html = "<section><h2>\(Self.escaped(section.title))</h2>\n"
        guard !section.rows.isEmpty else { return html + "<p class=\"empty\">\(Self.escaped(section.emptyNote))</p></section>\n" }
        html += "<table><thead><tr>" + section.columns.map { column in
            "<th\(column.isNumeric ? " class=\"number\"" : "")>\(Self.escaped(column.title))</th>"
        }.joined() + "</tr></thead><tbody>\n"
        for row in section.rows {
            html += "<tr>" + zip(section.columns, row).map { column, cell in
                "<td\(column.isNumeric ? " class=\"number\"" : "")>\(Self.escaped(displayText(cell)))</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }

    /// Data text is shown, never obeyed: markup is escaped and control characters made visible.
    static func escaped(_ text: String) -> String {
        text.visible.xmlEscaped
    }
}
