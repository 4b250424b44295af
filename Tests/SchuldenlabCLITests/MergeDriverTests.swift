// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// The journal's merge driver as git runs it: two branches that each saved edits merge without a
/// conflict, into every edit once, in time order.
@Suite struct MergeDriverTests {
    func git(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String) {
        let run = try Run.git(arguments, in: folder)
        return (run.status, run.output + run.error)
    }

    static func line(_ edit: String, _ at: String) -> String {
        let commitment = Commitment(id: "c-1", partner: "bank", project: nil, kind: .money, amount: Quantity(1), unit: "EUR",
                                    valueEUR: Money(1), from: Day("2020-01-01")!, state: .pledged,
                                    stamp: Stamp(revision: 1, updatedAt: Timestamp(at)!, updatedBy: "test"))
        return JournalEntry(edit: edit, at: Timestamp(at)!, by: "test", baseRevision: 1, value: .commitment(commitment)).line + "\n"
    }

    @Test func twoBranchesJournalsMergeIntoEveryEditOnce() throws {
        let scratch = Scratch()
        let repository = scratch.path
        #expect(try git(["init", "-q", "-b", "main"], in: repository).status == 0)
        try "journal.jsonl merge=schuldenlab-journal\n".write(toFile: repository + "/.gitattributes", atomically: true, encoding: .utf8)
        #expect(try git(["config", "merge.schuldenlab-journal.driver", "\(Run.binary.path) merge-driver journal %O %A %B"], in: repository).status == 0)
        let journal = repository + "/journal.jsonl"
        try Self.line("e-1", "2020-01-01T10:00:00Z").write(toFile: journal, atomically: true, encoding: .utf8)
        #expect(try git(["add", "."], in: repository).status == 0)
        #expect(try git(["commit", "-q", "-m", "start"], in: repository).status == 0)
        #expect(try git(["checkout", "-q", "-b", "site"], in: repository).status == 0)
        try (Self.line("e-1", "2020-01-01T10:00:00Z") + Self.line("e-3", "2020-01-03T10:00:00Z"))
            .write(toFile: journal, atomically: true, encoding: .utf8)
        #expect(try git(["commit", "-q", "-am", "site"], in: repository).status == 0)
        #expect(try git(["checkout", "-q", "main"], in: repository).status == 0)
        try (Self.line("e-1", "2020-01-01T10:00:00Z") + Self.line("e-2", "2020-01-02T10:00:00Z"))
            .write(toFile: journal, atomically: true, encoding: .utf8)
        #expect(try git(["commit", "-q", "-am", "main"], in: repository).status == 0)
        let merge = try git(["merge", "-q", "--no-edit", "site"], in: repository)
        #expect(merge.status == 0, "\(merge.output)")
        let merged = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(merged == Self.line("e-1", "2020-01-01T10:00:00Z") + Self.line("e-2", "2020-01-02T10:00:00Z")
                + Self.line("e-3", "2020-01-03T10:00:00Z"))
        #expect(try git(["fsck", "--no-progress"], in: repository).status == 0)
    }

    /// A sample folder as a repository with both drivers registered, and a branch `site` beside `main`.
    func repository(_ scratch: Scratch) throws -> String {
        let folder = try scratch.sampleFolder()
        #expect(try git(["init", "-q", "-b", "main"], in: folder).status == 0)
        try "journal.jsonl merge=schuldenlab-journal\nhistory.jsonl merge=schuldenlab-journal\nhistory/*.jsonl merge=schuldenlab-journal\n*.json merge=schuldenlab-data\nlab.json -merge\n"
            .write(toFile: folder + "/.gitattributes", atomically: true, encoding: .utf8)
        _ = try git(["config", "merge.schuldenlab-journal.driver", "\(Run.binary.path) merge-driver journal %O %A %B"], in: folder)
        _ = try git(["config", "merge.schuldenlab-data.driver", "\(Run.binary.path) merge-driver data %O %A %B %P"], in: folder)
        #expect(try git(["add", "-A"], in: folder).status == 0)
        #expect(try git(["commit", "-q", "-m", "start"], in: folder).status == 0)
        #expect(try git(["branch", "site"], in: folder).status == 0)
        return folder
    }

