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

    @Test func aHistoryThatIsAFIFOStopsCompactionWithItsName() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        for number in 1...3 {
            #expect(try Run(["update", "commitment", "c-000\(number)", "--data", folder, "--note", String(repeating: "x", count: 30_000)]).status == 0)
        }
        fifo(folder + "/history.jsonl")
        let start = Date()
        let compact = try Run(["compact", "--data", folder, "--lang", "en"])
        #expect(compact.status != 0)
        #expect((compact.error + compact.output).contains("history.jsonl"), "\(compact.error)\(compact.output)")
        #expect(Date().timeIntervalSince(start) < 20, "compaction did not block in a write")
        let after = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "money", "--amount", "1", "--unit", "EUR"])
        #expect(after.status == 0, "the lock was let go: \(after.error)")
    }
}
