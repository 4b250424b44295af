// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes a set of new files current all at once, so that a compaction is all-or-nothing whatever
/// stops it (a size limit, a full disk, kill -9):
///
/// 1. every new file (the data files, the history's new segment, the journal) is written beside
///    its place as `.NAME.compact-new` and flushed; a failure here removes them and nothing has changed;
/// 2. `.compaction.json` is written (atomically): from here the compaction counts as done;
/// 3. the new files are renamed into place, the journal last, and `.compaction.json` is removed.
///
/// Whoever takes the folder's exclusive lock next finishes step 3 when `.compaction.json` is there,
/// or removes what step 1 left when it is not (`finishPending`). Step 3 can be run any number of
/// times, and the segment holds each folded edit once.
enum Compaction {
    static let manifestName = ".compaction.json"
    static let newFileSuffix = ".compact-new"

    /// The points a compaction passes, where a fault test may stop it.
    enum Step: String, CaseIterable, Sendable {
        case firstNewFileWritten = "first-new-file-written"
        case newFilesWritten = "new-files-written"
        case manifestWritten = "manifest-written"
        case firstFileRenamed = "first-file-renamed"
        case filesRenamed = "files-renamed"
    }

    /// Makes `files` (names in the folder, in the order to rename, with their new contents) current.
    static func run(in folder: String, files: [(name: String, contents: ByteStream)]) throws(WriteFailure) {
        var written: [String] = []
        do throws(WriteFailure) {
            for (name, contents) in files {
                try AtomicFile.writeFlushed(to: newFile(name, in: folder), modeOf: folder + "/" + name, contents)
                written.append(name)
                if written.count == 1 { stop(at: .firstNewFileWritten) }
            }
            stop(at: .newFilesWritten)
            try AtomicFile.write(Manifest(files: files.map(\.name)).text, to: folder + "/" + manifestName)
        } catch {
            for name in written { unlink(newFile(name, in: folder)) }
            throw error
        }
        stop(at: .manifestWritten)
        try finishPending(in: folder)
    }

    static func isPending(in folder: String) -> Bool {
        FileStamp(path: folder + "/" + manifestName) != nil
    }

    /// Finishes a compaction that was stopped after it counted as done, or removes what one that
    /// was stopped before left behind. Call it holding the folder's exclusive lock.
    static func finishPending(in folder: String) throws(WriteFailure) {
        let manifestPath = folder + "/" + manifestName
        guard let bytes = try? FileBytes.read(manifestPath) else {
            removeNewFiles(in: folder)
            return
        }
        guard let manifest = Manifest(bytes) else {
            throw WriteFailure(path: manifestPath, reason: "not a compaction record this program wrote; move it away to go on")
        }
        for name in manifest.files {
            let new = newFile(name, in: folder)
            guard FileStamp(path: new) != nil else { continue }
            guard rename(new, folder + "/" + name) == 0 else { throw WriteFailure(path: folder + "/" + name, reason: SystemError.describe(errno)) }
            if name == manifest.files.first { stop(at: .firstFileRenamed) }
        }
        AtomicFile.syncFolder(folder + "/" + HistorySegments.folderName)
        AtomicFile.syncFolder(folder)
        stop(at: .filesRenamed)
        unlink(manifestPath)
        AtomicFile.syncFolder(folder)
    }

    private static func removeNewFiles(in folder: String) {
        for place in [folder, folder + "/" + HistorySegments.folderName] {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: place)) ?? []
            for entry in entries where entry.hasPrefix(".") && entry.hasSuffix(newFileSuffix) { unlink(place + "/" + entry) }
        }
    }

    /// `.NAME.compact-new` beside the file, in its own folder.
    private static func newFile(_ name: String, in folder: String) -> String {
        let path = folder + "/" + name
        return AtomicFile.parentFolder(of: path) + "/." + AtomicFile.baseName(of: path) + newFileSuffix
    }

    /// Kills this process at `step` when `SCHULDENLAB_FAULT_KILL_COMPACTION_AT` names it: the fault
    /// tests stop a real compaction at each of its steps, as a power cut or kill -9 would.
    private static func stop(at step: Step) {
        guard ProcessInfo.processInfo.environment["SCHULDENLAB_FAULT_KILL_COMPACTION_AT"] == step.rawValue else { return }
        kill(getpid(), SIGKILL)
    }

    /// What `.compaction.json` records: the files to rename.
    struct Manifest {
        let files: [String]

        init(files: [String]) {
            self.files = files
        }

        init?(_ bytes: [UInt8]) {
            guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
                  case .array(let names)? = members.first(where: { $0.key == "files" })?.value.value else { return nil }
            let files = names.compactMap { node -> String? in if case .string(let name) = node.value { name } else { nil } }
            // Only the folder's own files and history segments: a record cannot move anything else.
            guard files.count == names.count, files.allSatisfy({ !$0.contains("/") || HistorySegments.isSegment($0) }) else { return nil }
            self.init(files: files)
        }

        var text: String {
            var builder = JSONObjectBuilder()
            builder.set("files", JSONValue(files.map { JSONValue($0) }))
            return JSONWriter.compact(builder.value) + "\n"
        }
    }
}
