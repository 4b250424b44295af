import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Makes a set of new files current all at once, so that a compaction is all-or-nothing whatever
/// stops it (a size limit, a full disk, kill -9):
///
/// 1. every new file is written beside its file as `.NAME.compact-new` and flushed, and so are the
///    lines to append to history.jsonl; a failure here removes them and nothing has changed;
/// 2. `.compaction.json` is written (atomically): from here the compaction counts as done;
/// 3. the new files are renamed over the old ones, the journal last; history.jsonl is cut back to
///    its size before and the lines appended; `.compaction.json` is removed.
///
/// Whoever takes the folder's exclusive lock next finishes step 3 when `.compaction.json` is there,
/// or removes what step 1 left when it is not (`finishPending`). Step 3 can be run any number of
/// times: history.jsonl holds each edit once. Once the files are renamed, writers may go on even
/// when history.jsonl cannot take the lines yet: they wait, flushed, beside it.
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
        case historyAppended = "history-appended"
    }



    /// Makes `files` (names in the folder, in the order to rename, with their new text) current and
    /// appends `history` to history.jsonl.
    static func run(in folder: String, files: [(name: String, text: String)], history: String) throws(WriteFailure) {
        let historyPath = folder + "/" + DataFolder.historyFileName
        var written: [String] = []
        do throws(WriteFailure) {
            for (name, text) in files + [(DataFolder.historyFileName, history)] {
                try AtomicFile.writeFlushed(Array(text.utf8), to: newFile(name, in: folder), modeOf: folder + "/" + name)
                written.append(name)
                if written.count == 1 { stop(at: .firstNewFileWritten) }
            }
            stop(at: .newFilesWritten)
            // history.jsonl must take the lines once the compaction counts as done: what it is, is checked first.
            switch RegularFile.open(historyPath, O_RDWR | O_CREAT, mode: AtomicFile.newFileMode) {
            case .success(let descriptor): close(descriptor)
            case .failure(let failure): throw WriteFailure(path: historyPath, reason: failure.description)
            }
            let manifest = Manifest(historySize: FileStamp(path: historyPath)?.size ?? 0, files: files.map(\.name))
            try AtomicFile.write(manifest.text, to: folder + "/" + manifestName)
        } catch {
            for name in written { unlink(newFile(name, in: folder)) }
            throw error
        }
        stop(at: .manifestWritten)
        do {
            try finishPending(in: folder)
        } catch {
            throw error.failure
        }
    }

    static func isPending(in folder: String) -> Bool {
        FileStamp(path: folder + "/" + manifestName) != nil
    }

    /// Finishes a compaction that was stopped after it counted as done, or removes what one that
    /// was stopped before left behind. Call it holding the folder's exclusive lock.
    static func finishPending(in folder: String) throws(FinishFailure) {
        let manifestPath = folder + "/" + manifestName
        guard let bytes = try? FileBytes.read(manifestPath) else {
            removeNewFiles(in: folder)
            return
        }
        guard let manifest = Manifest(bytes) else {
            throw .files(WriteFailure(path: manifestPath, reason: "not a compaction record this program wrote; move it away to go on"))
        }
        for name in manifest.files {
            let new = newFile(name, in: folder)
            guard FileStamp(path: new) != nil else { continue }
            guard rename(new, folder + "/" + name) == 0 else {
                throw .files(WriteFailure(path: folder + "/" + name, reason: SystemError.describe(errno)))
            }
            if name == manifest.files.first { stop(at: .firstFileRenamed) }
        }
        AtomicFile.syncFolder(folder)
        stop(at: .filesRenamed)
        do {
            try appendHistory(in: folder, after: manifest.historySize)
        } catch {
            throw .history(error)
        }
        stop(at: .historyAppended)
        unlink(manifestPath)
        AtomicFile.syncFolder(folder)
    }

    /// Why a stopped compaction could not be finished.
    enum FinishFailure: Error {
        /// Files are not all current: nothing else may be written.
        case files(WriteFailure)
        /// The files are current; only history.jsonl is still to take the folded edits.
        case history(WriteFailure)

        var failure: WriteFailure {
            switch self {
            case .files(let failure), .history(let failure): failure
            }
        }
    }

    /// Cuts history.jsonl back to `size` and appends the new lines, so that doing it again gives the same file.
    private static func appendHistory(in folder: String, after size: Int) throws(WriteFailure) {
        let path = folder + "/" + DataFolder.historyFileName
        let new = newFile(DataFolder.historyFileName, in: folder)
        guard let lines = try? FileBytes.read(new) else { return }
        let descriptor: Int32
        switch RegularFile.open(path, O_RDWR | O_CREAT, mode: AtomicFile.newFileMode) {
        case .success(let open): descriptor = open
        case .failure(let failure): throw WriteFailure(path: path, reason: failure.description)
        }
        defer { close(descriptor) }
        guard ftruncate(descriptor, off_t(size)) == 0, lseek(descriptor, off_t(size), SEEK_SET) >= 0 else {
            throw WriteFailure(path: path, reason: SystemError.describe(errno))
        }
        var bytes = lines
        if !bytes.isEmpty, bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        if size > 0 {
            var last: UInt8 = 0
            if pread(descriptor, &last, 1, off_t(size - 1)) == 1, last != UInt8(ascii: "\n") { bytes.insert(UInt8(ascii: "\n"), at: 0) }
        }
        try AtomicFile.writeAll(bytes, to: descriptor, path: path)
        guard fsync(descriptor) == 0 else { throw WriteFailure(path: path, reason: SystemError.describe(errno)) }
        unlink(new)
    }

    private static func removeNewFiles(in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(".") && entry.hasSuffix(newFileSuffix) {
            unlink(folder + "/" + entry)
        }
    }

    private static func newFile(_ name: String, in folder: String) -> String {
        folder + "/." + name + newFileSuffix
    }

    /// Kills this process at `step` when `SCHULDENLAB_FAULT_KILL_COMPACTION_AT` names it: the fault
    /// tests stop a real compaction at each of its steps, as a power cut or kill -9 would.
    private static func stop(at step: Step) {
        guard ProcessInfo.processInfo.environment["SCHULDENLAB_FAULT_KILL_COMPACTION_AT"] == step.rawValue else { return }
        kill(getpid(), SIGKILL)
    }

    /// What `.compaction.json` records: the size of history.jsonl before, and the files to rename.
    struct Manifest {
        let historySize: Int
        let files: [String]

        init(historySize: Int, files: [String]) {
            self.historySize = historySize
            self.files = files
        }

        init?(_ bytes: [UInt8]) {
            guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
                  case .number(let size)? = members.first(where: { $0.key == "historySize" })?.value.value, let historySize = Int(size),
                  case .array(let names)? = members.first(where: { $0.key == "files" })?.value.value else { return nil }
            let files = names.compactMap { node -> String? in if case .string(let name) = node.value { name } else { nil } }
            guard files.count == names.count, files.allSatisfy({ !$0.contains("/") }) else { return nil }
            self.init(historySize: historySize, files: files)
        }

        var text: String {
            var builder = JSONObjectBuilder()
            builder.set("historySize", .number(String(historySize)))
            builder.set("files", JSONValue(files.map { JSONValue($0) }))
            return JSONWriter.compact(builder.value) + "\n"
        }
    }
}
