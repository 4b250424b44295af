// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// Issue 20 as two colleagues meet it: each in a terminal on a clone of one server, an edit in
/// each, `:sync` in both, the other's edit on screen, and a field both changed decided in the dialog.
@Suite(.serialized) struct SyncTerminalTests {
    /// Runs a command to its end; whether it succeeded.
    static func run(_ command: [String]) throws -> Bool {
        try runCommand(command).status == 0
    }

    /// In the program on the commitments pane: the selected commitment's note ended with `text`.
    static func addToNote(_ text: String, in tmux: Tmux) throws {
        try tmux.send("e")
        try tmux.waitFor("Notitie")
        try tmux.send("Up")
        try tmux.type(text)
        try tmux.send("Enter")
        try tmux.waitFor("Opgeslagen")
    }

    @Test func twoColleaguesSyncSeeEachOthersEditAndDecideAConflict() throws {
        let place = NSTemporaryDirectory() + "schuldenlab-sync-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: place) }
        try FileManager.default.createDirectory(atPath: place, withIntermediateDirectories: true)
        let (remote, anna, kees) = (place + "/server.git", place + "/anna", place + "/kees")
        #expect(try Self.run(["git", "init", "-q", "--bare", "--initial-branch=main", remote]))
        #expect(try Self.run([Tmux.binary, "init", anna, "--sample", "--git"]))
        #expect(try Self.run([Tmux.binary, "sync", "--data", anna, "--setup", remote, "--author", "anna"]))
        #expect(try Self.run([Tmux.binary, "sync", "--data", kees, "--setup", remote, "--author", "kees"]))

        let first = try Tmux(Tmux.program("--data \(anna) --author anna"), width: 100, height: 30)
        let second = try Tmux(Tmux.program("--data \(kees) --author kees"), width: 100, height: 30)
        for tmux in [first, second] {
            try tmux.waitFor("sync ↑0 ↓0")
            try tmux.send("4")
            try tmux.waitFor("Toezeggingen (93)")
        }
        // Both change c-0001's note; Kees also c-0002's.
        try Self.addToNote(" Van Anna.", in: first)
        try first.waitFor("sync ↑1 ↓0")
        try Self.addToNote(" Van Kees.", in: second)
        try second.send("j")
        try Self.addToNote(" Uren van Kees.", in: second)

        try first.command("sync")
        try first.waitFor("Gesynchroniseerd: 1 wijziging verstuurd, 0 ontvangen")
        try second.command("sync")
        try second.waitFor("Gesynchroniseerd: 2 wijzigingen verstuurd, 1 ontvangen; 1 conflict te beslissen (:beslis)")
        try first.command("sync")
        try first.waitFor("2 ontvangen")
        try first.send("j", "Enter")
        try first.waitFor("Uren van Kees.")
        try first.send("Escape", "k")

        // Anna decides the note both changed: Kees's version.
        try first.command("beslis")
        // The whole frame, not one drawn half-way.
        let dialog = try first.waitFor("1 conflict te beslissen · stand")
        #expect(dialog.contains("Op twee plekken gewijzigd"), "\(dialog)")
        #expect(dialog.contains("Versie van anna: Bedrag illustratief. Van Anna."), "\(dialog)")
        #expect(dialog.contains("Versie van kees: Bedrag illustratief. Van Kees."))
        try first.send("Right", "Enter")
        try first.waitFor("Opgeslagen: toezegging c-0001")
        try first.command("sync")
        let decided = try first.waitFor("Gesynchroniseerd: 1 wijziging verstuurd")
        #expect(!decided.contains("te beslissen"))
        try second.command("sync")
        try second.waitFor("1 ontvangen")
        try second.send("Escape", "k", "Enter")
        let shown = try second.waitFor("Notitie: Bedrag illustratief. Van Kees.")
        #expect(!shown.contains("te beslissen"), "the decision reached Kees too")
        for tmux in [first, second] {
            try tmux.send("q", "q")
            #expect(try tmux.waitFor("END").contains("EXIT=0"))
        }
    }
}
