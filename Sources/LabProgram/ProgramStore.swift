// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import LabViews

/// Where the program's data lives: it is read, saved to, folded, and watched for other
/// people's edits. Every answer comes back as events for `App.update`.
public protocol ProgramStore {
    /// Whether edits can be saved here at all.
    var isWritable: Bool { get }
    var history: [HistoryItem] { get }
    /// Readable when the data may have changed (an inotify descriptor); `nil` when only `nextCheck` tells.
    var wakeDescriptor: Int32? { get }
    /// When the store wants to look again without being woken: polling, or a retry after a failed read.
    func nextCheck(after now: Date) -> Date?
    /// What others changed since the last look; cheap when nothing did.
    mutating func changes(at now: Date, whileWaiting: () -> Void) -> [AppEvent]
    mutating func readAll(at now: Date, whileWaiting: () -> Void) -> [AppEvent]
    mutating func commit(_ change: EntityChange, author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent]
    /// Saves the edits of a bulk action with one write; what could not be saved is reported, not lost.
    mutating func commitEach(_ changes: [EntityChange], author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent]
    /// Work that may wait until the frame after an edit is drawn: folding a long journal into the files.
    mutating func tidyWhileIdle(at now: Date, whileWaiting: () -> Void) -> [AppEvent]
    /// Starts a synchronisation with the git server in the background; its end comes as `.synced` from `changes`.
    mutating func startSync(author: String, language: Language, at now: Date) -> [AppEvent]
    /// Saves the change decided for a synchronisation's conflict (if any), then records the decision.
    mutating func decide(_ conflict: String, _ change: EntityChange?, author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent]
}

extension ProgramStore {
    public mutating func tidyWhileIdle(at now: Date, whileWaiting: () -> Void) -> [AppEvent] { [] }

    public mutating func startSync(author: String, language: Language, at now: Date) -> [AppEvent] {
        [.synced(.failure(SyncProblem(LocalizedText(nl: UIText.notSynchronised.text(in: .nl), en: UIText.notSynchronised.text(in: .en)))), at: now)]
    }

    public mutating func decide(_ conflict: String, _ change: EntityChange?, author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        change.map { [.commitFailed(.readOnly, $0)] } ?? []
    }
}

/// What a store did, for the activity log.
public enum StoreNote: Sendable {
    case read(FolderSession.Change, path: String)
    case saved(JournalEntry)
    case refused(EditFailure, EntityChange)
    case compacted(DataFolder)
}
