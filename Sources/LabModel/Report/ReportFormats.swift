// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The formats `report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, csv, json, html
}

extension Report {
    public func rendered(as format: ReportFormat, excelDutch: Bool = false) -> String {
        switch format {
        case .markdown: markdown()
        case .csv: csv(excelDutch: excelDutch)
        case .json: json()
        case .html: html()
        }
    }

    // MARK: Markdown

    func markdown() -> String {
        var lines = ["# " + markdownText(title), ""]
        for section in sections {
            lines.append("## " + markdownText(section.title))
            lines.append("")
            if section.rows.isEmpty {
                lines.append(markdownText(section.emptyNote))
            } else {
                lines.append("| " + section.columns.map { markdownText($0.title) }.joined(separator: " | ") + " |")
                lines.append("|" + section.columns.map { $0.isNumeric ? "---:|" : "---|" }.joined())
                for row in section.rows {
                    lines.append("| " + row.map { markdownText(displayText($0)) }.joined(separator: " | ") + " |")
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A cell as a person reads it, in the report's language.
    func displayText(_ cell: ReportCell) -> String {
        switch cell {
        case .text(let text): text.visible
        case .money(let money): MoneyFormat.display(money, in: language)
        case .count(let count): String(count)
        case .day(let day): day?.description ?? "—"
        case .figure(let value, let digits): NumberFormat.decimal(value, digits: digits, in: language)
        }
    }

    /// Data text is made visible and cannot break the table or start markup.
    private func markdownText(_ text: String) -> String {
        var escaped = ""
        for character in text.visible {
            if "|\\*_`[]<>#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    // MARK: CSV (RFC 4180)

    /// One table: every record has the same fields, the first naming the section; each section
    /// starts with a record of its column titles. Lines end in CRLF as RFC 4180 asks.
    func csv(excelDutch: Bool) -> String {
        let width = 1 + (sections.map(\.columns.count).max() ?? 0)
        var records: [[SheetCell]] = []
        for section in sections {
            records.append(([section.title] + section.columns.map(\.title)).map { .text($0.visible) })
            for row in section.rows {
                records.append([.text(section.title.visible)] + row.map(Self.sheetCell))
            }
        }
        let rows = records.enumerated().map { index, record in
            SheetRow(number: index + 1, cells: record + Array(repeating: .empty, count: width - record.count))
        }
        return String(decoding: CSVFormat.write(Sheet(name: title, rows: rows), dialect: excelDutch ? .excelDutch : .rfc4180), as: UTF8.self)
    }

    static func sheetCell(_ cell: ReportCell) -> SheetCell {
        switch cell {
        case .text(let text): .text(text.visible)
        case .money(let money): .money(money)
        case .count(let count): .number(String(count))
        case .day(let day): day.map(SheetCell.day) ?? .empty
        case .figure(let value, let digits): value.map { .number(NumberFormat.decimal($0, digits: digits, in: .en)) } ?? .empty
        }
    }

    /// A sheet per section, headed by its columns, for a workbook: names cut to the 31 characters a
    /// workbook allows and told apart where the cut makes two alike.
    public var sheets: [Sheet] {
        var used: Set<String> = []
        return sections.map { section in
            let base = Sheet.workbookName(section.title.visible)
            var name = base
            var number = 2
            while !used.insert(name).inserted {
                name = String(base.prefix(26)) + " (\(number))"
                number += 1
            }
            let header = SheetRow(number: 1, cells: section.columns.map { .text($0.title.visible) })
            let rows = section.rows.enumerated().map { SheetRow(number: $0 + 2, cells: $1.map(Self.sheetCell)) }
            return Sheet(name: name, rows: [header] + rows)
        }
    }

    // MARK: JSON

    func json() -> String {
        var root = JSONObjectBuilder()
        root.set("title", .string(title))
        root.set("referenceDate", .string(referenceDate.description))
        root.set("language", .string(language.rawValue))
        root.set("sections", JSONValue(sections.map { section in
            var builder = JSONObjectBuilder()
            builder.set("id", .string(section.id))
            builder.set("title", .string(section.title))
            builder.set("columns", JSONValue(section.columns.map { column in
                .object([JSONMember("id", JSONNode(.string(column.id))), JSONMember("title", JSONNode(.string(column.title)))])
            }))
            builder.set("rows", JSONValue(section.rows.map { row in
                .object(zip(section.columns, row).map { column, cell in JSONMember(column.id, JSONNode(jsonValue(cell))) })
            }))
            return builder.value
        }))
        return JSONWriter.prettyPrinted(root.value)
    }

    private func jsonValue(_ cell: ReportCell) -> JSONValue {
        switch cell {
        case .text(let text): .string(text)
        case .money(let money): .number(money.plainText)
        case .count(let count): .number(String(count))
        case .day(let day): day.map { .string($0.description) } ?? .null
        case .figure(let value, let digits): value.map { .number(NumberFormat.decimal($0, digits: digits, in: .en)) } ?? .null
        }
    }
}
