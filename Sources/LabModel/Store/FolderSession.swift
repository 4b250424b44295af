// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// A data folder held open by the program: the data and its history as last read, and how far
/// the journal was read. An edit, by another process or by the program itself, then costs the
/// journal's new lines instead of a reading of the whole folder; the files are read again only
/// when one of them changed.
public struct FolderSession: Sendable {
    public let folder: DataFolder
    public private(set) var data: LabData
    public var history: [HistoryItem] { historyBuilder.items }

    private var historyBuilder = HistoryBuilder()
    private let keepsHistory: Bool
    /// The data files and history.jsonl as they were read; when any differs, everything is read again.
    private var fileStamps: [FileStamp?]
    private var journal = JournalMark()
    /// What was read since the caller last asked, by `refresh` or on the way of an edit.
    private var unreported = Change.none

    /// How far the journal was read.
    private struct JournalMark: Sendable {
        var stamp: FileStamp?
        var readBytes = 0
        var readLines = 0
        /// The last bytes read, compared before reading on, so that a journal cut and written
        /// again in place is noticed.
        var tail: [UInt8] = []
        var skipped: [Problem] = []
        var torn: [Problem] = []
        /// The lines that are no edit at all (as opposed to edits that did not fit the data).
        var unreadableLines: Set<Int> = []
        /// Of those, the lines that are not even JSON: what a writer killed halfway leaves, never
        /// acknowledged, so compaction drops them. One that is JSON may be an edit by a later version.
        var cutLines: Set<Int> = []
        /// The edit ids of the lines read.
        var editIDs: Set<String> = []
        /// The lines of edits that did not fit the data: kept in the journal by compaction, to be shown.
        var skippedLines: Set<Int> = []
        /// For each edit, by line: the version before it, from which compaction tells in the history what it changed.
        var versionsBefore: [Int: EntityValue] = [:]
        /// Every complete line read, as written: what compaction keeps in history.jsonl, and what is
        /// written back when someone else cuts the journal short or removes it.
        var lines: [ArraySlice<UInt8>] = []
    }

    /// Lines of the journal that were read and are now gone while the data files stayed the same:
    /// someone cut the journal short or removed it. They are written back by the next refresh.
    private var lostLines: [ArraySlice<UInt8>]?
    /// A compaction was stopped after it counted as done when the folder was read (`Compaction`).
    private var compactionPending = false
    /// The last refresh could not use the folder; the program tries again now and then.
    public private(set) var lastReadFailed = false

    /// What a refresh found.
    public enum Change: Sendable {
        case none
        /// Entities new or changed in the journal, each once, in their latest version.
        case entities([EntityValue])
        /// The files changed, so everything was read again.
        case everything
        /// The folder cannot be used as it is now; the data stays as it was last read.
        case failed(LoadReport)
        /// Someone cut the journal short or removed it; the edits it held, read before, were
        /// written back and everything was read again.
        case restoredJournal(lines: Int)
    }

    /// Journal lines that were skipped, in line order.
    public var warnings: [Problem] {
        (journal.skipped + journal.torn).sorted { ($0.position?.line ?? 0) < ($1.position?.line ?? 0) }
    }

    private init(folder: DataFolder, data: LabData, keepsHistory: Bool, fileStamps: [FileStamp?]) {
        self.folder = folder
        self.data = data
        self.keepsHistory = keepsHistory
        self.fileStamps = fileStamps
    }

    /// Reads the folder under its shared lock; the session is `nil` when the report has problems.
    public static func open(_ folder: DataFolder) -> (session: FolderSession?, report: LoadReport) {
        do {
            let lock = try folder.sharedLock()
            return withExtendedLifetime(lock) { read(folder, keepingHistory: true) }
        } catch {
            return (nil, error.report)
        }
    }

    /// How many of the latest folded edits the program keeps at hand, at least: the history's latest
    /// segments, so that opening a folder with a long history does not read all of it.
    static let recentHistoryLength = 5_000

