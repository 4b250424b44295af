// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabModel

/// The pure heart of the program: `update(state, event)` gives the next state and the effects
/// the runtime must carry out. No input or output happens here.
public enum App {
    public static func update(_ state: AppState, _ event: AppEvent) -> (AppState, [Effect]) {
        var next = state
        let effects = apply(event, to: &next)
        next.refreshDerived()
        return (next, effects)
    }

    static func apply(_ event: AppEvent, to state: inout AppState) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key, in: &state)
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            Navigation.keepSelectionVisible(in: &state)
            return []
        case .mouse(let mouse):
            return MouseHandling.handle(mouse, in: &state)
        case .reloaded(.success(let snapshot), let now):
            LiveChanges.apply(snapshot, at: now, to: &state)
            if let conflicts = snapshot.openConflicts { state.openConflicts = conflicts }
            return []
        case .tick(let now):
            state.highlights = state.highlights.filter { $0.value > now }
            TourPlayer.tick(now, in: &state)
            return []
        case .reloaded(.failure(let failure), _):
            let count = failure.problems.count
            state.message = StatusMessage(kind: .error) { language in
                "\(UIText.reloadFailed.text(in: language)): \(failure.problems.first?.rendered(in: language) ?? "")"
                    + (count > 1 ? " (+\(count - 1))" : "")
            }
            return []
        case .committed(let entry, let before, let now):
            state.sync.savedSince += 1
            Editing.committed(entry, before: before, at: now, in: &state)
            return []
        case .committedEach(let saved, let refused, let now):
            state.sync.savedSince += saved.count
            Marking.committed(saved, refused: refused, at: now, in: &state)
            return []
        case .commitFailed(let failure, let change):
            Editing.failed(failure, change, in: &state)
            return []
        case .themeLoaded(let name, .success):
            state.themeName = name
            state.message = StatusMessage { "\(UIText.themeSet.text(in: $0)): \(name)" }
            return []
        case .themeLoaded(let name, .failure(let problem)):
            state.message = StatusMessage(kind: .error) { "\(UIText.noSuchTheme.text(in: $0)) \"\(name.visible)\": \(problem.message(in: $0))" }
            return []
        case .exported(let path, let rows, nil):
            state.message = StatusMessage { "\(UIText.exported.text(in: $0)): \(path.visible) (\(Format.count(rows, $0)) \(UIText.rows.text(in: $0)))" }
            return []
        case .copied(let text, let toClipboard):
            Copying.copied(text, toClipboard: toClipboard, in: &state)
            return []
        case .viewsChanged(let result, let view, let deleted):
            ViewCommands.changed(result, view: view, deleted: deleted, in: &state)
            return []
        case .syncStatus(let status):
            state.sync.status = status
            state.sync.savedSince = 0
            return []
        case .synced(let result, _):
            return Synchronising.synced(result, in: &state)
        case .syncStarted:
            state.sync.isRunning = true
            return []
        case .conflictNotDecided(let failure):
            let data = state.data
            state.message = StatusMessage(kind: .error) { "\(UIText.notSaved.text(in: $0)): \(failure.reason(in: $0, data: data))" }
            return []
        case .exported(_, _, let failure?):
            state.message = StatusMessage(kind: .error) { "\(UIText.exportFailed.text(in: $0)): \(failure.text(in: $0).visible)" }
            return []
        }
    }

    static func handle(_ key: Key, in state: inout AppState) -> [Effect] {
        // A refusal stays on screen until it is dismissed, and Esc dismisses it before doing anything else.
        if key == .escape, state.message?.kind == .error {
            state.message = nil
            return []
        }
        switch state.keymap.resolve(key, in: state.inputContext, given: state.conditions) {
        case .perform(let id):
            return perform(id, in: &state)
        case .refuse(let id, let missing):
            state.message = Refusal.message(for: id, missing: missing)
            return []
        case .unbound:
            break
        }
        if case .character(let character) = key {
            if case .form(let form) = state.mode {
                Editing.type(character, on: form, in: &state)
            } else {
                InputEditing.insert(character, in: &state)
            }
        }
        return []
    }

    static func perform(_ id: ActionID, in state: inout AppState) -> [Effect] {
        // Ctrl-C stops from anywhere, a form or a dialog included.
        if id == .quitProgram { return quit(&state) }
        if state.message?.kind != .error { state.message = nil }
        if state.tour != nil, ![.nextStep, .previousStep, .pauseTour, .quitProgram].contains(id) {
            // Any other key takes over by hand.
            state.tour?.isPaused = true
        }
        switch state.mode {
        case .form(let form): return Editing.perform(id, on: form, in: &state)
        case .confirm(let confirmation) where id == .confirmYes || id == .confirmNo: return Editing.confirm(id, confirmation, in: &state)
        case .conflict(let conflict) where ActionTable.action(id).scope == .conflict: return Editing.resolve(id, conflict, in: &state)
        default: break
        }
        if case .help(let scroll) = state.mode, let step = helpScrollStep(for: id, state: state) {
            let limit = max(0, HelpOverlay.lineCount(state) - Viewport.helpHeight(state))
            state.mode = .help(scroll: Navigation.clamp(scroll.addingClamped(step), 0, limit))
            return []
        }
        switch id {
        case .showOverview, .showPartners, .showProjects, .showCommitments, .showNetwork, .showArrangements, .showLog, .showCapacity:
            state.pane = PaneID.allCases.first { $0.showAction == id }!
            state.backStack = []
        case .nextPane:
            state.pane = state.pane.next(by: 1)
            state.backStack = []
        case .previousPane:
            state.pane = state.pane.next(by: -1)
            state.backStack = []
        case .moveDown: Navigation.move(by: 1, in: &state)
        case .moveUp: Navigation.move(by: -1, in: &state)
        case .pageDown: Navigation.page(by: state.pageSize, in: &state)
        case .pageUp: Navigation.page(by: -state.pageSize, in: &state)
        case .moveTop: Navigation.move(by: Int.min / 2, in: &state)
        case .moveBottom: Navigation.move(by: Int.max / 2, in: &state)
        case .scrollRight: Navigation.scrollSideways(by: 1, in: &state)
        case .scrollLeft: Navigation.scrollSideways(by: -1, in: &state)
        case .openItem: Navigation.open(in: &state)
        case .goBack: Navigation.goBack(in: &state)
        case .backOrQuit:
            if state.list.openID != nil || !state.backStack.isEmpty { Navigation.goBack(in: &state) } else { return quit(&state) }
        case .copyID: return Copying.copyID(in: &state)
        case .copyEmail: return Copying.copyEmail(in: &state)
        case .toggleMark: Marking.toggle(in: &state)
        case .markAllShown: Marking.toggleAllShown(in: &state)
        case .startFilter:
            state.mode = .filtering(original: state.list.filter)
        case .nextMatch: Navigation.move(by: 1, in: &state, wrapping: true)
        case .previousMatch: Navigation.move(by: -1, in: &state, wrapping: true)
        case .sortNext: Navigation.sortByNextColumn(in: &state)
        case .sortReverse: state.list.descending.toggle()
        case .acceptInput, .cancelInput, .deleteBackward, .deleteForward, .moveCursorLeft, .moveCursorRight,
             .previousHistory, .nextHistory, .completeNext, .completePrevious:
            return InputEditing.perform(id, in: &state)
        case .addItem, .editItem, .postUpdate, .withdrawCommitment: Editing.open(id, in: &state)
        case .undoEdit: return Editing.step(.undo, in: &state)
        case .redoEdit: return Editing.step(.redo, in: &state)
        case .nextStep: TourPlayer.go(by: 1, in: &state)
        case .previousStep: TourPlayer.go(by: -1, in: &state)
        case .pauseTour: state.tour?.isPaused.toggle()
        case .nextField, .previousField, .nextChoice, .previousChoice, .confirmYes, .confirmNo, .keepTheirs, .applyMine, .editAgain,
             .nextConflictField, .previousConflictField, .chooseTheirs, .chooseMine, .saveChoices:
            break
        case .openHelp: state.mode = .help(scroll: 0)
        case .closeHelp: state.mode = .normal
        case .openCommand: state.mode = .command(text: "", cursor: 0, historyIndex: nil)
        case .reloadData:
            state.message = StatusMessage(.reloaded)
            return [.reload]
        case .quitProgram: return quit(&state)
        }
        return []
    }

    /// How far a movement action scrolls the help.
    private static func helpScrollStep(for id: ActionID, state: AppState) -> Int? {
        switch id {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: Viewport.helpHeight(state) - 1
        case .pageUp: 1 - Viewport.helpHeight(state)
        case .moveBottom: Int.max / 2
        case .moveTop: Int.min / 2
        default: nil
        }
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        state.isRunning = false
        return []
    }
}
