// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A table as a spreadsheet holds it: rows of cells, each row with the number the spreadsheet shows.
/// The readers of `.xlsx` and `.csv` make these, the import reads them, the export writes them.
public struct Sheet: Sendable, Hashable {
    public var name: String
    public var rows: [SheetRow]

    public init(name: String, rows: [SheetRow]) {
        self.name = name
        self.rows = rows
    }
}

extension Sheet {
    /// A name a workbook allows: at most 31 characters, none of `[]:*?/\`.
    public static func workbookName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }
}

public struct SheetRow: Sendable, Hashable {
    /// The row's number as the spreadsheet shows it, from 1.
    public let number: Int
    public var cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    public var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }

    public subscript(column: Int) -> SheetCell { column < cells.count ? cells[column] : .empty }
}

/// One cell: a text, an exact number (in plain form, `30000.5`), a date, or nothing.
public enum SheetCell: Sendable, Hashable {
    case empty
    case text(String)
    case number(String)
    case day(Day)
    /// Euros: a number the export formats as money.
    case money(Money)

    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.trimmingWhitespace().isEmpty
        default: false
        }
    }
}

/// A column's name as spreadsheets show it: A, B, ..., Z, AA, AB, ...
public enum ColumnName {
    public static func letters(_ index: Int) -> String {
        var index = index + 1
        var letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }

    /// The column index of a cell reference such as `C7` or `AB12`; `nil` when it has no letters.
    public static func index(ofReference reference: some StringProtocol) -> Int? {
        var index = 0
        var sawLetter = false
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            index = index * 26 + Int(scalar.value - 64)
            sawLetter = true
        }
        return sawLetter ? index - 1 : nil
    }
}
