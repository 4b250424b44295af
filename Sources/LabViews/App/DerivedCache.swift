import Foundation
import LabModel

/// The tables derived from the data, kept between events until what they are made of changes:
/// moving through a list must not rebuild it, and typing a longer filter only narrows the rows.
final class DerivedCache: @unchecked Sendable {
    struct ModelKey: Hashable {
        let pane: PaneID
        let generation: UInt64
        let language: Language
        let day: Day
        let historyCount: Int
        let historyEnd: String?
    }

    struct RowsKey: Hashable {
        let model: ModelKey
        let filter: String
        let sortColumn: Int?
        let descending: Bool
    }

    struct OverviewKey: Hashable {
        let generation: UInt64
        let language: Language
        let day: Day
        let width: Int
        let height: Int
        let glyphs: Glyphs
    }

    private let lock = NSLock()
    private var models: [PaneID: (key: ModelKey, model: TableModel)] = [:]
    private var rows: [PaneID: (key: RowsKey, rows: RowList)] = [:]
    private var overview: (key: OverviewKey, columns: [[Line]])?

    func overviewColumns(for key: OverviewKey, build: () -> [[Line]]) -> [[Line]] {
        lock.lock()
        defer { lock.unlock() }
        if let overview, overview.key == key { return overview.columns }
        let columns = build()
        overview = (key, columns)
        return columns
    }

    func model(for key: ModelKey, build: () -> TableModel?) -> TableModel? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = models[key.pane], cached.key == key { return cached.model }
        guard let model = build() else { return nil }
        models[key.pane] = (key, model)
        return model
    }

    func rows(for key: RowsKey, model: TableModel) -> RowList {
        lock.lock()
        defer { lock.unlock() }
        let previous = rows[key.model.pane]
        if let previous, previous.key == key { return previous.rows }
        let result: RowList
        if let previous, previous.key.model == key.model, previous.key.sortColumn == key.sortColumn,
           previous.key.descending == key.descending, !previous.key.filter.isEmpty, key.filter.hasPrefix(previous.key.filter) {
            // A longer filter only removes rows: narrow the rows already found.
            result = model.narrowed(previous.rows, to: key.filter)
        } else {
            result = model.visibleRows(filter: key.filter, sortColumn: key.sortColumn, descending: key.descending)
        }
        rows[key.model.pane] = (key, result)
        return result
    }
}
