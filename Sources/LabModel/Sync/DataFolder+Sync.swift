// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#endif

/// What a synchronisation does to the folder itself, holding its exclusive lock so that no edit is
/// saved in between: fold the journal before the folder is committed, and put a merged version in
/// place all at once, the way a compaction does, so that whatever stops it the folder reads.
extension DataFolder {
    /// An edit folded for a synchronisation, as its commit message tells it.
    public struct FoldedEdit: Sendable, Hashable {
        public let kind: EntityKind
        public let id: String
        public let by: String
        public let fields: [String]
    }

    /// Runs `body` holding the folder's exclusive lock.
    public func whileLocked<T>(whileWaiting: () -> Void = {}, _ body: () throws -> T) throws -> T {
        let lock = try exclusiveLock(whileWaiting: whileWaiting)
        return try withExtendedLifetime(lock) { try body() }
    }

    /// The folder as it is now, read by a caller that holds the exclusive lock (`whileLocked`).
    public func readWhileLocked() -> LoadReport {
        FolderSession.read(self, keepingHistory: false).report
    }

    /// Folds the journal into the files, as `compact` does, and returns what its edits changed; with
    /// an empty journal, nothing is read. The caller holds the exclusive lock (`whileLocked`).
    public func foldForSync() throws(EditFailure) -> [FoldedEdit] {
        let journal = (try? FileBytes.read(journalPath)) ?? []
        guard !journal.isEmpty else { return [] }
        let (session, report) = FolderSession.read(self, keepingHistory: false)
        guard var session, report.problems.isEmpty else { throw .folderUnusable(report) }
        var current: [String: EntityValue] = [:]
        let files = loadFiles().data
        var folded: [FoldedEdit] = []
        for (_, entry) in JournalReader.read(journal).entries {
            let key = entry.value.kind.rawValue + "/" + entry.value.id
            let before = current[key] ?? files?.value(entry.value.kind, entry.value.id)
            current[key] = entry.value
            folded.append(FoldedEdit(kind: entry.value.kind, id: entry.value.id, by: entry.by, fields: entry.value.changes(from: before).map(\.field)))
        }
        _ = try session.foldUnlocked()
        return folded
    }

    /// Makes `files` (paths in the folder and their contents) current all at once and removes
    /// `removed`; the journal and data files as a compaction does, the rest (schemas, git's
    /// settings) after them. The caller holds the exclusive lock.
    public func replace(_ files: [String: [UInt8]], removing removed: [String]) throws(WriteFailure) {
        let together = files.keys.filter { !$0.contains("/") || HistorySegments.isSegment($0) }.sorted { first, second in
            // The journal last, as a compaction does: a reader that sees it new sees the files new too.
            (first == JournalReader.fileName ? 1 : 0, first) < (second == JournalReader.fileName ? 1 : 0, second)
        }
        if together.contains(where: HistorySegments.isSegment) { _ = try HistorySegments.nextName(in: path) }
        try Compaction.run(in: path, files: together.map { name in
            let bytes = files[name]!
            return (name, { write throws(WriteFailure) in try write(bytes) })
        })
        for name in files.keys.sorted() where !together.contains(name) {
            let folder = AtomicFile.parentFolder(of: path + "/" + name)
            if mkdir(folder, 0o750) != 0, errno != EEXIST { throw WriteFailure(path: folder, reason: SystemError.describe(errno)) }
            try AtomicFile.write(String(decoding: files[name]!, as: UTF8.self), to: path + "/" + name)
        }
        for name in removed where unlink(path + "/" + name) != 0 && errno != ENOENT {
            throw WriteFailure(path: path + "/" + name, reason: SystemError.describe(errno))
        }
    }
}
