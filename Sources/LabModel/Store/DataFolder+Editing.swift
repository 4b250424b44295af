// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
#if canImport(Glibc)
import Glibc
#endif

/// A change to one entity: its whole new value, the revision the user saw (`nil` to create) and,
/// when known, that version itself, so that the change can be merged field by field with one saved
/// meanwhile. `merge` says what the user decided when such a merge had a conflict.
public struct EntityChange: Sendable, Hashable {
    public var value: EntityValue
    public var baseRevision: Int?
    public var base: EntityValue?
    public var merge: MergeRecord?

    public init(_ value: EntityValue, basedOn baseRevision: Int?, base: EntityValue? = nil, merge: MergeRecord? = nil) {
        self.value = value
        self.baseRevision = baseRevision
        self.base = base
        self.merge = merge
    }
}

/// An edit saved, with the entity as it was before (`nil` for a new one).
public struct SavedEdit: Sendable, Hashable {
    public let entry: JournalEntry
    public let before: EntityValue?

    public init(entry: JournalEntry, before: EntityValue?) {
        self.entry = entry
        self.before = before
    }
}

/// An edit of a bulk action that was not saved, and why.
public struct RefusedEdit: Sendable {
    public let change: EntityChange
    public let failure: EditFailure

    public init(change: EntityChange, failure: EditFailure) {
        self.change = change
        self.failure = failure
    }
}

/// Why an edit was not saved. Nothing was written in any of these cases.
public enum EditFailure: Error, Sendable {
    case folderUnusable(LoadReport)
    case lockTimedOut
    case cannotLock(String)
    /// Someone else saved the entity after the version the edit was based on, and changed `fields`
    /// differently; no fields when that version is not known, so that nothing could be merged.
    case conflict(current: EntityValue, fields: [FieldConflict])
    case alreadyExists(EntityKind, String)
    case notFound(EntityKind, String)
    case invalid([Problem])
    case cannotWrite(WriteFailure)
    /// The data may only be read here: the built-in sample, or `--read-only`.
    case readOnly
}

extension FolderLock.Failure {
    var problemKind: ProblemKind {
        switch self {
        case .cannotOpen(let reason), .notARegularFile(let reason): .fileUnreadable(reason: reason)
        case .timedOut: .fileUnreadable(reason: "locked by another process for more than \(Int(FolderLock.patience)) s")
        }
    }

    var editFailure: EditFailure {
        switch self {
        case .cannotOpen(let reason), .notARegularFile(let reason): .cannotLock(reason)
        case .timedOut: .lockTimedOut
        }
    }
}

extension EditFailure {
    /// Why the folder's exclusive lock could not be taken, said as a read says it.
    var lockReport: LoadReport {
        if case .folderUnusable(let report) = self { return report }
        let kind: ProblemKind = switch self {
        case .lockTimedOut: FolderLock.Failure.timedOut.problemKind
        case .cannotLock(let reason): FolderLock.Failure.cannotOpen(reason).problemKind
        default: .fileUnreadable(reason: "\(self)")
        }
        return LoadReport(data: nil, problems: [Problem(file: FolderLock.fileName, kind: kind)], couldNotRead: true)
    }
}

extension DataFolder {
    public var journalPath: String { path + "/" + JournalReader.fileName }

    /// Saves one edit: under the folder's exclusive lock it reads the current state, lets `makeChange`
    /// decide the change, refuses it when the entity changed since the revision it was based on or
    /// when the result would not validate, and appends it to the journal, flushed to disk.
    public func commit(author: String, now: Date = Date(),
                       _ makeChange: (LabData) throws(EditFailure) -> EntityChange) throws(EditFailure) -> (data: LabData, entry: JournalEntry) {
        let saved = try commitAll(author: author, now: now) { data throws(EditFailure) in [try makeChange(data)] }
        return (saved.data, saved.entries[0])
    }

    /// The journal entry for `change`, stamped. When the entity changed since the revision the change
    /// was based on, the change is merged field by field with the current version and refused only
    /// when both changed a field differently; it is also refused when the result would not validate.
    public static func checkedEntry(for change: EntityChange, in data: LabData, author: String, now: Date) throws(EditFailure) -> JournalEntry {
        try checkedEntry(for: change, in: data, author: author, at: Timestamp(now), edit: EditID.make())
    }

