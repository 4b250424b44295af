// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

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

    /// `edits` edits of commitments picked at random, saved `perCompaction` at a time and folded
    /// into the files after each batch, as a folder edited for years is left: a long history in
    /// segments and a short journal.
    static func makeLongHistory(_ folder: DataFolder, edits: Int, perCompaction: Int, seed: UInt64 = 7) throws {
        guard var data = folder.load().data else { return }
        var random = SplitMix(seed: seed)
        var made = 0
        while made < edits {
            var text = ""
            for _ in 0..<min(perCompaction, edits - made) {
                var commitment = data.commitments[Int(random.next() % UInt64(data.commitments.count))]
                let base = commitment.stamp.revision
                commitment.note = "edit \(made)"
                commitment.stamp = Stamp(revision: base + 1, updatedAt: Timestamp(Date()), updatedBy: "bench")
                text += JournalEntry(at: commitment.stamp.updatedAt, by: "bench", baseRevision: base, value: .commitment(commitment)).line + "\n"
                data.put(commitment)
                made += 1
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder.journalPath))
            _ = try folder.compact()
        }
    }
}

/// A small seeded generator, so that the long history is the same in every run.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
