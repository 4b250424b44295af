import Foundation
import LabModel
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

    public init(_ session: FolderSession, polling: Bool, readOnly: Bool,
                note: @escaping (StoreNote) -> Void = { _ in }) {
        self.session = session
        watcher = FolderWatcher(folder: session.folder, polling: polling)
        self.readOnly = readOnly
        self.note = note
    }

    public var isWritable: Bool { !readOnly && session.folder.isWritable }
    public var history: [HistoryItem] { session.history }
    public var wakeDescriptor: Int32? { watcher.wakeDescriptor }

    public func nextCheck(after now: Date) -> Date? {
        let polling = watcher.method == .polling ? now.addingTimeInterval(FolderWatcher.pollInterval) : nil
        return [polling, session.lastReadFailed ? nextRetry : nil].compactMap { $0 }.min()
    }

    public mutating func changes(at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
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
