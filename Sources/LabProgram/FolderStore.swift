// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import LabSync
import LabViews

/// A data folder kept open: edits go through its journal, other people's edits are noticed by
/// a watcher, a long journal is folded after an own edit, and a failed read is tried again now
/// and then so that the screen mends itself when the folder is back.
public struct FolderStore: ProgramStore {
    public static let retryInterval: TimeInterval = 2

    public private(set) var session: FolderSession
    private let watcher: FolderWatcher
    private let readOnly: Bool
    private var hasEditedSinceTidying = false
    private let note: (StoreNote) -> Void
    private var nextRetry: Date?
    private var syncJob: SyncJob?
    /// `--sync-every`: how often the program synchronises on its own, and who and in which words.
    private let automaticSync: (interval: TimeInterval, author: String, language: Language)?
    private var nextSync: Date?
    /// How often a running synchronisation is asked whether it ended.
    static let syncCheckInterval: TimeInterval = 0.2

    public init(_ session: FolderSession, polling: Bool, readOnly: Bool,
                syncEvery automaticSync: (interval: TimeInterval, author: String, language: Language)? = nil,
                note: @escaping (StoreNote) -> Void = { _ in }) {
        self.session = session
        watcher = FolderWatcher(folder: session.folder, polling: polling)
        self.readOnly = readOnly
        self.note = note
        self.automaticSync = readOnly ? nil : automaticSync
        nextSync = self.automaticSync.map { Date().addingTimeInterval($0.interval) }
    }

    /// Where the folder stands against its git server, read from what is here.
    public var syncStatus: SyncStatus { FolderSync(folder: session.folder.path, author: "", language: .nl).status() }

    public var isWritable: Bool { !readOnly && session.folder.isWritable }
    public var history: [HistoryItem] { session.history }
    public var wakeDescriptor: Int32? { watcher.wakeDescriptor }

    public func nextCheck(after now: Date) -> Date? {
        let polling = watcher.method == .polling ? now.addingTimeInterval(FolderWatcher.pollInterval) : nil
        let syncing = syncJob == nil ? nextSync : now.addingTimeInterval(Self.syncCheckInterval)
        return [polling, session.lastReadFailed ? nextRetry : nil, syncing].compactMap { $0 }.min()
    }

    public mutating func startSync(author: String, language: Language, at now: Date) -> [AppEvent] {
        guard syncJob == nil else { return [] }
        syncJob = SyncJob(folder: session.folder.path, author: author, language: language)
        return []
    }

    public mutating func decide(_ conflict: String, _ change: EntityChange?, author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        var events: [AppEvent] = []
        if let change {
            events = commit(change, author: author, at: now, whileWaiting: whileWaiting)
            guard case .committed? = events.first else { return events }
        }
        do {
            try ConflictsFile.decide(conflict, by: author, at: Timestamp(now), in: session.folder)
        } catch {
            return events + [.conflictNotDecided(error)]
        }
        return events + self.events(for: session.refresh(whileWaiting: whileWaiting), at: now)
    }

    /// The end of a running synchronisation, and the start of one `--sync-every` asks for.
    private mutating func syncEvents(at now: Date) -> [AppEvent] {
        if let job = syncJob, let result = job.take() {
            syncJob = nil
            if let automaticSync { nextSync = now.addingTimeInterval(automaticSync.interval) }
            return [.synced(result, at: now)]
        }
        if syncJob == nil, let automaticSync, let due = nextSync, now >= due {
            nextSync = nil
            return startSync(author: automaticSync.author, language: automaticSync.language, at: now) + [.syncStarted]
        }
        return []
    }

    public mutating func changes(at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        let synced = syncEvents(at: now)
        guard synced.isEmpty else { return synced + changes(afterSyncAt: now, whileWaiting: whileWaiting) }
        return changes(afterSyncAt: now, whileWaiting: whileWaiting)
    }

    private mutating func changes(afterSyncAt now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        let retry = session.lastReadFailed && now >= (nextRetry ?? .distantPast)
        if retry { nextRetry = now.addingTimeInterval(Self.retryInterval) }
        guard watcher.hasChanged(now: now) || retry else { return [] }
        return events(for: session.refresh(whileWaiting: whileWaiting), at: now)
    }

    public mutating func readAll(at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        events(for: session.readAll(whileWaiting: whileWaiting), at: now)
    }

    public mutating func commit(_ change: EntityChange, author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        let saved: (entry: JournalEntry, before: EntityValue?)
        do {
            saved = try session.commit(author: author, now: now, whileWaiting: whileWaiting) { _ in change }
        } catch {
            note(.refused(error, change))
            return [.commitFailed(error, change)]
        }
        note(.saved(saved.entry))
        hasEditedSinceTidying = true
        // Other people's edits read on the way.
        return [.committed(saved.entry, before: saved.before, at: now)] + events(for: session.refresh(whileWaiting: whileWaiting), at: now)
    }

    public mutating func commitEach(_ changes: [EntityChange], author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        let outcome: (saved: [SavedEdit], refused: [RefusedEdit])
        do {
            outcome = try session.commitEach(changes, author: author, now: now, whileWaiting: whileWaiting)
        } catch {
            for change in changes { note(.refused(error, change)) }
            return [.committedEach(saved: [], refused: changes.map { RefusedEdit(change: $0, failure: error) }, at: now)]
        }
        for saved in outcome.saved { note(.saved(saved.entry)) }
        for refused in outcome.refused { note(.refused(refused.failure, refused.change)) }
        if !outcome.saved.isEmpty { hasEditedSinceTidying = true }
        return [.committedEach(saved: outcome.saved, refused: outcome.refused, at: now)] + events(for: session.refresh(whileWaiting: whileWaiting), at: now)
    }

    /// A long journal slows every load: it is folded in under the lock, as compact does, once an
    /// edit of this program's that made it long is shown. Programs that only watch leave it alone,
    /// so that ten of them on a shared folder do not each write it anew.
    public mutating func tidyWhileIdle(at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        guard hasEditedSinceTidying else { return [] }
        hasEditedSinceTidying = false
        guard session.needsCompaction(), (try? session.compactIfDue(whileWaiting: whileWaiting)) != nil else { return [] }
        note(.compacted(session.folder))
        return events(for: session.refresh(whileWaiting: whileWaiting), at: now)
    }

    private mutating func events(for change: FolderSession.Change, at now: Date) -> [AppEvent] {
        if case .none = change { return [] }
        nextRetry = session.lastReadFailed ? (nextRetry ?? now.addingTimeInterval(Self.retryInterval)) : nil
        note(.read(change, path: session.folder.path))
        return AppEvent.folderRead(change, from: session, at: now).map { [$0] } ?? []
    }
}
