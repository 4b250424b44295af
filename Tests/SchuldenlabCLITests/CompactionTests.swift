// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// Scripts compact as the program does, and a compaction is all-or-nothing: stopped by a size limit it changes nothing, however often it is
/// tried again; killed at any of its steps, the next writer finishes or undoes it, and every edit
/// is in the files and in history.jsonl exactly once, with no temporary file left.
@Suite(.serialized) struct CompactionTests {
    /// The sample with `edits` notes in its journal.
    private func folderWithEdits(_ scratch: Scratch, edits: Int) throws -> String {
        let folder = try scratch.sampleFolder()
        for number in 1...edits {
            let id = String(format: "c-%04d", number)
            #expect(try Run(["update", "commitment", id, "--data", folder, "--note", "notitie \(number)", "--author", "anna"]).status == 0)
        }
        return folder
    }

    /// The ids of the edits in the history, once for each time one is there.
    private func folded(in folder: String) -> [String] {
        DataFolder(path: folder).editsOnRecord().history.flatMap { id, count in Array(repeating: id, count: count) }
    }

    private func editIDs(inJournalOf folder: String) -> [String] {
        DataFolder(path: folder).editsOnRecord().journal.flatMap { id, count in Array(repeating: id, count: count) }
    }

    /// Files a writer left that are not part of the folder: temporary files and compaction records.
    private func leftovers(in folder: String) -> [String] {
        [folder, folder + "/history"].flatMap { place in
            ((try? FileManager.default.contentsOfDirectory(atPath: place)) ?? []).filter { $0.hasPrefix(".") && $0 != ".schemas" }
        }
    }

    @Test func aCompactionStoppedByASizeLimitChangesNothingHoweverOftenItIsTried() throws {
        let scratch = Scratch()
        let folder = try folderWithEdits(scratch, edits: 5)
        let before = scratch.contents(of: folder)
        // Room for every file but the largest: the compaction fails after it wrote the others.
        let largest = DataFile.allCases.compactMap { file in before[file.fileName]?.count }.max() ?? 0
        for _ in 0..<3 {
            let refused = try Run(["compact", "--data", folder, "--lang", "en"], prefix: ["/usr/bin/prlimit", "--fsize=\(largest / 2)", "--"])
            #expect(refused.status == 2)
            #expect(refused.error.contains("File too large"), "\(refused.error)")
            #expect(scratch.contents(of: folder) == before, "no file was replaced and nothing was appended to the history")
        }
        #expect(try Run(["compact", "--data", folder]).status == 0)
        let history = folded(in: folder)
        #expect(history.count == 5 && Set(history).count == 5, "each edit once: \(history)")
        #expect(leftovers(in: folder).isEmpty)
    }

    @Test func killedAtEveryStepTheNextWriterFinishesOrUndoesIt() throws {
        var stoppedAt: [String] = []
        for step in Compaction.Step.allCases {
            let scratch = Scratch()
            let folder = try folderWithEdits(scratch, edits: 3)
            let journalIDs = editIDs(inJournalOf: folder)
            let killed = try Run(["compact", "--data", folder], environment: ["SCHULDENLAB_FAULT_KILL_COMPACTION_AT": step.rawValue])
            #expect(killed.status == SIGKILL, "\(step): \(killed.status) \(killed.error)")
            if killed.status == SIGKILL { stoppedAt.append(step.rawValue) }

            let seen = try #require(DataFolder(path: folder).load().data, "\(step): the folder reads whole while the compaction is stopped")
            #expect((1...3).allSatisfy { seen.commitment(String(format: "c-%04d", $0))?.note == "notitie \($0)" }, "\(step)")
            #expect(try Run(["check", "--data", folder]).status == 0, "\(step)")

            #expect(try Run(["update", "commitment", "c-0004", "--data", folder, "--note", "daarna"]).status == 0)
            #expect(try Run(["compact", "--data", folder]).status == 0)
            let data = try #require(DataFolder(path: folder).load().data)
            #expect((1...3).allSatisfy { data.commitment(String(format: "c-%04d", $0))?.note == "notitie \($0)" }, "\(step)")
            #expect(data.commitment("c-0004")?.note == "daarna", "\(step)")
            let history = folded(in: folder)
            #expect(history.count == 4 && Set(history).count == 4 && Set(journalIDs).isSubset(of: history), "\(step): each edit once: \(history)")
            #expect(leftovers(in: folder).isEmpty, "\(step): \(leftovers(in: folder))")
            #expect(try Run(["check", "--data", folder]).status == 0, "\(step)")
        }
        #expect(stoppedAt == ["first-new-file-written", "new-files-written", "manifest-written", "first-file-renamed",
                              "files-renamed"], "the steps the test stopped at")
    }

    /// history.jsonl keeps the version before the first edit of each entity it holds, so that what
    /// that edit changed is still said once the files hold the new version.
    @Test func afterCompactionTheLogStillSaysWhatTheFirstEditChanged() throws {
        let scratch = Scratch()
        let folder = try folderWithEdits(scratch, edits: 1)
        let before = try Run(["log", "--data", folder, "--lang", "en"]).output
        #expect(before.contains("Note: Bedrag illustratief. → notitie 1"), "\(before)")
        #expect(try Run(["compact", "--data", folder]).status == 0)
        #expect(try Run(["log", "--data", folder, "--lang", "en"]).output == before)
    }

    /// A folder edited only by scripts is folded into the files once its journal passes the
    /// threshold (1 MiB), so that it does not grow without end and every read stays quick.
    @Test func editsFromTheCommandLineCompactOnceTheJournalIsPastTheThreshold() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let long = String(repeating: "x", count: 120_000)
        for number in 1...9 {
            #expect(try Run(["update", "commitment", "c-000\(number)", "--data", folder, "--note", long]).status == 0)
        }
        let journal = try #require(FileManager.default.attributesOfItem(atPath: folder + "/journal.jsonl")[.size] as? Int)
        #expect(journal < 1 << 20, "the journal was folded: \(journal) bytes")
        #expect(folded(in: folder).count == 9)
        let data = try #require(DataFolder(path: folder).load().data)
        #expect((1...9).allSatisfy { data.commitment("c-000\($0)")?.note == long })
    }
}
