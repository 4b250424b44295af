// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// `schuldenlab demo` on a projector, in tmux.
@Suite(.serialized) struct DemoTests {
    private func demoFolders() -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []).filter { $0.hasPrefix("schuldenlab-demo-") })
    }

    @Test func theTourWalksItselfASecondActorEditsAndNothingIsLeftBehind() throws {
        // A real data folder where the demo is started: it must stay untouched.
        let workspace = NSTemporaryDirectory() + "schuldenlab-workspace-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: workspace + "/schuldenlab-data", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        try "do not touch".write(toFile: workspace + "/schuldenlab-data/lab.json", atomically: true, encoding: .utf8)
        let before = demoFolders()

        // Two seconds a step: long enough for tmux to see a step twice alike on a loaded machine.
        let tmux = try Tmux("cd \(workspace) && " + Tmux.program("demo --autoplay 2 --simulate"), width: 100, height: 30)
        var screen = try tmux.waitFor("1/9")
        #expect(screen.contains("Overzicht — Schuldenlab070"))
        #expect(screen.contains("partners"), "the headline figures")
        screen = try tmux.waitFor("3/9", seconds: 10)
        #expect(screen.contains("Een partner en wat hij geeft"), "the third step's caption")
        screen = try tmux.waitFor("door simulatie", seconds: 15)
        #expect(demoFolders().count == before.count + 1, "the demo works in a folder of its own")

        try tmux.send("C-c")
        screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=0"))
        #expect(demoFolders() == before, "the demo folder is gone")
        #expect(try String(contentsOfFile: workspace + "/schuldenlab-data/lab.json", encoding: .utf8) == "do not touch")
    }

    @Test func keysStepPauseAndTakeOver() throws {
        let tmux = try Tmux(Tmux.program("demo --autoplay 30 --lang en"), width: 100, height: 30)
        try tmux.waitFor("1/9")
        try tmux.send("Space")
        try tmux.waitFor("2/9")
        try tmux.send("Right")
        try tmux.waitFor("3/9")
        try tmux.send("Left")
        try tmux.waitFor("> 2/9")
        try tmux.send("p")
        try tmux.waitFor("|| 2/9")
        try tmux.send("p")
        try tmux.waitFor("> 2/9")
        try tmux.send("4")
        let screen = try tmux.waitFor("|| 2/9")
        #expect(screen.contains("Commitments (93)"), "another key takes over and pauses the tour")
        try tmux.send("C-c")
        try tmux.waitFor("END")
    }

    @Test func aBadTourFileNamesTheStepAndTheField() throws {
        let file = NSTemporaryDirectory() + "tour-" + UUID().uuidString + ".json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try #"{"steps": [{"pane": "overview", "caption": {"nl": "a", "en": "b"}}, {"pane": "netwrk", "caption": {"nl": "a", "en": "b"}}]}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = try Tmux(Tmux.program("demo --tour \(file) --lang en"), width: 200, height: 10)
        let screen = try tmux.waitFor("END")
        #expect(screen.contains(#":1:78: $.steps[1].pane: unknown value "netwrk"; allowed: overview"#), "\(screen)")
        #expect(screen.contains("EXIT=1"))
    }
}
