import Foundation
import LabModel

/// Folding a journal into the files, in the program (the data already in memory) and by the
/// `compact` command (which reads the folder first).
enum StoreBench {
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

    /// The program's compaction: the journal's lines were read as they came; the data is written.
    static func compactionInProgram(_ session: inout FolderSession) throws -> Double {
        try fillJournal(session.folder, edits: 10_000)
        _ = session.refresh()
        return Measure.seconds { _ = try? session.compact() }
    }

    static func compactionByCommand(_ folder: DataFolder) throws -> Double {
        try fillJournal(folder, edits: 10_000)
        return Measure.seconds { _ = try? folder.compact() }
    }
}
