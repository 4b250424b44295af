import LabKeys
import LabModel

extension AppState {
    /// The current pane's table before filter and sort, or `nil` for panes without a list.
    var tableModel: TableModel? {
        cache.model(for: modelKey) {
            PaneTables.model(for: pane, data: data, history: history, language: language, day: referenceDay, showsContacts: showsContacts)
        }
    }

    private var modelKey: DerivedCache.ModelKey {
        DerivedCache.ModelKey(pane: pane, generation: data.generation, language: language, day: referenceDay,
                              historyCount: history.count, historyEnd: history.last.map { $0.entry.at.text + $0.entry.value.id })
    }

    /// The rows the user sees in the current pane.
    var visibleRows: RowList? {
        guard let model = tableModel else { return nil }
        return cache.rows(for: DerivedCache.RowsKey(model: modelKey, filter: list.filter, sortColumn: list.sortColumn,
                                                    descending: list.descending), model: model)
    }

    var selectedIndex: Int? {
        guard let rows = visibleRows, !rows.isEmpty else { return nil }
        return rows.position(of: list.selectedID) ?? 0
    }

    /// Makes the current table's search texts while the program waits for a key, so that the
    /// first letter typed into the filter need not wait for every row to be formatted.
    public func prepareFilterInBackground() {
        guard let model = tableModel else { return }
        model.searchTexts.prepareInBackground(model)
    }

    /// The id of the row the selection is on: the chosen one while it is in the list, else the first.
    var selectedRowID: String? {
        guard let rows = visibleRows, let index = selectedIndex else { return nil }
        return rows.id(at: index)
    }

    var layout: ScreenLayout { ScreenLayout(width: width, height: height) }

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
        if pane == .commitments, let commitment = selected.flatMap(data.commitment), commitment.state != .withdrawn {
            conditions.insert(.isCommitment)
        }
        if !ownEdits.isEmpty { conditions.insert(.hasOwnEdit) }
        if !undoneEdits.isEmpty { conditions.insert(.hasUndoneEdit) }
        if tour != nil { conditions.insert(.hasTour) }
        return conditions
    }

    /// Keeps the current list's selection on a row that exists, after any event: a list that is
    /// not shown is put right when it is shown, so that a change of data builds one table, not all.
    /// Selects and opens the row `id` of the current table; false when the table has no such row.
    public mutating func openRow(_ id: String) -> Bool {
        guard visibleRows?.position(of: id) != nil else { return false }
        list.selectedID = id
        list.openID = id
        return true
    }

    mutating func clampCurrentList() {
        guard let model = tableModel, let rows = visibleRows else { return }
        if rows.position(of: list.selectedID) == nil { list.selectedID = rows.isEmpty ? nil : rows.id(at: 0) }
        if let openID = list.openID, pane != .commitments, !model.ids.contains(openID) {
            list.openID = nil
        }
    }
}
