// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabModel

extension AppState {
    /// Takes in one changed entity, an own edit: the tables are updated for its row, not made again.
    public mutating func put(_ value: EntityValue) {
        var changed = data
        changed.put(value)
        takeData(changed, changed: [value])
    }

    /// Takes in the data with the journal's new edits laid over it, which `changed` holds.
    public mutating func takeData(_ newData: LabData, changed: [EntityValue]) {
        var derived = self.derived
        data = newData
        derived.noteChanged(changed)
        self.derived = derived
    }

    /// The current pane's table before filter and sort, or `nil` for panes without a list.
    var tableModel: TableModel? {
        if let made = derived.models[pane], made.key == modelKey { return made.model }
        return PaneTables.model(for: pane, data: data, history: history, language: language, day: referenceDay, showsContacts: showsContacts,
                                capacity: pane == .capacity ? capacity : nil)
    }

    /// Only the log is made of the history.
    private var modelKey: DerivedTables.ModelKey {
        DerivedTables.ModelKey(pane: pane, dataRevision: dataRevision, historyRevision: pane == .log ? historyRevision : 0,
                               language: language, day: referenceDay, showsContacts: showsContacts)
    }

    private var rowsKey: DerivedTables.RowsKey {
        DerivedTables.RowsKey(model: modelKey, filter: list.filter, searchedColumns: list.filter.isEmpty ? nil : columnsOnScreen,
                              sortColumn: list.sortColumn, descending: list.descending)
    }

    /// The columns of the current table that are on screen at this width and sideways scroll.
    var columnsOnScreen: Set<Int> {
        let key = columnsKey
        if let made = derived.columnsOnScreen, made.key == key { return made.value }
        guard let columns = tableModel?.columns else { return [] }
        let widths = TableView.shownWidths(columns, width: key.width, skipping: key.skipping)
        return Set(widths.indices.filter { widths[$0] > 0 })
    }

    private var columnsKey: DerivedTables.ColumnsKey {
        DerivedTables.ColumnsKey(model: modelKey, width: Viewport.tableWidth(self), skipping: list.horizontalOffset)
    }

    /// The current filter, read for the current table.
    var rowFilter: RowFilter { rowFilter(for: rowsKey) }

    private func rowFilter(for key: DerivedTables.RowsKey) -> RowFilter {
        if let made = derived.filter, made.key == key { return made.value }
        if let made = derived.filter, made.key.model == key.model, made.key.searchedColumns == key.searchedColumns,
           key.filter.hasPrefix(made.key.filter),
           let query = made.value.query.extended(from: made.key.filter, by: String(key.filter.dropFirst(made.key.filter.count))) {
            return made.value.with(query)
        }
        return RowFilter(key.filter, kind: pane.filteredKind, searchedColumns: key.searchedColumns, data: data, language: language,
                         day: referenceDay, showsPersonalData: showsContacts)
    }

    /// The rows the user sees in the current pane.
    var visibleRows: RowList? {
        if let made = derived.rows[pane], made.key == rowsKey { return made.rows }
        guard let model = tableModel else { return nil }
        return rows(for: rowsKey, model: model, after: derived.rows[pane])
    }

    /// The rows for `key`; a filter that keeps only rows the one before kept (`FilterQuery.narrows`),
    /// as typing mostly makes it, looks only through the rows found before.
    private func rows(for key: DerivedTables.RowsKey, model: TableModel, after previous: DerivedTables.Rows?) -> RowList {
        let filter = rowFilter(for: key)
        if let previous, previous.key.model == key.model, previous.key.sortColumn == key.sortColumn,
           previous.key.descending == key.descending, previous.key.searchedColumns == key.searchedColumns, !previous.key.filter.isEmpty,
           filter.query.narrows(previous.query) {
            return model.narrowed(previous.rows, to: filter)
        }
        return model.visibleRows(filter: filter, sortColumn: key.sortColumn, descending: key.descending)
    }

    /// The totals of the commitments shown.
    var shownCommitmentTotals: EuroTotals {
        if let made = derived.rows[.commitments], made.key == rowsKey, let totals = made.totals { return totals }
        return Self.totals(of: visibleRows, in: data)
    }

    private static func totals(of rows: RowList?, in data: LabData) -> EuroTotals {
        guard let rows else { return EuroTotals([]) }
        guard rows.count != data.commitments.count else { return EuroTotals(data.commitments) }
        // The table's rows are the data's commitments in list order: added up by position, not found by id.
        guard rows.model.ids.count == data.commitmentIDs.count, rows.order.allSatisfy({ rows.model.ids[$0] == data.commitmentIDs[$0] }) else {
            return EuroTotals(rows.ids.compactMap(data.commitment))
        }
        return EuroTotals(data.commitments, at: rows.order)
    }

