// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The program's log, written while it runs in a terminal, says what it did and nothing personal.
@Suite struct ProgramLogTests {
    @Test func theProgramLogsReadsAndSavesButNoPerson() throws {
        let folder = try sampleFolder(named: "log")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = folder + "-program.log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let tmux = try Tmux(Tmux.program("--data \(folder) --author anna.jansen --log \(log)"), width: 100, height: 24)
        try tmux.waitFor("Overzicht")
        try tmux.send("4")
        try tmux.waitFor("Toezeggingen (93)")
        try tmux.withdrawSelectedCommitment()
        try tmux.send("q")
        let screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=0"))
        #expect(!screen.contains("saved commitment"), "the log does not run through the screen")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("read \(folder): 25 partners, 9 projects, 93 commitments"))
        #expect(text.contains("saved commitment c-0001 revision 2"))
        #expect(text.hasSuffix("stop\n"))
        #expect(!text.contains("anna"))
    }
}