    /// Reads the whole folder; the caller holds the lock.
    static func read(_ folder: DataFolder, keepingHistory: Bool) -> (session: FolderSession?, report: LoadReport) {
        let fileStamps = folder.stampsOfFiles()
        var report = folder.loadFiles()
        guard let filesData = report.data else { return (nil, report) }
        var session = FolderSession(folder: folder, data: filesData, keepsHistory: keepingHistory, fileStamps: fileStamps)
        session.compactionPending = Compaction.isPending(in: folder.path)
        if keepingHistory {
            for entry in folder.recentHistory(atLeast: recentHistoryLength) {
                session.historyBuilder.record(entry, current: filesData.value(entry.value.kind, entry.value.id))
            }
        }
        if case .failed(let problem) = session.readJournal() {
            report.problems.append(problem)
            report.data = nil
            report.couldNotRead = true
            return (nil, report)
        }
        report.data = session.data
        report.warnings = session.warnings
        session.unreported = .none
        return (session, report)
    }

    /// Takes in what changed in the folder since it was last read, and returns it together with
    /// what was taken in on the way of an edit and not yet returned. `whileWaiting` is called
    /// when another process holds the folder's lock, here and in the other calls that take it.
    public mutating func refresh(whileWaiting: () -> Void = {}) -> Change {
        var change = underSharedLock(whileWaiting) { $0.refreshUnlocked() }
        if let lost = lostLines { change = restoreJournal(lost, whileWaiting: whileWaiting) }
        let failed = if case .failed = change { true } else { false }
        // The first good read after a failed one says so, even when nothing changed meanwhile.
        if lastReadFailed, case .none = change { change = .everything }
        lastReadFailed = failed
        return change
    }

    /// Writes back the edits of the journal that were read before and are gone now (`JournalRepair`),
    /// after every line the journal holds now, and reads everything again. When the lock or the
    /// disk refuses, the lines are kept for the next refresh.
    private mutating func restoreJournal(_ lost: [ArraySlice<UInt8>], whileWaiting: () -> Void) -> Change {
        let lock: FolderLock?
        do {
            lock = try folder.exclusiveLock(whileWaiting: whileWaiting)
        } catch {
            return .failed(error.lockReport)
        }
        return withExtendedLifetime(lock) {
            readAgain()
            // Reading again starts a new session: the lines are held again until they are written.
            lostLines = lost
            guard case .everything = unreported, let files = folder.loadFiles().data else { return unreported }
            let lines = JournalRepair.linesToRestore(lost, files: files, now: data, present: journal.editIDs)
            if !lines.isEmpty {
                do throws(WriteFailure) {
                    try JournalFile.append(lines.joined(separator: "\n"), to: folder.journalPath)
                } catch {
                    return .failed(LoadReport(data: nil, problems: [Problem(file: JournalReader.fileName, kind: .fileUnwritable(reason: error.reason))],
                                              couldNotRead: true))
                }
                readAgain()
            }
            lostLines = nil
            defer { unreported = .none }
            guard case .everything = unreported else { return unreported }
            return lines.isEmpty ? .everything : .restoredJournal(lines: lines.count)
        }
    }

    /// Reads the whole folder again, as when it is opened.
    public mutating func readAll(whileWaiting: () -> Void = {}) -> Change {
        underSharedLock(whileWaiting) { $0.readAgain() }
    }

    private mutating func underSharedLock(_ whileWaiting: () -> Void, _ read: (inout FolderSession) -> Void) -> Change {
        do {
            let lock = try folder.sharedLock(whileWaiting: whileWaiting)
            withExtendedLifetime(lock) { read(&self) }
        } catch {
            return .failed(error.report)
        }
        defer { unreported = .none }
        return unreported
    }