    var selectedIndex: Int? {
        guard let rows = visibleRows, !rows.isEmpty else { return nil }
        let made = derived.selections[pane]
        if let made, made.rows == rowsKey, made.id == list.selectedID { return made.position }
        return rows.position(of: list.selectedID, near: made?.position ?? 0) ?? 0
    }

    /// Makes the current table's search texts while the program waits for a key, so that the
    /// first letter typed into the filter need not wait for every row to be formatted.
    public func prepareFilterInBackground() {
        derived.models[pane]?.model.searchTexts.prepareInBackground(derived.models[pane]!.model)
    }

    /// The id of the row the selection is on: the chosen one while it is in the list, else the first.
    var selectedRowID: String? {
        guard let rows = visibleRows, let index = selectedIndex else { return nil }
        return rows.id(at: index)
    }

    var layout: ScreenLayout {
        ScreenLayout(width: width, height: height, captionRows: tour.map { TourCaption.lines($0, state: self, width: width).count } ?? 0,
                     statusRows: StatusBar.messageLines(self, width: width, glyphs: glyphs).count)
    }

    /// How many rows one page of the current list or text holds.
    var pageSize: Int {
        let height = Navigation.scrollableLineCount(self) == nil ? Viewport.listHeight(self) : Viewport.textHeight(self)
        return max(1, height - 1)
    }

    /// What takes the keys now, for the key resolver.
    public var inputContext: InputContext {
        switch mode {
        case .normal: .panes(touring: tour != nil)
        case .filtering, .command: .textInput
        case .help: .help
        case .form: .form
        case .confirm: .confirm
        case .conflict: .conflict
        }
    }

    /// What holds now, for the action table's "enabled when".
    public var conditions: Conditions {
        var conditions: Conditions = []
        if let rows = visibleRows, !rows.isEmpty { conditions.insert(.hasRows) }
        if tableModel != nil { conditions.insert(.hasList) }
        if !list.filter.isEmpty { conditions.insert(.hasFilter) }
        if let model = tableModel, model.columns.count > 1 { conditions.insert(.isSortable) }
        if list.openID == nil ? pane.opensDetail : Navigation.chosenLink(self) != nil { conditions.insert(.canOpen) }
        if list.openID != nil || !list.filter.isEmpty || !backStack.isEmpty { conditions.insert(.canGoBack) }
        if case .folder = source {
            conditions.insert(.hasFolder)
            if !isReadOnly { conditions.insert(.canWrite) }
        }
        if [.partners, .projects, .commitments].contains(pane) { conditions.insert(.canAdd) }
        let selected = list.openID ?? list.selectedID
        if pane == .projects, selected.flatMap(data.project) != nil { conditions.insert(.isProject) }
        if pane == .commitments, !list.marked.isEmpty || selected.flatMap(data.commitment).map({ $0.state != .withdrawn }) == true {
            conditions.insert(.isCommitment)
        }
        if !ownEdits.isEmpty { conditions.insert(.hasOwnEdit) }
        if !undoneEdits.isEmpty { conditions.insert(.hasUndoneEdit) }
        if tour != nil { conditions.insert(.hasTour) }
        return conditions
    }

    /// Selects and opens the row `id` of the current table; false when the table has no such row.
    public mutating func openRow(_ id: String) -> Bool {
        guard visibleRows?.position(of: id) != nil else { return false }
        list.selectedID = id
        list.openID = id
        return true
    }

    /// The screen's height at which the open detail shows whole, without scrolling: a picture of a
    /// partner or a project for the minutes has all of it. The height itself when nothing is open.
    public var heightShowingTheWholeDetail: Int {
        guard list.openID != nil, let count = Navigation.scrollableLineCount(self) else { return height }
        return height + max(0, count - Viewport.textHeight(self))
    }

