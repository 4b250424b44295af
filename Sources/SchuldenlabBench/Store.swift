import Foundation
import LabModel

/// What a user waits for from the data folder: an edit saved, a journal compacted, another
/// process's edit seen.
enum StoreBench {
    static func edits(_ folder: DataFolder, count: Int) -> (p50: Double, p99: Double) {
        var timings: [Double] = []
        for index in 0..<count {
            timings.append(Measure.seconds {
                _ = try? folder.commit(author: "bench") { data throws(EditFailure) in
                    guard var commitment = data.commitments.first else { throw .notFound(.commitment, "") }
                    commitment.note = "edit \(index)"
                    return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
                }
            })
        }
        return (Measure.percentile(timings, 0.5), Measure.percentile(timings, 0.99))
    }

    /// A journal of `edits` revisions of one commitment, written straight to the file: the shape
    /// a busy month leaves, without waiting for ten thousand saves.
    static func fillJournal(_ folder: DataFolder, edits: Int) throws {
        guard var commitment = folder.load().data?.commitments.first else { return }
        var text = ""
        for index in 0..<edits {
            let base = commitment.stamp.revision
            commitment.note = "edit \(index)"
            commitment.stamp = Stamp(revision: base + 1, updatedAt: Timestamp(Date()), updatedBy: "bench")
            text += JournalEntry(at: commitment.stamp.updatedAt, by: "bench", baseRevision: base, value: .commitment(commitment)).line + "\n"
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.journalPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    static func compaction(_ folder: DataFolder) -> Double {
        Measure.seconds { _ = try? folder.compact() }
    }

    /// From another process's saved edit to the data that shows it: the watcher notices and the folder is read again.
    static func live(_ folder: DataFolder, rounds: Int) -> (p50: Double, p99: Double) {
        let watcher = FolderWatcher(folder: folder, polling: false)
        var timings: [Double] = []
        for index in 0..<rounds {
            _ = try? folder.commit(author: "other") { data throws(EditFailure) in
                guard var commitment = data.commitments.last else { throw .notFound(.commitment, "") }
                commitment.note = "live \(index)"
                return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
            }
            timings.append(Measure.seconds {
                while !watcher.hasChanged() { usleep(100) }
                _ = folder.load()
            })
        }
        return (Measure.percentile(timings, 0.5), Measure.percentile(timings, 0.99))
    }
}
