import Foundation
import Testing
import LabModel

/// check looks at history.jsonl too (issue 14, point 9, in part).
@Suite struct HistoryCheckTests {
    @Test func aGarbageLineOrAFIFOInTheHistoryIsReported() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "x"]).status == 0)
        #expect(try Run(["compact", "--data", folder]).status == 0)
        let history = folder + "/history.jsonl"
        let handle = try #require(FileHandle(forWritingAtPath: history))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("geen json\n".utf8))
        try handle.close()
        let garbage = try Run(["check", "--data", folder])
        #expect(garbage.status == 1)
        #expect(garbage.output.hasPrefix("history.jsonl:2:1: "), "\(garbage.output)")
        unlink(history)
        #expect(mkfifo(history, 0o600) == 0)
        let fifo = try Run(["check", "--data", folder])
        #expect(fifo.status == 2)
        #expect(fifo.output.hasPrefix("history.jsonl: dit is geen gewoon bestand"), "\(fifo.output)")
    }
}
