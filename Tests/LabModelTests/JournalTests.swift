// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

@Suite struct JournalTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func folderWithFixture() throws -> (TemporaryFolder, DataFolder) {
        let temporary = TemporaryFolder()
        let folder = DataFolder(path: temporary.path)
        try folder.save(Fixture.data)
        return (temporary, folder)
    }

    private func withdraw(_ id: String, in folder: DataFolder, basedOn revision: Int? = nil, by author: String = "anna") throws(EditFailure) -> JournalEntry {
        try folder.commit(author: author, now: now) { data throws(EditFailure) in
            guard var commitment = data.commitment(id) else { throw .notFound(.commitment, id) }
            commitment.state = .withdrawn
            return EntityChange(.commitment(commitment), basedOn: revision ?? commitment.stamp.revision)
        }.entry
    }

    @Test func anEditIsAppendedAsOneLineAndReplayedOnLoad() throws {
        let (temporary, folder) = try folderWithFixture()
        let entry = try withdraw("c-3", in: folder)
        #expect(entry.value.stamp == Stamp(revision: 2, updatedAt: Timestamp(now), updatedBy: "anna"))
        let journal = temporary.read("journal.jsonl")
        #expect(journal.hasSuffix("\n") && journal.filter { $0 == "\n" }.count == 1)
        #expect(journal.hasPrefix(#"{"at":"2027-01-15T08:00:00Z","baseRevision":1,"by":"anna","edit":"e-"#))
        #expect(journal.contains(#","entity":"commitment","id":"c-3","value":{"#))
        #expect(entry.edit.count == 18 && journal.contains(entry.edit), "the line carries the edit's identity")
        let report = folder.load()
        #expect(report.isClean)
        #expect(report.data?.commitment("c-3")?.state == .withdrawn)
        #expect(report.data?.commitment("c-3")?.stamp.revision == 2)
        // The files themselves are untouched until compaction.
        #expect(temporary.read("commitments.json") == Fixture.data.fileText(for: .commitments))
    }

    /// Found by the hostile suite: an edit was appended to the file a journal link pointed at,
    /// outside the folder; the lock file was opened through a link too. Neither is followed now.
    @Test(arguments: ["journal.jsonl", "journal.lock"])
    func anEditNeverWritesThroughALinkOutOfTheFolder(linked name: String) throws {
        let (temporary, folder) = try folderWithFixture()
        let outside = TemporaryFolder()
        outside.write("outside\n", to: name)
        try FileManager.default.createSymbolicLink(atPath: temporary.file(name), withDestinationPath: outside.file(name))
        do {
            _ = try withdraw("c-3", in: folder)
            Issue.record("the edit was saved through the link")
        } catch {
            #expect("\(error)".contains("symbolic link"), "\(error)")
        }
        #expect(outside.read(name) == "outside\n")
        let report = folder.load()
        if name == "journal.jsonl" {
            // Not read through the link either: what is outside the folder is not taken for its journal.
            #expect(report.data == nil && report.problems.first?.file == name, "\(report.problems)")
        } else {
            #expect(report.data?.commitment("c-3")?.state == .pledged)
        }
    }

    @Test func anEditBasedOnAnOldRevisionIsAConflictAndNothingIsWritten() throws {
        let (temporary, folder) = try folderWithFixture()
        _ = try withdraw("c-3", in: folder, by: "anna")
        let before = temporary.read("journal.jsonl")
        #expect(throws: EditFailure.self) { try withdraw("c-3", in: folder, basedOn: 1, by: "bram") }
        do {
            _ = try withdraw("c-3", in: folder, basedOn: 1, by: "bram")
        } catch {
            guard case .conflict(let current, _) = error else { Issue.record("\(error)"); return }
            #expect(current.stamp.updatedBy == "anna")
            #expect(current.stamp.revision == 2)
        }
        #expect(temporary.read("journal.jsonl") == before)
    }

    @Test func aTornLastLineIsReportedAndSkippedAndTheNextEditStaysGood() throws {
        let (temporary, folder) = try folderWithFixture()
        _ = try withdraw("c-3", in: folder)
        let good = temporary.read("journal.jsonl")
        temporary.write(good + String(good.prefix(40)), to: "journal.jsonl")
        var report = folder.load()
        #expect(report.data?.commitment("c-3")?.state == .withdrawn, "the good line before it still counts")
        #expect(report.warnings.map { $0.rendered(in: .en) }
                == ["journal.jsonl:2:1: the last line is cut off (a writer was stopped before it finished); it is skipped"])
        _ = try withdraw("c-5", in: folder)
        report = folder.load()
        #expect(report.data?.commitment("c-5")?.state == .withdrawn, "the line after the torn one is whole")
        #expect(report.warnings.count == 1)
        #expect(report.warnings.first?.position?.line == 2)
        #expect(report.warnings.first?.kind != .tornJournalLine, "now a bad line in the middle, no longer the last")
    }

    @Test func garbageBetweenGoodLinesIsSkippedWithItsLineNumber() throws {
        let (temporary, folder) = try folderWithFixture()
        _ = try withdraw("c-3", in: folder)
        let first = temporary.read("journal.jsonl")
        _ = try withdraw("c-5", in: folder)
        let second = String(temporary.read("journal.jsonl").dropFirst(first.count))
        temporary.write(first + "dit is geen json\n" + "{\"at\": 1}\n" + second, to: "journal.jsonl")
        let report = folder.load()
        #expect(report.data?.commitment("c-3")?.state == .withdrawn)
        #expect(report.data?.commitment("c-5")?.state == .withdrawn)
        #expect(report.warnings.map { $0.position?.line } == [2, 3, 3, 3, 3, 3], "line 3: at is not a timestamp; by, entity, id and value are missing")
        #expect(report.warnings.first?.rendered(in: .en) == "journal.jsonl:2:1: not valid JSON: unexpected character \"d\"")
    }

    @Test func compactionFoldsEverythingAndAReplayOfFoldedLinesIsHarmless() throws {
        let (temporary, folder) = try folderWithFixture()
        _ = try withdraw("c-3", in: folder)
        _ = try withdraw("c-5", in: folder)
        let journal = temporary.read("journal.jsonl")
        let before = folder.load().data
        let (folded, skipped) = try folder.compact()
        #expect(folded == 2 && skipped.isEmpty)
        #expect(temporary.read("journal.jsonl").isEmpty)
        #expect(folder.load().data == before)
        #expect(folder.history().items.count == 2)
        // A compaction stopped after writing the files but before emptying the journal:
        temporary.write(journal, to: "journal.jsonl")
        let again = folder.load()
        #expect(again.isClean)
        #expect(again.data == before)
    }

    @Test func aReplayedEditThatNoLongerFitsIsReportedNotApplied() throws {
        let (temporary, folder) = try folderWithFixture()
        _ = try withdraw("c-3", in: folder)
        // Someone removes the partner by hand from partners.json ... and its commitments' edits no longer fit.
        var data = Fixture.data
        data = LabData(lab: data.lab, partners: data.partners, projects: data.projects,
                       commitments: data.commitments.filter { $0.id != "c-3" })
        try data.save(to: temporary.path)
        let report = folder.load()
        #expect(report.warnings.map { $0.rendered(in: .en) } == ["journal.jsonl:1:1: commitment \"c-3\" does not exist; the change is skipped"])
    }
}

