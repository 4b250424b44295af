// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// A folder kept open reads only what changed, and never shows less than a full read would.
@Suite struct FolderSessionTests {
    /// An edit by someone else, through the folder as another process makes it.
    private func note(_ text: String, on id: String, in folder: DataFolder, by author: String = "bram") throws {
        _ = try folder.commit(author: author) { data throws(EditFailure) in
            guard var commitment = data.commitment(id) else { throw .notFound(.commitment, id) }
            commitment.note = text
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
    }

    private func changedIDs(_ change: FolderSession.Change) -> [String]? {
        if case .entities(let values) = change { return values.map(\.id) }
        return nil
    }

    @Test func anotherWritersEditIsReadFromTheJournalAlone() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        #expect(changedIDs(session.refresh()) == nil, "nothing changed yet")
        try note("eerste", on: "c-3", in: folder)
        try note("tweede", on: "c-3", in: folder)
        try note("derde", on: "c-5", in: folder)
        let change = session.refresh()
        #expect(changedIDs(change) == ["c-3", "c-5"], "each entity once, in its latest version")
        #expect(session.data.commitment("c-3")?.note == "tweede")
        #expect(session.data == folder.load().data, "the same as reading everything")
        #expect(session.history.map(\.entry.value.id) == ["c-3", "c-3", "c-5"])
        #expect(session.history.first?.changes?.map(\.field) == ["note"])
        #expect(changedIDs(session.refresh()) == nil, "read once")
    }

    @Test func ownEditsAreNotReportedBackButOthersReadOnTheWayAre() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try note("van bram", on: "c-5", in: folder)
        let (entry, before) = try session.commit(author: "anna") { data throws(EditFailure) in
            var commitment = data.commitment("c-3")!
            commitment.note = "van anna"
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
        #expect(before?.stamp.revision == 1)
        #expect(entry.value.stamp.revision == 2)
        #expect(session.data.commitment("c-3")?.note == "van anna")
        #expect(changedIDs(session.refresh()) == ["c-5"], "bram's edit, read before saving anna's, is still to be shown")
        #expect(session.data == folder.load().data)
    }

