// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// The two ways CSV files come: RFC 4180 (commas, a point before decimals), and what Excel writes on a
/// Dutch system (semicolons, a comma before decimals, often a byte order mark or Windows-1252 text).
public enum CSVDialect: Sendable, Hashable {
    case rfc4180
    case excelDutch

    var separator: UInt8 { self == .excelDutch ? UInt8(ascii: ";") : UInt8(ascii: ",") }

    /// How the file writes numbers, when the dialect says so.
    public var numberLanguage: Language? { self == .excelDutch ? .nl : nil }
}

/// Why a CSV file cannot be read, with the row and column where it went wrong.
public struct CSVFailure: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// A quoted field that the file never closes.
        case unclosedQuote
        /// Text after a quoted field's closing quote (`"a"b`).
        case textAfterQuote
    }

    public let row: Int
    public let column: Int
    public let reason: Reason

    public func message(in language: Language) -> String {
        let place = (language == .nl ? "rij \(row), kolom " : "row \(row), column ") + ColumnName.letters(column)
        switch (reason, language) {
        case (.unclosedQuote, .nl): return place + ": het aanhalingsteken aan het begin van dit veld wordt nergens gesloten"
        case (.unclosedQuote, .en): return place + ": the quote that opens this field is never closed"
        case (.textAfterQuote, .nl): return place + ": na het sluitende aanhalingsteken staat nog tekst; verdubbel een aanhalingsteken in een veld (\"\")"
        case (.textAfterQuote, .en): return place + ": there is text after the closing quote; double a quote inside a field (\"\")"
        }
    }
}

public enum CSVFormat {
    /// The sheet in `bytes`, in the dialect given or else the one the first row shows: at least as many
    /// semicolons as commas there is Excel's Dutch dialect. Text that is not UTF-8 is read as Windows-1252.
    public static func read(_ bytes: [UInt8], name: String, dialect: CSVDialect? = nil) -> Result<(sheet: Sheet, dialect: CSVDialect), CSVFailure> {
        let text = decoded(bytes)
        let dialect = dialect ?? detect(text)
        return records(text, separator: dialect.separator).map { rows in
            let sheetRows = rows.enumerated().map { index, fields in
                SheetRow(number: index + 1, cells: fields.map { $0.isEmpty ? .empty : .text(unprotected($0)) })
            }
            return (Sheet(name: name, rows: sheetRows), dialect)
        }
    }

    private static func decoded(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if String(validating: bytes, as: UTF8.self) != nil { return Array(bytes) }
        return Array((String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)).utf8)
    }

    private static func detect(_ text: [UInt8]) -> CSVDialect {
        var counts = (semicolons: 0, commas: 0)
        var quoted = false
        for byte in text {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: ";") { counts.semicolons += 1 }
            if byte == UInt8(ascii: ",") { counts.commas += 1 }
        }
        // A tie is Dutch Excel: its decimal commas stand beside its semicolons (`Café;30.000,5`).
        return counts.semicolons > 0 && counts.semicolons >= counts.commas ? .excelDutch : .rfc4180
    }

    /// The records of RFC 4180: fields split by the separator, records by CR LF or LF; a field in quotes
    /// may hold separators, line breaks and doubled quotes.
    private static func records(_ text: [UInt8], separator: UInt8) -> Result<[[String]], CSVFailure> {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var index = 0
        var fieldStart = true
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStart = true
        }
        while index < text.count {
            let byte = text[index]
            if fieldStart, byte == quote {
                let (column, opened) = (row.count, rows.count + 1)
                index += 1
                var closed = false
                while index < text.count {
                    if text[index] == quote {
                        if index + 1 < text.count, text[index + 1] == quote { field.append(quote); index += 2; continue }
                        closed = true
                        index += 1
                        break
                    }
                    field.append(text[index])
                    index += 1
                }
                guard closed else { return .failure(CSVFailure(row: opened, column: column, reason: .unclosedQuote)) }
                guard index >= text.count || [separator, newline, carriageReturn].contains(text[index]) else {
                    return .failure(CSVFailure(row: rows.count + 1, column: row.count, reason: .textAfterQuote))
                }
                fieldStart = false
                continue
            }
            fieldStart = false
            switch byte {
            case separator:
                endField()
            case carriageReturn where index + 1 < text.count && text[index + 1] == newline:
                break
            case newline:
                endField()
                rows.append(row)
                row = []
            default:
                field.append(byte)
            }
            index += 1
        }
        if !fieldStart || !field.isEmpty || !row.isEmpty { endField(); rows.append(row) }
        return .success(rows)
    }

    // MARK: Writing

    /// The sheet as CSV in the dialect: CR LF after every record, fields quoted where they must be,
    /// numbers with the dialect's decimal mark, dates as YYYY-MM-DD; Excel's dialect starts with a byte
    /// order mark so that Excel reads it as UTF-8.
    public static func write(_ sheet: Sheet, dialect: CSVDialect) -> [UInt8] {
        let separator = String(UnicodeScalar(dialect.separator))
        var text = dialect == .excelDutch ? "\u{FEFF}" : ""
        for row in sheet.rows {
            text += row.cells.map { field($0, dialect: dialect, separator: separator) }.joined(separator: separator) + "\r\n"
        }
        return Array(text.utf8)
    }

    private static func field(_ cell: SheetCell, dialect: CSVDialect, separator: String) -> String {
        let decimalComma = dialect == .excelDutch
        let text: String = switch cell {
        case .empty: ""
        case .text(let text): protected(text)
        case .number(let plain): decimalComma ? plain.replacing(".", with: ",") : plain
        case .money(let money): MoneyFormat.plain(money, decimalComma: decimalComma)
        case .day(let day): day.description
        }
        let mustQuote = text.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator })
        return mustQuote ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
    }

    /// A text that a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) gets a `'` before
    /// it, as spreadsheets themselves mark such text, so that opening the export runs nothing.
    private static func protected(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first), Double(text) == nil else { return text }
        return "'" + text
    }

    private static func unprotected(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, "=+-@".contains(second) else { return text }
        return String(text.dropFirst())
    }
}
