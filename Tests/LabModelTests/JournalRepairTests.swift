// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// Someone empties the journal and someone else saves right after, before the program notices:
/// both edits were acknowledged, and both stay, whatever repairs and compactions follow.
@Suite struct JournalRepairTests {
    /// An edit by another process, as `schuldenlab update` makes it.
    private func edit(_ id: String, by author: String, in folder: DataFolder, _ change: (inout Commitment) -> Void) throws {
        _ = try folder.commit(author: author) { data throws(EditFailure) in
            guard var commitment = data.commitment(id) else { throw .notFound(.commitment, id) }
            change(&commitment)
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
    }

    /// Alice edits c-3 and the program reads it; someone empties the journal; Bob edits c-3 before the program notices.
    private func cut(_ temporary: TemporaryFolder, _ folder: DataFolder, _ session: inout FolderSession,
                     alice: (inout Commitment) -> Void, bob: (inout Commitment) -> Void) throws {
        try edit("c-3", by: "alice", in: folder, alice)
        _ = session.refresh()
        temporary.write("", to: "journal.jsonl")
        try edit("c-3", by: "bob", in: folder, bob)
    }

    private func editors(in temporary: TemporaryFolder) -> [String] {
        temporary.read("journal.jsonl").split(separator: "\n").compactMap { line in
            guard case .success(let entry) = JournalReader.entry(from: Array(line.utf8), lineNumber: 1) else { return nil }
            return entry.by
        }
    }

    /// Alice's edit is in the journal and read by the program; the journal is emptied; Bob saves
    /// another field of the same commitment. The repair keeps Bob's line where it is and merges
    /// Alice's after it; a compaction then keeps both, and the history says each once.
    @Test func aRepairKeepsTheEditSavedAfterTheCutAndMergesTheLostOne() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try cut(temporary, folder, &session, alice: { $0.note = "van alice" }, bob: { $0.state = .delivered })
        let bobsLine = temporary.read("journal.jsonl")

        _ = session.refresh()
        #expect(temporary.read("journal.jsonl").hasPrefix(bobsLine), "bob's acknowledged line is untouched")
        #expect(editors(in: temporary) == ["bob", "alice"])
        let report = folder.load()
        #expect(report.isClean, "\(report.warnings)")
        #expect(report.data?.commitment("c-3")?.note == "van alice")
        #expect(report.data?.commitment("c-3")?.state == .delivered)
        #expect(report.data?.commitment("c-3")?.stamp.revision == 3)

        _ = try folder.compact()
        let compacted = folder.load().data?.commitment("c-3")
        #expect(compacted?.note == "van alice" && compacted?.state == .delivered)
        let authors = folder.history().items.map(\.entry.by)
        #expect(authors == ["alice", "bob"] || authors == ["bob", "alice"], "each edit once: \(authors)")
    }

    /// When Bob changed the same field, Alice's edit cannot be merged: both lines are kept, the
    /// conflict is a warning, and compaction keeps Alice's line in the journal instead of folding it away.
    @Test func aTrueConflictKeepsBothEditsAndIsNeverFoldedAway() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try cut(temporary, folder, &session, alice: { $0.note = "X" }, bob: { $0.note = "Y" })

        _ = session.refresh()
        #expect(editors(in: temporary) == ["bob", "alice"])
        #expect(session.data.commitment("c-3")?.note == "Y")
        guard case .journalConflict = session.warnings.first?.kind else { Issue.record("the conflict went unsaid: \(session.warnings)"); return }

        for _ in 0..<2 {
            let (_, skipped) = try folder.compact()
            #expect(skipped.count == 1, "the conflict is still shown after a compaction")
            #expect(editors(in: temporary) == ["alice"], "alice's edit stays in the journal")
            try edit("c-3", by: "bob", in: folder) { $0.state = $0.state == .delivered ? .pledged : .delivered }
        }
        #expect(folder.load().warnings.count == 1, "a later revision does not make the conflict disappear")
    }

    /// Two programs open on the folder both notice the cut: one writes the lost edit back, the
    /// other sees it is there and writes nothing, so they do not rewrite the journal back and forth.
    @Test func twoProgramsRepairOnceAndThenLeaveTheJournalAlone() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, first) = try Fixture.openSession(in: temporary)
        var second = try #require(FolderSession.open(folder).session)
        try edit("c-3", by: "alice", in: folder) { $0.note = "van alice" }
        _ = first.refresh()
        _ = second.refresh()
        temporary.write("", to: "journal.jsonl")
        try edit("c-5", by: "bob", in: folder) { $0.note = "van bob" }
        let inode = { () -> UInt64 in
            var status = stat()
            stat(temporary.file("journal.jsonl"), &status)
            return UInt64(status.st_ino)
        }
        let journalInode = inode()
        _ = first.refresh()
        let repaired = temporary.read("journal.jsonl")
        for _ in 0..<5 {
            _ = second.refresh()
            _ = first.refresh()
        }
        #expect(temporary.read("journal.jsonl") == repaired)
        #expect(inode() == journalInode, "the journal is appended to, never replaced")
        #expect(editors(in: temporary) == ["bob", "alice"])
        #expect(first.data == second.data && first.data == folder.load().data)
    }

    /// Lines written before edits had an identity get one worked out from the line, the same for
    /// every copy of it, so that the history counts them once.
    @Test func aLineWithoutAnEditIDIsKnownByItsContent() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        let (folder, _) = try Fixture.openSession(in: temporary)
        try edit("c-3", by: "alice", in: folder) { $0.note = "oud" }
        let line = temporary.read("journal.jsonl").replacing(#/"edit":"e-[0-9a-f]{16}",/#, with: "")
        temporary.write(line, to: "journal.jsonl")
        temporary.write(line, to: "history.jsonl")
        let items = folder.history().items
        #expect(items.count == 1)
        #expect(items.first?.entry.edit.hasPrefix("l-") == true)
    }

    /// A line that is JSON but no edit this version can read (perhaps one written by a later
    /// version) stays in the journal through a compaction, shown as before; a line cut off by a
    /// writer that was killed halfway was never acknowledged and is dropped.
    @Test func compactionKeepsALineItCannotReadAndDropsACutOne() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        let (folder, _) = try Fixture.openSession(in: temporary)
        try edit("c-3", by: "alice", in: folder) { $0.note = "eerste" }
        let unknown = #"{"edit":"e-00000000000000ff","entity":"budget","id":"b-1"}"#
        temporary.write(temporary.read("journal.jsonl") + unknown + "\n" + #"{"at":"2026-"# + "\n", to: "journal.jsonl")
        let linesWarnedAbout = { Set(folder.load().warnings.compactMap(\.position?.line)) }
        #expect(linesWarnedAbout() == [2, 3])
        _ = try folder.compact()
        #expect(temporary.read("journal.jsonl") == unknown + "\n")
        #expect(linesWarnedAbout() == [1])
        #expect(folder.load().data?.commitment("c-3")?.note == "eerste")
    }
}
