// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
import LabProgram

/// A user's keys.json, read like the data files: every problem at once, each with its line and column.
@Suite struct KeymapFileTests {
    private func read(_ text: String) -> (Keymap, [String]) {
        let (keymap, problems) = KeymapFile.read(Array(text.utf8), file: "keys.json")
        return (keymap, problems.map { $0.rendered(in: .en) })
    }

    private let panes = InputContext.panes(touring: false)
    private let everything = Conditions(rawValue: Int.max)

    @Test func aUserKeymapRemapsActions() {
        let (keymap, problems) = read(#"{"move-down": ["Ctrl-N", "Down"], "open-help": "F1"}"#)
        #expect(problems.isEmpty)
        #expect(keymap.resolve(.control("n"), in: panes, given: everything) == .perform(.moveDown))
        #expect(keymap.resolve(.character("j"), in: panes, given: everything) == .unbound)
        #expect(keymap.resolve(.function(1), in: panes, given: everything) == .perform(.openHelp))
    }

    @Test func everyBadEntryIsNamedAtItsPlaceAndTheDefaultsStay() {
        let (keymap, problems) = read("{\"move-dwn\": [\"x\"],\n \"move-up\": [\"Hyper-K\"],\n \"open-help\": [\"F2\"],\n \"page-up\": 3}")
        #expect(problems == [
            #"keys.json:1:14: $["move-dwn"]: unknown action "move-dwn"; the default keys stay"#,
            #"keys.json:2:13: $["move-up"]: unknown key "Hyper-K"; the default keys stay"#,
            #"keys.json:4:13: $["page-up"]: expected a list, but this is a number"#,
        ])
        #expect(keymap.keys(for: .moveUp) == [.character("k"), .up])
        #expect(keymap.keys(for: .openHelp) == [.function(2)])
    }

    @Test func aClashLeavesTheUsersBindingAndSaysSoWhereItWasMade() {
        let (keymap, problems) = read(#"{"open-command": ["r"]}"#)
        #expect(problems == [#"keys.json:1:18: $["open-command"]: reload-data: key r already belongs to open-command and does not work here"#])
        #expect(keymap.resolve(.character("r"), in: panes, given: everything) == .perform(.openCommand))
    }

    @Test func aFileThatIsNotAnObjectOrHasADuplicateKeyChangesNothing() {
        let (keymap, problems) = read("[1, 2")
        #expect(problems.count == 1 && problems[0].hasPrefix("keys.json:1:"))
        #expect(keymap.keys(for: .moveDown) == [.character("j"), .down])
        let (_, duplicate) = read(#"{"move-down": "x", "move-down": "y"}"#)
        #expect(duplicate.first?.contains("move-down") == true, "\(duplicate)")
    }
}
