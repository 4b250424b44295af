import Foundation
import LabModel

/// A column of a pane's table.
struct TableColumn: Sendable {
    let title: UIText
    let minWidth: Int
    /// Share of the width left after every column has its minimum.
    let weight: Int
    var alignRight = false
    /// When the table is too narrow, the columns of lowest priority are left out first.
    var priority = 5
}

/// What a row sorts by in one column.
enum SortKey: Comparable, Sendable {
    case number(Int64)
    case text(String)
}

/// One row of a pane's table, formatted for the current language.
struct TableRow: Sendable {
    let id: String
    let cells: [String]
    let sortKeys: [SortKey]
    var cellSlots: [ThemeSlot?] = []
    /// Lower-cased text without diacritics, for the filter.
    let searchText: String

    init(id: String, cells: [String], sortKeys: [SortKey], cellSlots: [ThemeSlot?] = []) {
        self.id = id
        self.cells = cells
        self.sortKeys = sortKeys
        self.cellSlots = cellSlots
        searchText = TableRow.folded(cells.joined(separator: " ") + " " + id)
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    func slot(of column: Int) -> ThemeSlot? {
        column < cellSlots.count ? cellSlots[column] : nil
    }
}

/// A pane's table: its columns and all its rows, before filter and sort.
struct TableModel: Sendable {
    let columns: [TableColumn]
    let rows: [TableRow]

    /// The rows that match every word of the filter, in the chosen order.
    func visibleRows(filter: String, sortColumn: Int?, descending: Bool) -> [TableRow] {
        let words = TableRow.folded(filter).split(separator: " ")
        var shown = words.isEmpty ? rows : rows.filter { row in words.allSatisfy { row.searchText.contains($0) } }
        if let sortColumn, sortColumn < columns.count {
            let order = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1.id, $0) })
            shown.sort { left, right in
                let (a, b) = (left.sortKeys[sortColumn], right.sortKeys[sortColumn])
                if a != b { return descending ? a > b : a < b }
                return order[left.id]! < order[right.id]!
            }
        } else if descending {
            shown.reverse()
        }
        return shown
    }
}