    /// Makes what the current pane shows from what changed, in one step, and keeps the selection
    /// on a row that exists: a list that is not shown is put right when it is shown, so that a
    /// change of data builds one table, not all.
    public mutating func refreshDerived() {
        let modelKey = modelKey
        var update: TableUpdate?
        if pane == .capacity { refreshCapacity() }
        if derived.models[pane]?.key != modelKey {
            let old = derived.models[pane]
            let model = PaneTables.model(for: pane, data: data, history: history, language: language, day: referenceDay,
                                         showsContacts: showsContacts, capacity: pane == .capacity ? capacity : nil)
            if let old, let model { update = TableUpdate(of: model, since: old, now: modelKey) }
            derived.models[pane] = model.map { DerivedTables.Model(key: modelKey, model: $0, data: data) }
        }
        if pane == .overview { refreshOverview() }
        if let key = sinceKey, derived.since?.key != key { derived.since = Self.since(key, history: history, data: data) }
        guard let model = derived.models[pane]?.model else { return }
        if derived.columnsOnScreen?.key != columnsKey { derived.columnsOnScreen = (columnsKey, columnsOnScreen) }
        let rowsKey = rowsKey
        if derived.filter?.key != rowsKey { derived.filter = (rowsKey, rowFilter(for: rowsKey)) }
        if derived.rows[pane]?.key != rowsKey {
            if let previous = derived.rows[pane], let update,
               let rows = update.rows(for: rowsKey, filter: rowFilter(for: rowsKey), after: previous, in: data) {
                derived.rows[pane] = rows
            } else {
                let rows = rows(for: rowsKey, model: model, after: derived.rows[pane])
                derived.rows[pane] = DerivedTables.Rows(key: rowsKey, rows: rows,
                                                        totals: pane == .commitments ? Self.totals(of: rows, in: data) : nil,
                                                        query: rowFilter(for: rowsKey).query)
            }
        }
        guard let rows = derived.rows[pane]?.rows else { return }
        defer { refreshDetail() }
        if let made = derived.selections[pane], made.rows == rowsKey, made.id == list.selectedID { return }
        let near = derived.selections[pane]?.position ?? 0
        var position = rows.position(of: list.selectedID, near: near)
        if position == nil {
            list.selectedID = rows.isEmpty ? nil : rows.id(at: 0)
            position = 0
        }
        derived.selections[pane] = DerivedTables.Selection(rows: rowsKey, id: list.selectedID, position: position ?? 0)
        if let openID = list.openID, pane != .commitments, !model.ids.contains(openID) {
            list.openID = nil
        }
    }

    func detailKey(id: String, width: Int) -> DerivedTables.DetailKey {
        DerivedTables.DetailKey(pane: pane, id: id, dataRevision: dataRevision, historyRevision: historyRevision, language: language,
                                day: referenceDay, sinceDay: sinceDay, showsContacts: showsContacts, width: width, glyphs: glyphs)
    }

    /// Makes the lines of the detail on screen, the open one or the one beside the list.
    private mutating func refreshDetail() {
        guard [.partners, .projects, .commitments].contains(pane) else { return }
        let beside = ScreenLayout.listAndDetail(in: layout.body, pane: pane, detailOpen: list.openID != nil).detail != nil
        guard let id = list.openID ?? (beside ? selectedRowID : nil) else { return }
        let key = detailKey(id: id, width: Viewport.textWidth(self))
        guard derived.detail?.key != key else { return }
        derived.detail = (key, DetailContent.make(for: id, in: self, width: key.width))
    }

    private var capacityKey: DerivedTables.CapacityKey {
        DerivedTables.CapacityKey(dataRevision: dataRevision, day: referenceDay)
    }

    /// The lab's organising capacity as the view shows it: of the data before the last change
    /// while a large lab's figures are being worked out, `nil` before the first are there.
    var capacity: OrganisingCapacity? {
        if let made = derived.capacity, made.key == capacityKey || derived.capacityJob != nil { return made.value }
        return CapacityJob.isQuick(data) ? OrganisingCapacity(data, on: referenceDay) : nil
    }

    /// The figures on screen are not those of the data now: a job is working them out.
    var isWorkingOutCapacity: Bool {
        pane == .capacity && derived.capacityJob != nil
    }

    /// Waits for a large lab's figures to be worked out, for a screen drawn once (a screenshot).
    public mutating func waitForCapacity() {
        guard let job = derived.capacityJob else { return }
        job.waitUntilFinished()
        refreshDerived()
    }

    /// When the program should next look whether that job is done; `nil` when there is none.
    public var nextCapacityLook: Date? {
        isWorkingOutCapacity ? derived.capacityJob?.nextLook : nil
    }

    private mutating func refreshCapacity() {
        let key = capacityKey
        guard derived.capacity?.key != key else { return }
        if CapacityJob.isQuick(data) {
            derived.capacity = (key, OrganisingCapacity(data, on: referenceDay))
            derived.capacityJob = nil
        } else if let job = derived.capacityJob, job.key == key {
            guard let done = job.finished else { return job.noteLook(at: Date()) }
            derived.capacity = (key, done)
            derived.capacityJob = nil
            // The table was made of the old figures.
            derived.models[.capacity] = nil
        } else {
            derived.capacityJob = CapacityJob(key: key, data: data, day: referenceDay)
        }
    }

    var overviewKey: DerivedTables.OverviewKey {
        DerivedTables.OverviewKey(dataRevision: dataRevision, language: language, day: referenceDay, width: Viewport.textWidth(self),
                                  height: height, glyphs: glyphs, isDemo: isDemo)
    }

    private mutating func refreshOverview() {
        let key = overviewKey
        guard derived.overview?.key != key else { return }
        derived.overview = (key, OverviewPane.buildColumns(self, width: key.width, glyphs: glyphs))
    }
}
