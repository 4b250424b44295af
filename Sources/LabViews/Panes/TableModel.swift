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

/// One row of a table, formatted for the current language.
struct TableRow: Sendable {
    let id: String
    let cells: [String]
    var cellSlots: [ThemeSlot?] = []

    func slot(of column: Int) -> ThemeSlot? {
        column < cellSlots.count ? cellSlots[column] : nil
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// A pane's table. Rows are formatted only when they are asked for, so that a screen formats
/// the rows it shows, not the whole list; filtering and sorting ask only for what they need.
struct TableModel {
    let columns: [TableColumn]
    /// The ids in the list's natural order.
    let ids: [String]
    let row: (Int) -> TableRow
    let sortKey: (_ row: Int, _ column: Int) -> SortKey

    /// The rows that match every word of the filter (in any cell or the id), in the chosen order.
    func visibleRows(filter: String, sortColumn: Int?, descending: Bool) -> RowList {
        var order = matching(Array(ids.indices), filter)
        if let sortColumn, sortColumn < columns.count {
            let keys = Dictionary(uniqueKeysWithValues: order.map { ($0, sortKey($0, sortColumn)) })
            order.sort { left, right in
                let (a, b) = (keys[left]!, keys[right]!)
                if a != b { return descending ? a > b : a < b }
                return left < right
            }
        } else if descending {
            order.reverse()
        }
        return RowList(model: self, order: order)
    }

    /// The rows of `rows` that also match a longer filter, in the same order.
    func narrowed(_ rows: RowList, to filter: String) -> RowList {
        RowList(model: self, order: matching(rows.order, filter))
    }

    private func matching(_ order: [Int], _ filter: String) -> [Int] {
        let words = TableRow.folded(filter).split(separator: " ")
        guard !words.isEmpty else { return order }
        return order.filter { index in
            let formatted = row(index)
            let text = TableRow.folded(formatted.cells.joined(separator: " ") + " " + formatted.id)
            return words.allSatisfy { text.contains($0) }
        }
    }
}

/// The rows a user sees, in order; each row is formatted when it is read.
struct RowList: RandomAccessCollection {
    let model: TableModel
    let order: [Int]

    var startIndex: Int { 0 }
    var endIndex: Int { order.count }

    subscript(position: Int) -> TableRow { model.row(order[position]) }

    func id(at position: Int) -> String { model.ids[order[position]] }

    var ids: [String] { order.map { model.ids[$0] } }

    func position(of id: String?) -> Int? {
        guard let id else { return nil }
        return order.firstIndex { model.ids[$0] == id }
    }
}
