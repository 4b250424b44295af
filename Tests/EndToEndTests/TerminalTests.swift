// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The real binary in a real terminal (tmux), as a user meets it.
@Suite(.serialized) struct TerminalTests {
    @Test func aNewUsersFirstSession() throws {
        let tmux = try Tmux(Tmux.program())
        var screen = try tmux.waitFor("Overzicht — Schuldenlab070")
        #expect(screen.contains("Ingebouwde voorbeelddata"))

        try tmux.send("2")
        try tmux.waitFor("Partners (25)")
        try tmux.send("/")
        try tmux.type("ING Ned")
        screen = try tmux.waitFor("Partners (1 van 25) · \"ING\", \"Ned\"")
        #expect(screen.contains("ING Nederland fonds"))
        #expect(screen.contains("Filter: ING Ned"))

        try tmux.send("Enter")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Toezeggingen (1)")
        #expect(screen.contains("Jongeren Perspectief Fonds"))
        #expect(screen.contains("€ 450.000"))

        try tmux.send("?")
        screen = try tmux.waitFor("Toetsen")
        #expect(screen.contains("Overzicht: het lab in één oogopslag"))
        try tmux.send("Escape")
        try tmux.waitFor("Toezeggingen (1)")

        try tmux.send(":")
        try tmux.type("lang en")
        try tmux.send("Enter")
        screen = try tmux.waitFor("Commitments (1)")
        #expect(screen.contains("Language: English"))

        try tmux.resize(width: 140, height: 40)
        screen = try tmux.waitFor("Partners (1 of 25) · \"ING\", \"Ned\"")
        #expect(screen.split(separator: "\n")[1].count == 140, "the boxes span the new width")

        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Commitments (1)")

        try tmux.send("q")
        try tmux.waitFor("Partners (1 of 25)")
        try tmux.send("q")
        screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("icanon echo"), "the terminal is back in its normal mode")
        #expect(!screen.contains("Schuldenlab070"), "the program's screen is gone")
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let tmux = try Tmux(Tmux.program())
        try tmux.waitFor("Overzicht")
        try tmux.send("3")
        try tmux.send("C-c")
        let screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("icanon echo"))
    }

    /// SIGTERM and SIGHUP end the program; SIGSEGV stands for a crash. Each time the terminal is restored.
    @Test(arguments: [("TERM", 143), ("HUP", 129), ("SEGV", 139)])
    func aSignalRestoresTheTerminal(signal: String, status: Int) throws {
        // A copy of the binary under a name of its own, so that the signal reaches only this one.
        let name = "sl-\(UUID().uuidString.prefix(8).lowercased())"
        let folder = NSTemporaryDirectory() + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/" + name, withDestinationPath: Tmux.binary)

        let tmux = try Tmux(Tmux.program(binary: folder + "/" + name))
        try tmux.waitFor("Overzicht")
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        kill.arguments = ["-\(signal)", "-x", name]
        try kill.run()
        kill.waitUntilExit()
        #expect(kill.terminationStatus == 0, "pkill found the program")
        let screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=\(status)"))
        #expect(screen.contains("icanon echo"))
    }

    @Test func aDumbTerminalGetsAClearMessage() throws {
        let tmux = try Tmux(Tmux.program(environment: "TERM=dumb"))
        let screen = try tmux.waitFor("EXIT=2")
        #expect(screen.contains("TERM=dumb kan de cursor niet plaatsen"))
    }

    @Test func anUnknownTerminalGetsAClearMessage() throws {
        let tmux = try Tmux(Tmux.program(environment: "TERM=no-such-terminal"))
        let screen = try tmux.waitFor("EXIT=2")
        #expect(screen.contains("onbekend terminaltype TERM=no-such-terminal"))
    }

    @Test func withoutATerminalItSaysSoAndExitsTwo() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tmux.binary)
        process.arguments = ["--lang", "en"]
        process.standardInput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.contains("schuldenlab needs a terminal"))
    }

    @Test func noColorKeepsTheSelectionVisibleInReverse() throws {
        let tmux = try Tmux(Tmux.program("--theme default", environment: "NO_COLOR=1"))
        try tmux.waitFor("Overzicht")
        try tmux.send("2")
        try tmux.waitFor("Partners (25)")
        let screen = try tmux.screen(withEscapes: true)
        #expect(!screen.contains("38;5;"), "no colours")
        #expect(!screen.contains("38;2;"), "no colours")
        #expect(screen.contains("\u{1B}[7m"), "the selection in reverse")
    }

    @Test func aMissingThemeIsReportedAndTheDefaultStays() throws {
        let tmux = try Tmux(Tmux.program("--theme nergens --lang en"))
        let screen = try tmux.waitFor("Overview")
        #expect(screen.contains("Theme file \"nergens\": not found; choose from beamer"))
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=0")
    }

    @Test func theMouseClicksATabAndARow() throws {
        let tmux = try Tmux(Tmux.program())
        let screen = try tmux.waitFor("Overzicht")
        let firstLine = String(screen.split(separator: "\n").first ?? "")
        let column = try #require(firstLine.range(of: "3 Pro")).lowerBound.utf16Offset(in: firstLine) + 1
        // An SGR mouse press and release at (column, row 1), as xterm sends it.
        try tmux.run(["send-keys", "-t", tmux.session, "-l", "\u{1B}[<0;\(column + 1);1M\u{1B}[<0;\(column + 1);1m"])
        try tmux.waitFor("Projecten (9)")
    }
}