    func edit(_ folder: String, _ options: [String], on branch: String) throws {
        #expect(try git(["checkout", "-q", branch], in: folder).status == 0)
        let update = try Run(["update", "commitment", "c-0004"] + options + ["--data", folder])
        #expect(update.status == 0, "\(update.error)")
        #expect(try Run(["compact", "--data", folder]).status == 0)
        #expect(try git(["add", "-A"], in: folder).status == 0)
        #expect(try git(["commit", "-q", "-m", branch], in: folder).status == 0)
    }

    @Test func twoSitesEditingDifferentFieldsOfOneCommitmentMergeCleanly() throws {
        let scratch = Scratch()
        let folder = try repository(scratch)
        try edit(folder, ["--note", "afgesproken op de site"], on: "site")
        try edit(folder, ["--state", "geleverd"], on: "main")
        let merge = try git(["merge", "-q", "--no-edit", "site"], in: folder)
        #expect(merge.status == 0, "\(merge.output)")
        let check = try Run(["check", "--data", folder])
        #expect(check.status == 0, "\(check.output) \(check.error)")
        let shown = try Run(["log", "--entity", "c-0004", "--data", folder, "--lang", "en"])
        #expect(shown.status == 0)
        let commitments = try String(contentsOfFile: folder + "/commitments.json", encoding: .utf8)
        #expect(commitments.contains("afgesproken op de site") && commitments.contains("\"state\": \"delivered\""))
    }

    @Test func aFieldBothSitesChangedIsAConflictGitLeavesMarked() throws {
        let scratch = Scratch()
        let folder = try repository(scratch)
        try edit(folder, ["--state", "ingetrokken"], on: "site")
        try edit(folder, ["--state", "geleverd"], on: "main")
        let merge = try git(["merge", "--no-edit", "site"], in: folder)
        #expect(merge.status != 0)
        #expect(merge.output.contains("commitments.json: c-0004: beide kanten wijzigden status"), "\(merge.output)")
        let status = try git(["status", "--porcelain"], in: folder).output
        #expect(status.contains("UU commitments.json"), "\(status)")
    }

    @Test func aFolderMadeWithGitMergesAnotherSitesEditsByField() throws {
        let scratch = Scratch()
        let here = scratch.file("here"), there = scratch.file("there")
        let made = try Run(["init", here, "--sample", "--git"])
        #expect(made.status == 0, "\(made.error)")
        #expect(try git(["status", "--porcelain"], in: here).output.isEmpty, "everything committed, the lock ignored")
        #expect(try git(["config", "merge.schuldenlab-data.driver"], in: here).output.contains("merge-driver data %O %A %B %P"))
        #expect(try git(["clone", "-q", here, there], in: scratch.path).status == 0)
        for (folder, option) in [(there, ["--note", "van de andere site"]), (here, ["--state", "geleverd"])] {
            #expect(try Run(["update", "commitment", "c-0004"] + option + ["--data", folder]).status == 0)
            #expect(try Run(["compact", "--data", folder]).status == 0)
            #expect(try git(["add", "-A"], in: folder).status == 0)
            #expect(try git(["commit", "-q", "-m", "edit"], in: folder).status == 0)
        }
        let pull = try git(["pull", "-q", "--no-rebase", "--no-edit", there, "HEAD"], in: here)
        #expect(pull.status == 0, "\(pull.output)")
        #expect(try Run(["check", "--data", here]).status == 0)
        let commitments = try String(contentsOfFile: here + "/commitments.json", encoding: .utf8)
        #expect(commitments.contains("van de andere site") && commitments.contains("\"state\": \"delivered\""))
    }
}