    /// Saves one edit like `DataFolder.commit`, after taking in what others saved since the last read.
    public mutating func commit(author: String, now: Date = Date(), whileWaiting: () -> Void = {},
                                _ makeChange: (LabData) throws(EditFailure) -> EntityChange)
        throws(EditFailure) -> (entry: JournalEntry, before: EntityValue?) {
        let lock = try folder.exclusiveLock(whileWaiting: whileWaiting)
        defer { withExtendedLifetime(lock) {} }
        refreshUnlocked()
        if case .failed(let report) = unreported { throw .folderUnusable(report) }
        let change = try makeChange(data)
        let before = data.value(change.value.kind, change.value.id)
        let entry = try DataFolder.checkedEntry(for: change, in: data, author: author, now: now)
        try folder.append(entry)
        let othersBefore = unreported
        refreshUnlocked()
        // The caller shows its own edit; only other people's changes remain to be reported.
        if case .entities(let values) = unreported {
            let others = values.filter { $0 != entry.value }
            unreported = others.isEmpty ? othersBefore : .entities(others)
        }
        return (entry, before)
    }

    /// Saves many edits at once, as a bulk action asks: under one lock, after taking in what others
    /// saved, each is checked as a single edit is (merged field by field with a colleague's change to
    /// the same entity), against the state the ones before it made; those that pass are appended
    /// with one write. An edit refused (a field both changed differently) is left out and reported,
    /// so that one colleague's edit does not stop the other 499.
    public mutating func commitEach(_ changes: [EntityChange], author: String, now: Date = Date(), whileWaiting: () -> Void = {})
        throws(EditFailure) -> (saved: [SavedEdit], refused: [RefusedEdit]) {
        let lock = try folder.exclusiveLock(whileWaiting: whileWaiting)
        defer { withExtendedLifetime(lock) {} }
        refreshUnlocked()
        if case .failed(let report) = unreported { throw .folderUnusable(report) }
        var working = data
        var saved: [SavedEdit] = []
        var refused: [RefusedEdit] = []
        for change in changes {
            do {
                let entry = try DataFolder.checkedEntry(for: change, in: working, author: author, now: now)
                saved.append(SavedEdit(entry: entry, before: working.value(change.value.kind, change.value.id)))
                working.put(entry.value)
            } catch {
                refused.append(RefusedEdit(change: change, failure: error))
            }
        }
        guard !saved.isEmpty else { return ([], refused) }
        try folder.append(saved.map(\.entry))
        let othersBefore = unreported
        refreshUnlocked()
        if case .entities(let values) = unreported {
            let own = Set(saved.map(\.entry.value))
            let others = values.filter { !own.contains($0) }
            unreported = others.isEmpty ? othersBefore : .entities(others)
        }
        return (saved, refused)
    }

    /// Folds the journal into the files like `DataFolder.compact`, writing the data in memory.
    public mutating func compact(whileWaiting: () -> Void = {}) throws(EditFailure) -> (folded: Int, skipped: [Problem]) {
        (try fold(onlyWhenDue: false, whileWaiting: whileWaiting) ?? 0, warnings)
    }

    /// Folds the journal when, read to its end under the lock, it still needs it: another writer
    /// may have folded it meanwhile. How many edits were folded, or `nil` when it did not need it.
    public mutating func compactIfDue(whileWaiting: () -> Void = {}) throws(EditFailure) -> Int? {
        try fold(onlyWhenDue: true, whileWaiting: whileWaiting)
    }

    private mutating func fold(onlyWhenDue: Bool, whileWaiting: () -> Void) throws(EditFailure) -> Int? {
        let lock = try folder.exclusiveLock(whileWaiting: whileWaiting)
        defer { withExtendedLifetime(lock) {} }
        refreshUnlocked()
        if case .failed(let report) = unreported { throw .folderUnusable(report) }
        if onlyWhenDue, !needsCompaction() { return nil }
        return try foldUnlocked()
    }

