// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// Two programs open on one folder while a script edits it.
@Suite(.serialized) struct LiveTests {
    @Test func anEditFromAScriptShowsUpInEveryOpenProgram() throws {
        let folder = try sampleFolder(named: "live")
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let first = try Tmux(Tmux.program("--data \(folder) --author anna"), width: 120, height: 30)
        let second = try Tmux(Tmux.program("--data \(folder) --poll --lang en"), width: 100, height: 30)
        try first.waitFor("Overzicht")
        try second.waitFor("Overview")
        try first.send("4")
        try first.waitFor("Toezeggingen (93)")

        let edit = Process()
        edit.executableURL = URL(fileURLWithPath: Tmux.binary)
        edit.arguments = ["add", "commitment", "--data", folder, "--partner", "vodafone", "--project", "csr", "--kind", "money",
                          "--amount", "12345", "--unit", "EUR", "--author", "bram"]
        edit.standardOutput = FileHandle.nullDevice
        try edit.run()
        edit.waitUntilExit()
        #expect(edit.terminationStatus == 0)

        var screen = try first.waitFor("Toezeggingen (94)")
        #expect(screen.contains("Gewijzigd door bram: toezegging c-0094 (Vodafone)"))
        try first.send("G")
        screen = try first.waitFor("€ 12.345")
        #expect(screen.contains("c-0094 Vodafone"))
        screen = try second.waitFor("Changed by bram: commitment c-0094 (Vodafone)")

        // The log in the first program shows the edit.
        try first.send("7")
        screen = try first.waitFor("Logboek (18)")
        #expect(screen.contains("bram"))
        #expect(screen.contains("toezegging Vodafone · Coll"), "the commitment in words: who gives to what")

        // An edit made in the first program reaches the second.
        try first.send("3")
        try first.waitFor("Projecten (9)")
        try first.send("p")
        try first.waitFor("Statusupdate: Collectief Schuldregelen")
        try first.send("Right")
        try first.send("Tab")
        try first.type("Wachtlijst groeit")
        try first.send("Enter")
        try first.waitFor("Opgeslagen: project Collectief Schuldregelen")
        screen = try second.waitFor("Changed by anna: project Collectief Schuldregelen")
        try second.send("3")
        screen = try second.waitFor("Projects (9)")
        #expect(screen.contains("attention"))
        // And a script sees it too.
        let log = Process()
        log.executableURL = URL(fileURLWithPath: Tmux.binary)
        log.arguments = ["log", "--data", folder, "--entity", "csr", "--lang", "en"]
        let output = Pipe()
        log.standardOutput = output
        try log.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        log.waitUntilExit()
        #expect(text.contains("anna  project csr  revision 2"))
        #expect(text.contains("New status update (on track → attention): \"Wachtlijst groeit\""), "one entry says the update and its health")
    }

    @Test func aBrokenHandEditKeepsTheLastGoodStateAndSaysWhere() throws {
        let folder = try sampleFolder(named: "live")
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let tmux = try Tmux(Tmux.program("--data \(folder) --lang en"), width: 120, height: 30)
        try tmux.waitFor("Overview")
        try tmux.send("2")
        try tmux.waitFor("Partners (25)")
        let path = folder + "/partners.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"scope\": \"national\"", with: "\"scope\": \"nationaal\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let screen = try tmux.waitFor("Reload failed")
        #expect(screen.contains("Partners (25)"), "the last good state stays")
        #expect(screen.contains("partners.json:"))
    }
}