    /// The same, for an edit whose moment and identity are given: a repair that writes an edit again keeps both.
    static func checkedEntry(for change: EntityChange, in data: LabData, author: String, at moment: Timestamp,
                             edit: String) throws(EditFailure) -> JournalEntry {
        var value = change.value
        var baseRevision = change.baseRevision
        var merge = change.merge
        let current = data.value(value.kind, value.id)
        switch (change.baseRevision, current) {
        case (nil, .some): throw .alreadyExists(value.kind, value.id)
        case (.some, nil): throw .notFound(value.kind, value.id)
        case (.some(let revision), .some(let current)) where current.stamp.revision != revision:
            guard let base = change.base, base.stamp.revision == revision else { throw .conflict(current: current, fields: []) }
            let outcome = FieldMerge.merge(base: base, theirs: current, mine: value)
            guard outcome.conflicts.isEmpty else { throw .conflict(current: current, fields: outcome.conflicts) }
            guard let merged = FieldMerge.resolve(outcome, kind: value.kind, choosing: [:], stamp: current.stamp) else {
                throw .conflict(current: current, fields: [])
            }
            value = merged
            baseRevision = current.stamp.revision
            merge = MergeRecord(basedOn: merge?.basedOn ?? revision, keptTheirs: outcome.keptTheirs, chosen: merge?.chosen ?? [:])
        default: break
        }
        let stamped = value.stamped(Stamp(revision: (baseRevision ?? 0) + 1, updatedAt: moment, updatedBy: author))
        let problems = Validator.problemsReadingBack(stamped, in: data) + Validator.problems(of: stamped, in: data)
            + Validator.valueProblems(of: stamped, in: data)
        guard problems.isEmpty else { throw .invalid(problems) }
        return JournalEntry(edit: edit, at: moment, by: author, baseRevision: baseRevision, value: stamped, merge: merge)
    }

    func append(_ entry: JournalEntry) throws(EditFailure) {
        try append([entry])
    }

    /// The entries' lines appended with one write, flushed.
    func append(_ entries: [JournalEntry]) throws(EditFailure) {
        do {
            try JournalFile.append(entries.map(\.line).joined(separator: "\n"), to: journalPath)
        } catch {
            throw .cannotWrite(error)
        }
    }

    /// Takes the folder's exclusive lock, and finishes a compaction that was stopped before anything else is written.
    func exclusiveLock(whileWaiting: () -> Void = {}) throws(EditFailure) -> FolderLock? {
        let lock = try takeExclusiveLock(whileWaiting: whileWaiting)
        do {
            try Compaction.finishPending(in: path)
        } catch {
            throw .cannotWrite(error)
        }
        return lock
    }

    private func takeExclusiveLock(whileWaiting: () -> Void) throws(EditFailure) -> FolderLock? {
        do {
            return try FolderLock(folder: path, exclusive: true, whileWaiting: whileWaiting)
        } catch .cannotOpen(let reason) {
            // A folder that moved away is said as such, not as a lock file that cannot be opened.
            if let problem = folderProblem() { throw .folderUnusable(LoadReport(data: nil, problems: [problem], couldNotRead: true)) }
            throw .cannotLock(reason)
        } catch {
            throw error.editFailure
        }
    }

    /// The journal size from which the program folds it into the files on its own.
    public static let compactionThreshold = 1 << 20

    /// Whether the journal has grown past `threshold` bytes.
    func journalNeedsCompaction(threshold: Int = compactionThreshold) -> Bool {
        var status = stat()
        return stat(journalPath, &status) == 0 && Int(status.st_size) > threshold
    }

    /// Compacts when the journal holds more than the threshold that can be folded (lines it keeps,
    /// such as a conflict, do not count); returns how many edits were folded, `nil` when it was not due.
    public func compactIfDue() throws(EditFailure) -> Int? {
        guard journalNeedsCompaction() else { return nil }
        return try fold { $0.needsCompaction() }?.folded
    }

    /// Folds the journal into the files, all at once and under the exclusive lock, so that no edit is
    /// lost and no reader sees a half-done folder; what cannot be folded stays in the journal. Returns
    /// how many entries were folded and the journal lines that were skipped.
    public func compact() throws(EditFailure) -> (folded: Int, skipped: [Problem]) {
        try fold { _ in true }!
    }

    /// Reads the folder under the exclusive lock and folds it when `isDue` says so.
    private func fold(when isDue: (FolderSession) -> Bool) throws(EditFailure) -> (folded: Int, skipped: [Problem])? {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        let (session, report) = FolderSession.read(self, keepingHistory: false)
        guard var session, report.problems.isEmpty else { throw .folderUnusable(report) }
        guard isDue(session) else { return nil }
        return (try session.foldUnlocked(), report.warnings)
    }
}

/// Appending to the journal.
enum JournalFile {
    /// Writes one line with a single `write` and flushes it. A line cut off by an earlier writer
    /// that was killed is ended first, so that it stays one bad line and this one stays good.
    static func append(_ line: String, to path: String) throws(WriteFailure) {
        // A link could lead the line out of the folder; the journal is written only as a file of its own.
        let descriptor: Int32
        switch RegularFile.open(path, O_RDWR | O_APPEND | O_CREAT, mode: AtomicFile.newFileMode) {
        case .success(let open): descriptor = open
        case .failure(let failure): throw WriteFailure(path: path, reason: failure.description)
        }
        defer { close(descriptor) }
        var text = line + "\n"
        let size = lseek(descriptor, 0, SEEK_END)
        if size > 0 {
            var last: UInt8 = 0
            if pread(descriptor, &last, 1, size - 1) == 1, last != UInt8(ascii: "\n") { text = "\n" + text }
        }
        do throws(WriteFailure) {
            try AtomicFile.writeAll(Array(text.utf8), to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw WriteFailure(path: path, reason: SystemError.describe(errno)) }
        } catch {
            // A full disk can take half a line: cut it off again, so that the journal stays as it was.
            ftruncate(descriptor, max(size, 0))
            throw error
        }
    }
}
