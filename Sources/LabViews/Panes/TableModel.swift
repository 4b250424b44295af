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
        String(decoding: SearchText.folded(text), as: UTF8.self)
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
    let searchTexts = SearchTexts()

    /// The folded text of every row (its cells and id), made when a filter first needs it and
    /// kept with the model. It formats every row, so it is made on all cores.
    final class SearchTexts: @unchecked Sendable {
        private let lock = NSLock()
        private var texts: [[UInt8]]?
        private var isStarted = false

        /// Starts making the texts on another thread, once; a filter that needs them meanwhile waits for them.
        func prepareInBackground(_ model: TableModel) {
            lock.lock()
            defer { lock.unlock() }
            guard !isStarted, texts == nil else { return }
            isStarted = true
            let work = UncheckedSendable(value: (self, model))
            DispatchQueue.global(qos: .utility).async { _ = work.value.0.all(work.value.1) }
        }

        func all(_ model: TableModel) -> [[UInt8]] {
            lock.lock()
            defer { lock.unlock() }
            if let texts { return texts }
            let count = model.ids.count
            var made = [[UInt8]](repeating: [], count: count)
            made.withUnsafeMutableBufferPointer { buffer in
                // Each chunk writes its own slots.
                let work = UncheckedSendable(value: (model, buffer))
                let chunkSize = 2_048
                DispatchQueue.concurrentPerform(iterations: (count + chunkSize - 1) / chunkSize) { chunk in
                    let (model, buffer) = work.value
                    for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                        let row = model.row(index)
                        buffer[index] = SearchText.folded(row.cells.joined(separator: " ") + " " + row.id)
                    }
                }
            }
            texts = made
            return made
        }
    }

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
        let words = SearchText.folded(filter).split(separator: UInt8(ascii: " ")).map(Array.init)
        guard !words.isEmpty else { return order }
        let texts = searchTexts.all(self)
        return order.filter { index in words.allSatisfy { SearchText.contains(texts[index], $0) } }
    }
}

/// What is handed to other threads that only read it: the rows are formatted from data that no one changes meanwhile.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
}

/// The rows a user sees, in order; each row is formatted when it is read.
struct RowList: RandomAccessCollection {
    let model: TableModel
    let order: [Int]
    /// What is worked out from all the rows once, and kept as long as the rows are.
    let memo = Memo()

    final class Memo {
        /// The last id looked up and where it was: a frame asks for the selection several times,
        /// and a key moves it by a row or a page.
        fileprivate var lastLookup: (id: String, position: Int?)?
        var commitmentTotals: EuroTotals?
    }

    var startIndex: Int { 0 }
    var endIndex: Int { order.count }

    subscript(position: Int) -> TableRow { model.row(order[position]) }

    func id(at position: Int) -> String { model.ids[order[position]] }

    var ids: [String] { order.map { model.ids[$0] } }

    func position(of id: String?) -> Int? {
        guard let id else { return nil }
        if let last = memo.lastLookup, last.id == id { return last.position }
        let near = memo.lastLookup?.position ?? 0
        let position = order.indices.clamped(to: Swift.max(0, near - 64)..<Swift.min(order.count, near + 64)).first { model.ids[order[$0]] == id }
            ?? order.firstIndex { model.ids[$0] == id }
        memo.lastLookup = (id, position)
        return position
    }
}
