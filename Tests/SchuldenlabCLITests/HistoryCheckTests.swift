// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// check looks at the history too: history.jsonl, as earlier versions kept it, and the segments.
@Suite struct HistoryCheckTests {
    @Test(arguments: ["history.jsonl", "history/000001.jsonl"])
    func aGarbageLineOrAFIFOInTheHistoryIsReported(file: String) throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "x"]).status == 0)
        #expect(try Run(["compact", "--data", folder]).status == 0)
        let history = folder + "/" + file
        let segment = try String(contentsOfFile: folder + "/history/000001.jsonl", encoding: .utf8)
        try (segment + "geen json\n").write(toFile: history, atomically: false, encoding: .utf8)
        let garbage = try Run(["check", "--data", folder])
        #expect(garbage.status == 1)
        #expect(garbage.output.hasPrefix("\(file):2:1: "), "\(garbage.output)")
        unlink(history)
        #expect(mkfifo(history, 0o600) == 0)
        let fifo = try Run(["check", "--data", folder])
        #expect(fifo.status == 2)
        #expect(fifo.output.hasPrefix("\(file): dit is geen gewoon bestand"), "\(fifo.output)")
    }

    @Test func aSegmentsFolderThatIsALinkIsNotFollowed() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        try FileManager.default.createDirectory(atPath: scratch.file("elders"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/history", withDestinationPath: scratch.file("elders"))
        let check = try Run(["check", "--data", folder, "--lang", "en"])
        #expect(check.status == 2)
        #expect(check.output.hasPrefix("history: the folder cannot be read (a symbolic link, which schuldenlab does not follow"), "\(check.output)")
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "x"]).status == 0)
        let compact = try Run(["compact", "--data", folder, "--lang", "en"])
        #expect(compact.status == 2, "no segment is written through the link")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("elders")).isEmpty)
    }
}