    @Test func anEditBasedOnAnOldRevisionIsAConflictEvenWhenReadIncrementally() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        let seen = try #require(session.data.commitment("c-3"))
        try note("van bram", on: "c-3", in: folder)
        #expect {
            _ = try session.commit(author: "anna") { _ throws(EditFailure) in
                var commitment = seen
                commitment.note = "van anna"
                return EntityChange(.commitment(commitment), basedOn: seen.stamp.revision)
            }
        } throws: { error in
            guard case EditFailure.conflict(let current, _) = error else { return false }
            return current.stamp.updatedBy == "bram"
        }
    }

    @Test func aChangedFileIsReadAgainAndABrokenOneKeepsTheLastGoodData() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        var data = Fixture.data
        var partner = try #require(data.partner("bank"))
        partner.name = "Bank met nieuwe naam"
        data.put(partner)
        try folder.save(data)
        guard case .everything = session.refresh() else { Issue.record("a changed file is read again"); return }
        #expect(session.data.partner("bank")?.name == "Bank met nieuwe naam")

        temporary.write("{ \"version\": 1, \"partners\": [", to: "partners.json")
        guard case .failed(let report) = session.refresh() else { Issue.record("a broken file is reported"); return }
        #expect(report.problems.first?.file == "partners.json")
        #expect(session.data.partner("bank")?.name == "Bank met nieuwe naam", "the last good data stays")

        try folder.save(data)
        guard case .everything = session.refresh() else { Issue.record("a mended file is read again"); return }
    }

    @Test func aJournalCutAndWrittenAgainInPlaceIsNoticedAndWhatItHeldWrittenBack() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try note("eerste", on: "c-3", in: folder)
        _ = session.refresh()
        let firstLine = temporary.read("journal.jsonl")
        // Cut in place (same file) and written again, longer than before, with another edit.
        let handle = try #require(FileHandle(forWritingAtPath: temporary.file("journal.jsonl")))
        try handle.truncate(atOffset: 0)
        try handle.close()
        try note("ander", on: "c-5", in: folder)
        try note("nog een", on: "c-5", in: folder)
        #expect(temporary.read("journal.jsonl").count > firstLine.count)
        #expect(restoredLines(session.refresh()) == 1)
        #expect(session.data == folder.load().data)
        #expect(session.data.commitment("c-3")?.note == "eerste", "the cut edit is back")
        #expect(session.data.commitment("c-5")?.note == "nog een")
        #expect(temporary.read("journal.jsonl").hasSuffix(firstLine), "written back after the lines saved since, which keep their place")
    }

    @Test func aTornLineIsAWarningUntilTheNextEditEndsIt() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try note("eerste", on: "c-3", in: folder)
        let good = temporary.read("journal.jsonl")
        temporary.write(good + String(good.prefix(30)), to: "journal.jsonl")
        _ = session.refresh()
        #expect(session.warnings.map(\.position?.line) == [2])
        try note("tweede", on: "c-5", in: folder)
        _ = session.refresh()
        #expect(session.data.commitment("c-5")?.note == "tweede")
        #expect(session.warnings.map(\.position?.line) == [2], "the ended line is now one bad line")
        #expect(session.warnings == folder.load().warnings)
    }

    @Test func compactionWritesTheDataInMemoryAndLosesNoEdit() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try note("van bram", on: "c-5", in: folder)
        _ = try session.commit(author: "anna") { data throws(EditFailure) in
            var commitment = data.commitment("c-3")!
            commitment.note = "van anna"
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
        let (folded, skipped) = try session.compact()
        #expect(folded == 2 && skipped.isEmpty)
        #expect(temporary.read("journal.jsonl").isEmpty)
        let reread = folder.load()
        #expect(reread.isClean)
        #expect(reread.data == session.data)
        #expect(reread.data?.commitment("c-5")?.note == "van bram")
        #expect(changedIDs(session.refresh()) == ["c-5"], "bram's edit still waits to be shown")
        #expect(changedIDs(session.refresh()) == nil)
        #expect(folder.history().items.count == session.history.count)
    }

    private func restoredLines(_ change: FolderSession.Change) -> Int? {
        if case .restoredJournal(let lines) = change { return lines }
        return nil
    }

    /// Someone empties the journal, removes it, or cuts it and writes after the cut: the edits the
    /// program had read are written back after what is there now, which keeps its place, and none is lost.
    @Test(arguments: ["emptied", "removed", "cut and written on"])
    func aJournalCutShortByOthersIsWrittenBack(how: String) throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try note("eerste", on: "c-3", in: folder)
        try note("tweede", on: "c-5", in: folder)
        _ = session.refresh()
        let journal = temporary.read("journal.jsonl")
        switch how {
        case "emptied": temporary.write("", to: "journal.jsonl")
        case "removed": try FileManager.default.removeItem(atPath: temporary.file("journal.jsonl"))
        default:
            temporary.write(String(journal.prefix { $0 != "\n" }) + "\n", to: "journal.jsonl")
            try note("derde", on: "c-4", in: folder, by: "carla")
        }
        let change = session.refresh()
        #expect(restoredLines(change) == (how == "cut and written on" ? 1 : 2))
        #expect(session.data.commitment("c-3")?.note == "eerste")
        #expect(session.data.commitment("c-5")?.note == "tweede")
        #expect(session.data.commitment("c-4")?.note == (how == "cut and written on" ? "derde" : nil))
        let lines = temporary.read("journal.jsonl").split(separator: "\n")
        let before = journal.split(separator: "\n")
        #expect(lines.count == before.count + (how == "cut and written on" ? 1 : 0))
        #expect(lines.first == before.first, "the first line stays where it was")
        #expect(lines.last == before.last, "the lost line is back after the new one, as it was")
        #expect(folder.load().data == session.data, "the folder itself holds every edit again")
    }

    /// When the lines cannot be written back (here the journal became a folder), the program says
    /// so and keeps them; the next refresh writes them.
    @Test func linesThatCannotBeWrittenBackAreKeptForTheNextRefresh() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try note("eerste", on: "c-3", in: folder)
        _ = session.refresh()
        let journal = temporary.read("journal.jsonl")
        // Made beside it first, so that the folder cannot take over the removed file's inode.
        try FileManager.default.createDirectory(atPath: temporary.file("in-the-way"), withIntermediateDirectories: false)
        try FileManager.default.removeItem(atPath: temporary.file("journal.jsonl"))
        try FileManager.default.moveItem(atPath: temporary.file("in-the-way"), toPath: temporary.file("journal.jsonl"))
        guard case .failed(let report) = session.refresh() else { Issue.record("the failed write went unsaid"); return }
        #expect(report.problems.first?.file == "journal.jsonl", "\(report.problems)")
        #expect(session.lastReadFailed)
        try FileManager.default.removeItem(atPath: temporary.file("journal.jsonl"))
        #expect(restoredLines(session.refresh()) == 1)
        #expect(temporary.read("journal.jsonl") == journal)
        #expect(session.data.commitment("c-3")?.note == "eerste")
        #expect(!session.lastReadFailed)
    }

    @Test func aCompactionByAnotherProcessIsNotTakenForALostJournal() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (folder, session) = try Fixture.openSession(in: temporary)
        try note("eerste", on: "c-3", in: folder)
        _ = session.refresh()
        _ = try folder.compact()
        let change = session.refresh()
        #expect(restoredLines(change) == nil)
        #expect(temporary.read("journal.jsonl") == "")
        #expect(session.data.commitment("c-3")?.note == "eerste")
    }

    /// The folder renamed away while the program runs: the data stays, an edit is refused with
    /// the reason, and the first read after it is back says so.
    @Test func aFolderMovedAwayKeepsTheDataRefusesEditsAndMendsWhenItIsBack() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        var (_, session) = try Fixture.openSession(in: temporary)
        let before = session.data
        let moved = temporary.path + "-moved"
        try FileManager.default.moveItem(atPath: temporary.path, toPath: moved)
        guard case .failed(let report) = session.refresh() else { Issue.record("the move went unnoticed"); return }
        #expect(report.problems.first?.kind == .folderMissing)
        #expect(session.data == before, "the last good data stays")
        do {
            _ = try session.commit(author: "anna") { data in EntityChange(.commitment(data.commitment("c-3")!), basedOn: 1) }
            Issue.record("an edit was saved into a folder that is gone")
        } catch {
            guard case .folderUnusable(let report) = error else { Issue.record("\(error)"); return }
            #expect(report.problems.first?.kind == .folderMissing)
        }
        try FileManager.default.moveItem(atPath: moved, toPath: temporary.path)
        guard case .everything = session.refresh() else { Issue.record("the folder's return went unsaid"); return }
        guard case .none = session.refresh() else { Issue.record("said twice"); return }
    }
}
