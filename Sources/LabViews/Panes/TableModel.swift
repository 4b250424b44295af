// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import Synchronization
import LabModel

/// A column of a pane's table.
struct TableColumn: Sendable {
    let title: LocalizedText
    let minWidth: Int
    /// Share of the width left after every column has its minimum.
    let weight: Int
    var alignRight = false
    /// When the table is too narrow, the columns of lowest priority are left out first.
    var priority = 5

    init(heading: LocalizedText, minWidth: Int, weight: Int, alignRight: Bool = false, priority: Int = 5) {
        title = heading
        self.minWidth = minWidth
        self.weight = weight
        self.alignRight = alignRight
        self.priority = priority
    }

    init(title: UIText, minWidth: Int, weight: Int, alignRight: Bool = false, priority: Int = 5) {
        self.init(heading: LocalizedText(nl: title.text(in: .nl), en: title.text(in: .en)), minWidth: minWidth, weight: weight,
                  alignRight: alignRight, priority: priority)
    }
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
struct TableModel: Sendable {
    let columns: [TableColumn]
    /// The ids in the list's natural order.
    let ids: PiecedList<String>
    let row: @Sendable (Int) -> TableRow
    let sortKey: @Sendable (_ row: Int, _ column: Int) -> SortKey
    /// Where the row of an id stands, when the table can say it without looking through `ids`.
    var rowPosition: (@Sendable (String) -> Int?)?
    /// The entity a row shows, for the field terms of a filter; `nil` for a table of other rows (the log).
    var entity: (@Sendable (Int) -> EntityValue?)?
    let searchTexts = SearchTexts()

    /// The folded text of every row (its cells, apart), made when a filter first needs it and
    /// kept with the model, which no one changes: only this is filled in later, once. It formats
    /// every row, so it is made on all cores, and may be started on another thread while the
    /// program waits for a key.
    final class SearchTexts: Sendable {
        private let texts = Mutex<[[UInt8]]?>(nil)
        private let isStarted = Mutex(false)
        /// Set once the texts are there: asking then does not wait for another thread making them.
        private let isMade = Atomic(false)

        /// Starts making the texts on another thread, once; a filter that needs them meanwhile waits for them.
        func prepareInBackground(_ model: TableModel) {
            guard isStarted.withLock({ started in defer { started = true }; return !started }) else { return }
            DispatchQueue.global(qos: .utility).async { _ = self.all(model) }
        }

        func all(_ model: TableModel) -> [[UInt8]] {
            texts.withLock { texts in
                if let texts { return texts }
                let made = Self.make(model)
                texts = made
                isMade.store(true, ordering: .releasing)
                return made
            }
        }

        /// The texts of an older table of the same rows, made again for `positions`; nothing when
        /// that table's texts are not made (yet).
        func inherit(from old: SearchTexts, remaking positions: Set<Int>, of model: TableModel) {
            guard old.isMade.load(ordering: .acquiring), let previous = old.texts.withLock({ $0 }) else { return }
            var inherited = Array(previous.prefix(model.ids.count))
            inherited += repeatElement([], count: model.ids.count - inherited.count)
            for position in positions { inherited[position] = Self.text(of: model.row(position)) }
            isStarted.withLock { $0 = true }
            texts.withLock { $0 = inherited }
            isMade.store(true, ordering: .releasing)
        }

        private static func text(of row: TableRow) -> [UInt8] {
            SearchText.folded(row.cells.joined(separator: String(UnicodeScalar(TableModel.cellSeparator))))
        }

        private static func make(_ model: TableModel) -> [[UInt8]] {
            Parallel.map(model.ids.count, inChunksOf: 2_048) { rows in rows.map { text(of: model.row($0)) } }
        }
    }

    /// Between the cells of a row's search text: no word typed contains it.
    static let cellSeparator: UInt8 = 0x1F

