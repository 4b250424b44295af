// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The organising-capacity view in a real terminal, as a coordinator meets it.
@Suite(.serialized) struct CapacityTerminalTests {
    @Test func oneKeyShowsWhoHoldsTheNetworkTogether() throws {
        let tmux = try Tmux(Tmux.program())
        try tmux.waitFor("Overzicht — Schuldenlab070")
        try tmux.send("8")
        var screen = try tmux.waitFor("Verbindende rol: Gemeente Den Haag heeft de hoogste tussenpositie")
        #expect(screen.contains("Projecten om op te letten (5)"))
        #expect(screen.contains("één motief: Geld sneller terug, rood"))
        #expect(screen.contains("Tussenpositie (betweenness): aandeel van de kortste wegen"))

        // At 80 columns the sector is left out: the fifth sort is by liaison, and the line under the table explains it.
        try tmux.send("s", "s", "s", "s", "s")
        try tmux.waitFor("Verbinder (liaison): paren zonder gedeeld project")

        // The top liaison opens in the partners' pane, its partnerships further down its detail.
        try tmux.send("g", "Enter")
        screen = try tmux.waitFor("Partner sinds")
        #expect(screen.contains("Haag Wonen") && screen.contains("Toezeggingen (5)"), "the partner's detail, its commitments")
        try tmux.send("Escape")
        try tmux.waitFor("Projecten om op te letten")

        try tmux.send(":")
        try tmux.type("lang en")
        try tmux.send("Enter")
        try tmux.resize(width: 160, height: 48)
        screen = try tmux.waitFor("What the figures say")
        #expect(screen.contains("Connecting role: Gemeente Den Haag has the highest betweenness"))
        #expect(screen.contains("Motives: who wants what, and what they give"))

        try tmux.send("q")
        screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=0"))
    }

    @Test func aLargeLabsFiguresComeWhileTheKeysKeepWorking() throws {
        let folder = NSTemporaryDirectory() + "schuldenlab-capacity-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: Tmux.binary)
        generate.arguments = ["generate", folder, "--partners", "1000", "--projects", "500", "--commitments", "20000", "--seed", "7"]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        try #require(generate.terminationStatus == 0)

        let tmux = try Tmux(Tmux.program("--data \(folder)"))
        try tmux.waitFor("Overzicht")
        try tmux.send("8", "2")
        try tmux.waitFor("Partners (1.000)")
        try tmux.send("8")
        let screen = try tmux.waitFor("Verbindende rol:", seconds: 120)
        #expect(screen.contains("Partners (1.000)"))
        try tmux.send("C-c")
        #expect(try tmux.waitFor("END").contains("EXIT="))
    }
}