    /// Keeps the journal's edits in history.jsonl, writes the data (the files with the journal laid
    /// over them) and empties the journal but for what it cannot fold, which stays to be shown;
    /// all at once (`Compaction`). The caller holds the exclusive lock and has just read the
    /// journal to its end. Returns how many edits were folded.
    mutating func foldUnlocked() throws(EditFailure) -> Int {
        AtomicFile.removeLeftovers(in: folder.path,
                                   names: DataFile.allCases.map(\.fileName) + [JournalReader.fileName, DataFolder.historyFileName, Compaction.manifestName])
        let segments = HistorySegments.names(in: folder.path).names.filter(HistorySegments.isSegment)
        AtomicFile.removeLeftovers(in: folder.path + "/" + HistorySegments.folderName, names: segments.map(AtomicFile.baseName))
        var foldedLines: [(line: ArraySlice<UInt8>, number: Int)] = []
        var kept: [String] = []
        for (index, bytes) in journal.lines.enumerated() {
            let number = index + 1
            guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) else { continue }
            if isKeptByCompaction(line: number) {
                kept.append(String(decoding: bytes, as: UTF8.self))
            } else {
                foldedLines.append((bytes, number))
            }
        }
        let folded = Self.historyLines(foldedLines, versionsBefore: journal.versionsBefore)
        do {
            let data = data
            let segment: [(name: String, contents: ByteStream)] = folded.isEmpty ? [] : [(try HistorySegments.nextName(in: folder.path), Self.lines(folded))]
            let files = DataFile.allCases.map { file -> (name: String, contents: ByteStream) in
                (file.fileName, { write throws(WriteFailure) in try data.writeFile(file, to: write) })
            }
            try Compaction.run(in: folder.path, files: files + segment + [(JournalReader.fileName, Self.lines(kept))])
        } catch {
            throw .cannotWrite(error)
        }
        fileStamps = folder.stampsOfFiles()
        let keptLines = kept.count
        journal = JournalMark(stamp: FileStamp(path: folder.journalPath))
        if keptLines > 0 { _ = readJournal() }
        return folded.count
    }

    /// Lines as a file holds them, each ended by a newline.
    private static func lines(_ lines: [String]) -> ByteStream {
        { write throws(WriteFailure) in try write(Array(lines.map { $0 + "\n" }.joined().utf8)) }
    }

    /// Edits that did not fit and lines that are JSON but no edit stay in the journal, to be shown until someone acts on them.
    private func isKeptByCompaction(line number: Int) -> Bool {
        journal.skippedLines.contains(number) || (journal.unreadableLines.contains(number) && !journal.cutLines.contains(number))
    }

    /// Whether the journal holds more than `threshold` bytes that a compaction would fold into the files.
    public func needsCompaction(threshold: Int = DataFolder.compactionThreshold) -> Bool {
        guard journal.readBytes > threshold else { return false }
        let kept = journal.lines.enumerated().reduce(0) { sum, line in sum + (isKeptByCompaction(line: line.offset + 1) ? line.element.count + 1 : 0) }
        return journal.readBytes - kept > threshold
    }

    /// The lines as the history keeps them: with the earlier values of the fields each edit changed.
    /// Each line is read and written again, so ten thousand of them are shared out over every core.
    private static func historyLines(_ lines: [(line: ArraySlice<UInt8>, number: Int)], versionsBefore: [Int: EntityValue]) -> [String] {
        Parallel.map(lines.count, inChunksOf: 256) { positions in
            lines[positions].map { line, number in historyLine(line, number: number, before: versionsBefore[number]) }
        }
    }

    private static func historyLine(_ bytes: ArraySlice<UInt8>, number: Int, before: EntityValue?) -> String {
        guard let before, case .success(var entry) = JournalReader.entry(from: Array(bytes), lineNumber: number),
              entry.baseRevision == before.stamp.revision else {
            return String(decoding: bytes, as: UTF8.self)
        }
        entry.was = entry.value.was(from: before)
        return entry.line
    }

    private mutating func refreshUnlocked() {
        guard folder.stampsOfFiles() == fileStamps else { return readAgain() }
        let stamp = FileStamp(path: folder.journalPath)
        guard let stamp else {
            if journal.stamp != nil { lostJournal() }
            return
        }
        if let old = journal.stamp {
            guard old.isSameFile(as: stamp), stamp.size >= journal.readBytes else { return lostJournal() }
            if old == stamp { return }
        }
        switch readJournal() {
        case .read(let values): note(values)
        case .startOver: lostJournal()
        case .failed(let problem): unreported = .failed(LoadReport(data: nil, problems: [problem], couldNotRead: true))
        }
    }

    /// The journal is not the one read before, while the data files are: unless it held nothing,
    /// someone cut it short, removed it or wrote it anew; what it held is kept to be written back.
    private mutating func lostJournal() {
        let held = journal.lines
        readAgain()
        if !held.isEmpty { lostLines = held }
    }

    private mutating func readAgain() {
        let (session, report) = Self.read(folder, keepingHistory: keepsHistory)
        guard let session else {
            unreported = .failed(report)
            return
        }
        self = session
        unreported = .everything
    }

    private mutating func note(_ values: [EntityValue]) {
        guard !values.isEmpty else { return }
        switch unreported {
        case .none, .failed: unreported = .entities(Self.latest(values))
        case .entities(let earlier): unreported = .entities(Self.latest(earlier + values))
        case .everything, .restoredJournal: break
        }
    }

    /// Each entity once, in its last version, in the order of first appearance.
    private static func latest(_ values: [EntityValue]) -> [EntityValue] {
        var position: [String: Int] = [:]
        var result: [EntityValue] = []
        for value in values {
            let key = value.kind.rawValue + "/" + value.id
            if let index = position[key] {
                result[index] = value
            } else {
                position[key] = result.count
                result.append(value)
            }
        }
        return result
    }

    private enum JournalRead {
        case read([EntityValue])
        /// The journal is not the one read before: read everything again.
        case startOver
        case failed(Problem)
    }

    /// Reads the journal's complete lines after those read before and lays them over the data.
    private mutating func readJournal() -> JournalRead {
        let stamp = FileStamp(path: folder.journalPath)
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(folder.journalPath, from: journal.readBytes - journal.tail.count)
        } catch {
            switch error {
            case .missing: return journal.readBytes == 0 ? .read([]) : .startOver
            case .notRegularFile: return .failed(Problem(file: JournalReader.fileName, kind: .notARegularFile))
            case .unreadable(let reason): return .failed(Problem(file: JournalReader.fileName, kind: .fileUnreadable(reason: reason)))
            }
        }
        guard bytes.starts(with: journal.tail) else { return .startOver }
        let result = JournalReader.read(bytes[journal.tail.count...], firstLine: journal.readLines + 1)
        var changed: [EntityValue] = []
        for (line, entry) in result.entries {
            journal.editIDs.insert(entry.edit)
            let current = data.value(entry.value.kind, entry.value.id)
            if keepsHistory { historyBuilder.record(entry, current: current) }
            if let current { journal.versionsBefore[line] = current }
            switch JournalReplay.apply(entry, line: line, to: &data, compactionPending: compactionPending) {
            case .applied: changed.append(entry.value)
            case .contained: break
            case .skipped(let problem):
                journal.skipped.append(problem)
                journal.skippedLines.insert(line)
            }
        }
        journal.torn = []
        for problem in result.problems {
            if case .tornJournalLine = problem.kind {
                journal.torn.append(problem)
            } else {
                journal.skipped.append(problem)
                if let line = problem.position?.line {
                    journal.unreadableLines.insert(line)
                    if case .syntax = problem.kind { journal.cutLines.insert(line) }
                }
            }
        }
        let end = journal.tail.count + result.completeBytes
        journal.lines += bytes[journal.tail.count..<end].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        journal.tail = Array(bytes[max(0, end - 32)..<end])
        journal.readBytes += result.completeBytes
        journal.readLines += result.completeLines
        journal.stamp = stamp
        return .read(changed)
    }
}
