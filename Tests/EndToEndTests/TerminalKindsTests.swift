// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// Every terminal a municipality has, every size, a storm of resizes and a long paste: the
/// program keeps working and leaves the terminal as it found it.
@Suite(.serialized) struct TerminalKindsTests {
    /// Quits with q and checks that the program ended well and the terminal is back to normal.
    private func quitAndExpectRestored(_ tmux: Tmux, presses: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for _ in 0..<presses { try tmux.send("q") }
        let screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=0"), sourceLocation: sourceLocation)
        #expect(screen.contains("icanon echo"), "the terminal is back in its normal mode", sourceLocation: sourceLocation)
    }

    @Test(arguments: ["xterm", "xterm-256color", "screen", "screen-256color", "tmux-256color", "linux", "vt100"])
    func worksInEveryTerminalType(term: String) throws {
        let tmux = try Tmux(Tmux.program(environment: "TERM=\(term)"))
        try tmux.waitFor("Overzicht")
        try tmux.send("2")
        var screen = try tmux.waitFor("Partners (25)")
        #expect(screen.contains("ABN AMRO"))
        try tmux.send("Enter")
        screen = try tmux.waitFor("Toezeggingen")
        try quitAndExpectRestored(tmux, presses: 2)
    }

    @Test func withoutUTF8TheScreenIsPlainASCII() throws {
        let tmux = try Tmux(Tmux.program(environment: "LANG=C LC_ALL=C"))
        try tmux.waitFor("Overzicht")
        try tmux.send("4")
        let screen = try tmux.waitFor("Toezeggingen (93)")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "no character outside ASCII reaches a terminal without UTF-8")
        #expect(screen.contains("+--"), "boxes are drawn with + - |")
        #expect(screen.contains("E 150.000") && screen.contains("E 64.000"), "the euro sign is spelled out as E: \(screen)")
        try quitAndExpectRestored(tmux)
    }

    @Test func everySizeFromOneByOneTo400By120() throws {
        let tmux = try Tmux(Tmux.program(), width: 80, height: 24)
        try tmux.waitFor("Overzicht")
        try tmux.send("3")
        for (width, height) in [(1, 1), (2, 1), (1, 2), (10, 3), (39, 9), (40, 10), (41, 11), (79, 23), (200, 60), (400, 120), (1, 120), (400, 1)] {
            try tmux.resize(width: width, height: height)
            Thread.sleep(forTimeInterval: 0.15)
        }
        try tmux.resize(width: 400, height: 120)
        var screen = try tmux.waitFor("Projecten (9)")
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false)[1].count == 400, "the boxes span 400 columns")
        try tmux.resize(width: 1, height: 1)
        Thread.sleep(forTimeInterval: 0.3)
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor("Projecten (9)")
        try quitAndExpectRestored(tmux)
    }

    @Test func aHundredResizesWithinASecond() throws {
        let tmux = try Tmux(Tmux.program())
        try tmux.waitFor("Overzicht")
        // One tmux client sends them all, so that they arrive as fast as a window manager sends them.
        var commands: [String] = []
        for step in 0..<100 {
            commands += ["resize-window", "-t", tmux.session, "-x", String(20 + step * 3 % 180), "-y", String(5 + step * 7 % 60), ";"]
        }
        // How fast they are taken in is measured in the benchmark.
        try tmux.run(commands + ["resize-window", "-t", tmux.session, "-x", "100", "-y", "30"])
        try tmux.send("2")
        let screen = try tmux.waitFor("Partners (25)")
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false)[1].count == 100)
        try quitAndExpectRestored(tmux)
    }

    @Test func tenThousandCharactersPastedIntoTheFilterAndTheCommandLine() throws {
        let tmux = try Tmux(Tmux.program())
        try tmux.waitFor("Overzicht")
        // It ends in a word of its own, so that the test can tell when the whole paste has arrived:
        // a key sent before that would be typed in the middle of it.
        let pasted = String((0..<10_000).map { index in Array("schuld lab ")[index % 11] }) + "EINDE"
        try tmux.run(["set-buffer", "-b", "paste", pasted])
        try tmux.send("2")
        try tmux.waitFor("Partners (25)")
        try tmux.send("/")
        try tmux.run(["paste-buffer", "-b", "paste", "-t", tmux.session])
        // A bound on hanging, not on speed: the debug build takes a paste in some 20 s on a loaded machine,
        // the release build in about a second (BENCHMARKS.md).
        try tmux.waitFor("EINDE", seconds: 120)
        var screen = try tmux.waitFor("Partners (0 van 25)")
        try tmux.send("Escape")
        screen = try tmux.waitFor("Partners (25)")
        try tmux.send(":")
        try tmux.run(["paste-buffer", "-b", "paste", "-t", tmux.session])
        try tmux.waitFor("EINDE", seconds: 120)
        try tmux.send("Enter")
        screen = try tmux.waitFor("Partners (25)", seconds: 120)
        #expect(screen.contains("Onbekende opdracht \"schuld\""), "the status line says which command it did not know: \(screen)")
        try quitAndExpectRestored(tmux)
    }
}
