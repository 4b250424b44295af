// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// A FIFO where a file should be is refused with its name and kind, never waited on (issue 14, point 2).
@Suite struct FIFOTests {
    private func fifo(_ path: String) {
        unlink(path)
        #expect(mkfifo(path, 0o600) == 0)
    }

    @Test func aLockFileThatIsAFIFOIsSaidAndNothingHangs() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        fifo(folder + "/journal.lock")
        let start = Date()
        let check = try Run(["check", "--data", folder, "--lang", "en"])
        #expect(check.status == 2)
        #expect(check.output.contains("journal.lock is a FIFO (named pipe), not a regular file") || check.error.contains("journal.lock is a FIFO"),
                "\(check.output)\(check.error)")
        let report = try Run(["report", "--data", folder])
        #expect(report.status == 2)
        let add = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "money", "--amount", "1", "--unit", "EUR"])
        #expect(add.status == 2)
        #expect(add.error.contains("journal.lock is a FIFO (named pipe), not a regular file"), "\(add.error)")
        #expect(Date().timeIntervalSince(start) < 20, "none of them waited for a writer to the FIFO")
    }

    @Test func aLogThatIsAFIFOIsRefusedAtOnce() throws {
        let scratch = Scratch()
        let log = scratch.path + "/log"
        fifo(log)
        let start = Date()
        let run = try Run(["check", "--log", log])
        #expect(run.status == 2)
        #expect(run.error.contains("--log \(log): "), "\(run.error)")
        let environment = try Run(["report"], environment: ["SCHULDENLAB_LOG": log])
        #expect(environment.status == 2, "\(environment.error)")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    /// history.jsonl a FIFO once made `compact` block in a write holding the lock. Compaction writes
    /// segments of its own now and leaves history.jsonl alone; `check` names it, and nothing waits.
    @Test func aHistoryThatIsAFIFONeitherBlocksCompactionNorPassesCheck() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        for number in 1...3 {
            #expect(try Run(["update", "commitment", "c-000\(number)", "--data", folder, "--note", String(repeating: "x", count: 30_000)]).status == 0)
        }
        fifo(folder + "/history.jsonl")
        let start = Date()
        let compact = try Run(["compact", "--data", folder, "--lang", "en"])
        #expect(compact.status == 0, "\(compact.error)")
        let check = try Run(["check", "--data", folder, "--lang", "en"])
        #expect(check.status == 2)
        #expect(check.output.contains("history.jsonl: this is not a regular file"), "\(check.output)")
        #expect(Date().timeIntervalSince(start) < 20, "nothing blocked on the FIFO")
        let after = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "money", "--amount", "1", "--unit", "EUR"])
        #expect(after.status == 0, "the lock was let go: \(after.error)")
    }

    /// A tour, a theme or a keys file that is a FIFO is refused at once with what it is; a data file
    /// that is a link is not followed (it could lead out of the folder) and is named.
    @Test func everyOtherFileTheProgramReadsIsRefusedWhenItIsNoRegularFile() throws {
        let scratch = Scratch()
        let config = scratch.file("config")
        try FileManager.default.createDirectory(atPath: config + "/schuldenlab/themes", withIntermediateDirectories: true)
        fifo(config + "/schuldenlab/themes/nacht.json")
        fifo(config + "/schuldenlab/keys.json")
        fifo(scratch.file("tour.json"))
        let start = Date()
        let tour = try Run(["demo", "--tour", scratch.file("tour.json"), "--lang", "en"])
        #expect(tour.status == 2)
        #expect(tour.error.contains("tour.json: cannot be read (a FIFO (named pipe), not a regular file)"), "\(tour.error)")
        let theme = try Run(["screenshot", "--pane", "1", "--theme", "nacht"], environment: ["XDG_CONFIG_HOME": config])
        #expect(theme.status == 2)
        #expect(theme.error.contains("nacht.json: a FIFO (named pipe), not a regular file"), "\(theme.error)")
        let keys = try Run(["keys", "--lang", "en"], environment: ["XDG_CONFIG_HOME": config])
        #expect((keys.output + keys.error).contains("keys.json: the file cannot be read (a FIFO (named pipe), not a regular file)"), "\(keys.error)")
        #expect(Date().timeIntervalSince(start) < 20, "none of them waited for a writer to the FIFO")

        let folder = try scratch.sampleFolder()
        try FileManager.default.moveItem(atPath: folder + "/partners.json", toPath: scratch.file("partners.json"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/partners.json", withDestinationPath: scratch.file("partners.json"))
        let check = try Run(["check", "--data", folder, "--lang", "en"])
        #expect(check.status == 2)
        #expect(check.output.contains("partners.json: the file cannot be read (a symbolic link, which schuldenlab does not follow"), "\(check.output)")
    }
}