    /// The rows that pass the filter, in the chosen order.
    func visibleRows(filter: RowFilter, sortColumn: Int?, descending: Bool) -> RowList {
        var order = matching(Array(ids.indices), filter)
        if let sortColumn, sortColumn < columns.count {
            let keys = Dictionary(uniqueKeysWithValues: order.map { ($0, sortKey($0, sortColumn)) })
            order.sort { Self.comesBefore(($0, keys[$0]), ($1, keys[$1]), descending: descending) }
        } else if descending {
            order.reverse()
        }
        return RowList(model: self, order: order)
    }

    /// The rows of `rows` that also pass a narrower filter, in the same order.
    func narrowed(_ rows: RowList, to filter: RowFilter) -> RowList {
        RowList(model: self, order: matching(rows.order, filter))
    }

    /// The rows of `order` that pass: each word in a searched cell (or, with `-`, in none), and every field term.
    func matching(_ order: [Int], _ filter: RowFilter) -> [Int] {
        let query = filter.query
        guard !query.isEmpty else { return order }
        let texts = query.words.isEmpty ? [] : searchTexts.all(self)
        // With every column on screen, a word is looked for in the whole text at once.
        let searched = filter.searchedColumns.flatMap { columns in
            columns.isSuperset(of: self.columns.indices) ? nil : self.columns.indices.map(columns.contains)
        }
        let entity = query.terms.isEmpty ? nil : entity
        let matcher = FilterMatcher(query, data: filter.data, day: filter.day, language: filter.language)
        // A first letter on a hundred thousand rows: the rows are shared out over every core.
        return Parallel.map(order.count, inChunksOf: 16_384) { positions in
            order[positions].filter { index in
                query.words.allSatisfy { $0.isNegated != Self.contains(texts[index], $0.folded, inColumns: searched) }
                    && (query.terms.isEmpty || entity?(index).map(matcher.admits) == true)
            }
        }
    }

    /// Whether `word` is in a cell of `text` whose column is searched (all when `columns` is `nil`).
    static func contains(_ text: [UInt8], _ word: [UInt8], inColumns columns: [Bool]?) -> Bool {
        guard let columns else { return SearchText.contains(text[...], word) }
        var column = 0
        var start = 0
        for end in 0...text.count where end == text.count || text[end] == cellSeparator {
            if column < columns.count, columns[column], SearchText.contains(text[start..<end], word) { return true }
            column += 1
            start = end + 1
        }
        return false
    }
}

/// A filter as rows are matched with it: what was typed, read for the table's rows, and the
/// columns on screen, in which plain words are looked for.
struct RowFilter: Sendable {
    private(set) var query: FilterQuery
    /// `nil`: every column (a filter given on the command line, for no screen).
    let searchedColumns: Set<Int>?
    let data: LabData
    let language: Language
    /// The day the lab is seen as of: `vandaag` in a filter, and the facts worked out for it.
    let day: Day

    /// The same filter with its text read anew.
    func with(_ query: FilterQuery) -> RowFilter {
        var filter = self
        filter.query = query
        return filter
    }

    init(_ text: String, kind: EntityKind?, searchedColumns: Set<Int>?, data: LabData, language: Language, day: Day,
         showsPersonalData: Bool = true) {
        query = FilterQuery(text, kind: kind, language: language, today: day, showsPersonalData: showsPersonalData)
        self.searchedColumns = searchedColumns
        self.data = data
        self.language = language
        self.day = day
    }
}

/// The rows a user sees, in order; each row is formatted when it is read.
struct RowList: RandomAccessCollection, Sendable {
    let model: TableModel
    let order: [Int]

    var startIndex: Int { 0 }
    var endIndex: Int { order.count }

    subscript(position: Int) -> TableRow { model.row(order[position]) }

    func id(at position: Int) -> String { model.ids[order[position]] }

    var ids: [String] { order.map { model.ids[$0] } }

    /// Where the row is; looked for around `near` first, since a key moves the selection by a row or a page.
    func position(of id: String?, near: Int = 0) -> Int? {
        guard let id else { return nil }
        let near = Swift.min(Swift.max(0, near), order.count)
        return order.indices.clamped(to: Swift.max(0, near - 64)..<Swift.min(order.count, near + 64)).first { model.ids[order[$0]] == id }
            ?? order.firstIndex { model.ids[$0] == id }
    }
}
