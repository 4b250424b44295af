// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// `:sync` and `:beslis`: the folder exchanged with its git server in the background, what it
/// brought said in the status line, and a conflict it found decided in the conflict dialog.
enum Synchronising {
    static func start(in state: inout AppState) -> [Effect] {
        guard case .folder = state.source, state.sync.status.isRepository else {
            state.message = StatusMessage(.notSynchronised, kind: .error)
            return []
        }
        guard !state.isReadOnly else {
            state.message = StatusMessage(.readOnlyRefusal, kind: .error)
            return []
        }
        guard !state.sync.isRunning else {
            state.message = StatusMessage(.syncRunning)
            return []
        }
        state.sync.isRunning = true
        state.message = StatusMessage(.syncing)
        return [.sync(state.language)]
    }

    static func synced(_ result: Result<SyncOutcome, SyncProblem>, in state: inout AppState) -> [Effect] {
        state.sync.isRunning = false
        switch result {
        case .success(let outcome):
            state.sync.status = outcome.status
            state.sync.savedSince = 0
            state.message = StatusMessage(kind: outcome.unreachable == nil && outcome.refused == nil ? .info : .error) { outcome.summary(in: $0) }
        case .failure(let problem):
            state.message = StatusMessage(kind: .error) { problem.text.text(in: $0) }
        }
        return []
    }

    /// The first conflict no one decided yet, in the conflict dialog.
    static func openConflict(in state: inout AppState) {
        guard let conflict = state.openConflicts.first else {
            state.message = StatusMessage(.noOpenConflicts)
            return
        }
        guard let current = state.data.value(conflict.kind, conflict.entityID) else {
            state.message = StatusMessage(.conflictGone, kind: .error)
            return
        }
        // Against what the merge started from; what was changed since stays as it is now.
        let fields = conflict.base.map { FieldMerge.merge(base: $0, theirs: current, mine: conflict.other).conflicts } ?? []
        var dialog = ConflictState(theirs: current, mine: EntityChange(conflict.other, basedOn: conflict.base?.stamp.revision, base: conflict.base),
                                   form: nil, fields: fields)
        dialog.synced = conflict
        state.mode = .conflict(dialog)
    }

    /// "sync ↑2 ↓0 14:05 · 1 conflict" for the status bar; empty for a folder git does not keep.
    static func status(_ state: AppState, glyphs: Glyphs) -> String {
        let sync = state.sync
        guard sync.status.isRepository else { return "" }
        var text = "sync"
        if sync.isRunning {
            text += " …"
        } else if sync.status.hasRemote {
            let unsent = sync.status.ahead + sync.status.unsent + sync.savedSince
            text += " \(glyphs.toSend)\(unsent) \(glyphs.toReceive)\(sync.status.behind)"
        }
        if let last = sync.status.lastSync {
            text += " " + LabTime.display(last, in: state.language, zone: LabTime.zone(of: state.data.lab), today: state.today)
        }
        let open = state.openConflicts.count
        if open > 0 {
            text += " · \(open) \(open == 1 ? "conflict" : (state.language == .nl ? "conflicten" : "conflicts")) \(state.say(.toDecide))"
        }
        return text
    }
}