private extension LabData {
    func save(to path: String) throws {
        try DataFolder(path: path).save(self)
    }
}

@Suite struct CompactionThresholdTests {
    @Test func aLongJournalAsksForCompaction() throws {
        let temporary = TemporaryFolder()
        let folder = DataFolder(path: temporary.path)
        try folder.save(Fixture.data)
        #expect(!folder.journalNeedsCompaction(threshold: 100))
        _ = try folder.commit(author: "anna") { data throws(EditFailure) in
            var commitment = data.commitment("c-3")!
            commitment.note = "lang genoeg"
            return EntityChange(.commitment(commitment), basedOn: 1)
        }
        #expect(folder.journalNeedsCompaction(threshold: 100))
        #expect(!folder.journalNeedsCompaction())
        _ = try folder.compact()
        #expect(!folder.journalNeedsCompaction(threshold: 100))
    }
}

@Suite struct SimulatorTests {
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test func theSimulatorsEditsAreValidAndJournaled() throws {
        let temporary = TemporaryFolder()
        let folder = DataFolder(path: temporary.path)
        try folder.save(SampleLab.data)
        var simulator = Simulator(generator: SeededGenerator(state: 42))
        for _ in 0..<40 {
            let data = try #require(folder.load().data)
            let next = simulator.nextChange(in: data, today: Day("2020-01-15")!)
            let change = try #require(next)
            _ = try folder.commit(author: Simulator<SeededGenerator>.author) { _ in change }
        }
        let report = folder.load()
        #expect(report.isClean, "\(report.problems + report.warnings)")
        #expect(folder.history().items.count == 40)
        #expect(folder.history().items.allSatisfy { $0.entry.by == "simulatie" })
        #expect(Validator.problems(in: report.data!).isEmpty)
    }
}
