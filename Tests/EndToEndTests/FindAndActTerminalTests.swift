// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// Issue 19 as a coordinator meets it in a real terminal: find the partners that have not yet
/// contributed, copy their addresses, keep that as a view, and use it again after a restart.
@Suite(.serialized) struct FindAndActTerminalTests {
    @Test func findCopyKeepAndReopen() throws {
        let folder = try sampleFolder(named: "views")
        let config = NSTemporaryDirectory() + "schuldenlab-config-" + UUID().uuidString
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: config)
        }
        let command = Tmux.program("--data \(folder)", environment: "XDG_CONFIG_HOME=\(config)")
        var tmux: Tmux? = try Tmux(command)
        try tmux!.run(["set-option", "-g", "set-clipboard", "on"], capture: false)
        try tmux!.waitFor("Overzicht")

        // The built-in view, found by the first letters of its name and Tab.
        try tmux!.send(":")
        try tmux!.type("view nog")
        try tmux!.send("Tab")
        try tmux!.waitFor(":view nog niet bijgedragen aan de gedeelde ondersteuning")
        try tmux!.send("Enter")
        var screen = try tmux!.waitFor("gedeelde ondersteuning is nee")
        #expect(screen.contains("Partners ("))

        // Every partner shown marked, their addresses copied through the terminal.
        try tmux!.send("V", "Y")
        screen = try tmux!.waitFor("Gekopieerd:")
        #expect(screen.contains("gemarkeerd"))
        let copied = try tmux!.run(["show-buffer"])
        #expect(copied.contains("@") && copied.contains(", "), "\(copied)")

        // Kept for the team, with the filter narrowed by a word.
        try tmux!.send("/")
        try tmux!.type(" -bank")
        try tmux!.send("Enter")
        try tmux!.command("view bewaar Aanschrijven")
        try tmux!.waitFor("Weergave bewaard voor het team")
        #expect(FileManager.default.fileExists(atPath: folder + "/views.json"))
        try tmux!.send("q")
        try tmux!.waitFor("END")
        tmux = nil

        // After a restart, at 160x48 and in English, the view is one command away.
        let again = try Tmux(command, width: 160, height: 48)
        try again.waitFor("Overzicht")
        try again.send(":")
        try again.type("lang en")
        try again.send("Enter", ":")
        try again.type("view aan")
        try again.send("Tab", "Enter")
        screen = try again.waitFor("shared support is no")
        #expect(screen.contains("without \"bank\""))
        #expect(screen.contains("View \"Aanschrijven\":"))
        try again.send("q")
        #expect(try again.waitFor("END").contains("EXIT=0"))
    }
}
