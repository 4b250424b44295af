// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys

@Suite struct KeymapTests {
    /// The default keymap, pinned: a change here is a change users notice.
    @Test func theDefaultKeymapIsPinned() {
        let table = ActionTable.all.map { "\($0.id.rawValue): \(Keymap().keys(for: $0.id).map(\.name).joined(separator: " "))" }
        #expect(table == [
            "show-overview: 1", "show-partners: 2", "show-projects: 3", "show-commitments: 4", "show-network: 5",
            "show-arrangements: 6", "show-log: 7", "show-capacity: 8", "next-pane: Tab", "previous-pane: Shift-Tab",
            "move-down: j Down", "move-up: k Up", "move-top: g Home", "move-bottom: G End", "page-down: PgDn Ctrl-F",
            "page-up: PgUp Ctrl-B", "scroll-right: l Right", "scroll-left: h Left",
            "open-item: Enter", "go-back: Esc", "start-filter: /", "next-match: n", "previous-match: N", "sort-next: s",
            "sort-reverse: S", "toggle-mark: Space", "mark-all-shown: V *", "copy-id: y", "copy-email: Y",
            "add-item: a", "edit-item: e", "post-update: p", "withdraw-commitment: w", "undo-edit: u", "redo-edit: Ctrl-R",
            "next-field: Tab Down", "previous-field: Shift-Tab Up", "next-choice: Right", "previous-choice: Left",
            "confirm-yes: j y", "confirm-no: n Esc", "keep-theirs: t Esc", "apply-mine: m", "edit-again: e",
            "next-conflict-field: Down j Tab", "previous-conflict-field: Up k Shift-Tab", "choose-theirs: Left h",
            "choose-mine: Right l", "save-choices: Enter",
            "next-step: Space Right", "previous-step: Left", "pause-tour: p",
            "accept-input: Enter", "cancel-input: Esc", "delete-backward: Backspace", "delete-forward: Delete",
            "move-cursor-left: Left", "move-cursor-right: Right", "previous-history: Up", "next-history: Down",
            "complete-next: Tab", "complete-previous: Shift-Tab",
            "close-help: Esc ? q", "open-help: ?", "open-command: :", "reload-data: r", "back-or-quit: q", "quit-program: Ctrl-C",
        ])
    }

    @Test func everyActionHasAnIDKeysAndHelpInBothLanguages() {
        #expect(Set(ActionTable.all.map(\.id)) == Set(ActionID.allCases))
        for action in ActionTable.all {
            #expect(!action.defaultKeys.isEmpty, "\(action.id)")
            #expect(!action.helpNL.isEmpty && !action.helpEN.isEmpty, "\(action.id)")
            #expect(action.isDangerous == false || !action.defaultKeys.contains { if case .control = $0 { true } else { false } })
        }
    }

    @Test func noTwoActionsOfOneScopeShareADefaultKey() {
        for scope in ActionScope.allCases {
            let keys = ActionTable.all.filter { $0.scope == scope }.flatMap(\.defaultKeys)
            #expect(keys.count == Set(keys).count, "\(scope)")
        }
    }

    @Test(arguments: ["j", "G", "Enter", "Esc", "Tab", "Shift-Tab", "Backspace", "Delete", "PgUp", "PgDn", "Space",
                      "Ctrl-C", "F1", "F12", "/", "?", ":", "é"])
    func keyNamesReadBackAsTheSameKey(name: String) throws {
        let key = try #require(Key(name: name))
        #expect(key.name == name)
    }

    @Test func unknownKeyNamesAreRefused() {
        #expect(Key(name: "Ctrl-") == nil)
        #expect(Key(name: "F13") == nil)
        #expect(Key(name: "PageDownish") == nil)
        #expect(Key(name: "\u{1B}") == nil)
        #expect(Key(name: "ctrl-n") == .control("n"))
    }

    @Test func theCurrentScopeWinsOverTheGlobalOne() {
        let keymap = Keymap()
        #expect(keymap.resolve(.escape, in: .textInput, given: everything) == .perform(.cancelInput))
        #expect(keymap.resolve(.escape, in: panes, given: everything) == .perform(.goBack))
        #expect(keymap.resolve(.character("q"), in: .help, given: everything) == .perform(.closeHelp))
        #expect(keymap.resolve(.character("q"), in: panes, given: everything) == .perform(.backOrQuit))
        #expect(keymap.resolve(.character("x"), in: panes, given: everything) == .unbound)
        #expect(keymap.resolve(.control("c"), in: .form, given: []) == .perform(.quitProgram), "Ctrl-C stops from a form")
        #expect(keymap.resolve(.character("j"), in: .form, given: everything) == .unbound, "a letter in a form is typed")
    }

    @Test func aKeyThatCannotActNowSaysWhatIsMissing() {
        let keymap = Keymap()
        #expect(keymap.resolve(.character("a"), in: panes, given: [.canAdd]) == .refuse(.addItem, missing: .canWrite))
        #expect(keymap.resolve(.character("u"), in: panes, given: [.canWrite]) == .refuse(.undoEdit, missing: .hasOwnEdit))
    }

    @Test func theHelpGreysWhatNoKeyWouldDoNow() {
        let keymap = Keymap()
        #expect(keymap.isAvailable(.moveDown, in: panes, given: everything))
        #expect(!keymap.isAvailable(.addItem, in: panes, given: [.canAdd]), "read-only")
        #expect(!keymap.isAvailable(.nextField, in: panes, given: everything), "Tab is the next pane outside a form")
        #expect(keymap.isAvailable(.nextField, in: .form, given: []))
    }

    @Test func hintsFollowARemap() {
        var keymap = Keymap()
        #expect(keymap.hintLine(in: .conflict, given: [], language: .en).contains("m mine"))
        _ = keymap.bind("apply-mine", to: ["M"])
        _ = keymap.settleClashes()
        let line = keymap.hintLine(in: .conflict, given: [], language: .en)
        #expect(line.contains("M mine") && !line.contains("m mine"), "\(line)")
    }

    @Test func aBindingReplacesTheDefaultsAndABadOneKeepsThem() {
        var keymap = Keymap()
        #expect(keymap.bind("move-down", to: ["Ctrl-N", "Down"]).isEmpty)
        #expect(keymap.resolve(.control("n"), in: panes, given: everything) == .perform(.moveDown))
        #expect(keymap.resolve(.character("j"), in: panes, given: everything) == .unbound)
        #expect(keymap.bind("move-up", to: ["Hyper-K"]) == [.unknownKey(action: .moveUp, key: "Hyper-K")])
        #expect(keymap.keys(for: .moveUp) == [.character("k"), .up])
        #expect(keymap.bind("withdraw-commitment", to: ["Ctrl-W"]) == [.dangerousOnControl(action: .withdrawCommitment, key: "Ctrl-W")])
        #expect(keymap.bind("move-dwn", to: ["x"]) == [.unknownAction("move-dwn")])
    }

    private let everything = Conditions(rawValue: Int.max)
    private let panes = InputContext.panes(touring: false)
}
