import Foundation
import Testing
import LabKeys

@Suite struct KeymapTests {
    /// The default keymap, pinned: a change here is a change users notice.
    @Test func theDefaultKeymapIsPinned() {
        let table = ActionTable.all.map { "\($0.id.rawValue): \(Keymap().keys(for: $0.id).map(\.name).joined(separator: " "))" }
        #expect(table == [
            "show-overview: 1", "show-partners: 2", "show-projects: 3", "show-commitments: 4", "show-network: 5",
            "show-arrangements: 6", "show-log: 7", "next-pane: Tab", "previous-pane: Shift-Tab",
            "move-down: j Down", "move-up: k Up", "move-top: g Home", "move-bottom: G End", "page-down: PgDn Ctrl-F",
            "page-up: PgUp Ctrl-B", "scroll-right: l Right", "scroll-left: h Left",
            "open-item: Enter", "go-back: Esc", "start-filter: /", "next-match: n", "previous-match: N", "sort-next: s",
            "sort-reverse: S",
            "add-item: a", "edit-item: e", "post-update: p", "withdraw-commitment: w", "undo-edit: u",
            "next-field: Tab Down", "previous-field: Shift-Tab Up", "next-choice: Right", "previous-choice: Left",
            "confirm-yes: j y", "confirm-no: n Esc", "keep-theirs: t Esc", "apply-mine: m", "edit-again: e",
            "next-conflict-field: Down j Tab", "previous-conflict-field: Up k Shift-Tab", "choose-theirs: Left h",
            "choose-mine: Right l", "save-choices: Enter",
            "next-step: Space Right", "previous-step: Left", "pause-tour: p",
            "accept-input: Enter", "cancel-input: Esc", "delete-backward: Backspace", "delete-forward: Delete",
            "move-cursor-left: Left", "move-cursor-right: Right", "previous-history: Up", "next-history: Down",
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
        #expect(keymap.action(for: .escape, in: [.input, .global]) == .cancelInput)
        #expect(keymap.action(for: .escape, in: [.list, .global]) == .goBack)
        #expect(keymap.action(for: .character("q"), in: [.help, .list, .global]) == .closeHelp)
        #expect(keymap.action(for: .character("q"), in: [.list, .global]) == .backOrQuit)
        #expect(keymap.action(for: .character("x"), in: [.list, .global]) == nil)
    }

    @Test func aUserKeymapRemapsActions() {
        var keymap = Keymap()
        let problems = keymap.apply(fileContents: Data(#"{"move-down": ["Ctrl-N", "Down"], "open-help": "F1"}"#.utf8))
        #expect(problems.isEmpty)
        #expect(keymap.action(for: .control("n"), in: [.list, .global]) == .moveDown)
        #expect(keymap.action(for: .character("j"), in: [.list, .global]) == nil)
        #expect(keymap.action(for: .function(1), in: [.list, .global]) == .openHelp)
    }

    @Test func aBadEntryIsNamedAndTheDefaultsStay() {
        var keymap = Keymap()
        let problems = keymap.apply(fileContents: Data(#"{"move-dwn": ["x"], "move-up": ["Hyper-K"], "open-help": ["F2"]}"#.utf8))
        #expect(problems.map { $0.message(in: .en) } == [
            "unknown action \"move-dwn\"; the default keys stay",
            "move-up: unknown key \"Hyper-K\"; the default keys stay",
        ])
        #expect(keymap.keys(for: .moveUp) == [.character("k"), .up])
        #expect(keymap.keys(for: .openHelp) == [.function(2)])
    }

    @Test func aClashLeavesTheUsersBindingAndSaysSo() {
        var keymap = Keymap()
        let problems = keymap.apply(fileContents: Data(#"{"open-command": ["r"]}"#.utf8))
        #expect(problems.map { $0.message(in: .nl) } == ["reload-data: toets r is al van open-command en werkt hier niet"])
        #expect(keymap.action(for: .character("r"), in: [.global]) == .openCommand)
    }

    @Test func aFileThatIsNotAnObjectChangesNothing() {
        var keymap = Keymap()
        #expect(keymap.apply(fileContents: Data("[1, 2".utf8)) == [.notAnObject])
        #expect(keymap.keys(for: .moveDown) == [.character("j"), .down])
    }
}
