// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
@testable import LabViews

/// 100,000 random events on every pane, as a cat on the keyboard, a mouse gone wild and a window
/// dragged about: `update` must never crash and the state must stay whole after every event.
@Suite struct RandomEventTests {
    private static let eventsPerPane = 100_000

    @Test(arguments: PaneID.allCases)
    func randomEventsKeepTheStateWhole(startingOn pane: PaneID) throws {
        var random = SeededRandom(seed: UInt64(PaneID.allCases.firstIndex(of: pane)! + 1))
        var state = Self.freshState(on: pane, width: 100, height: 30)
        var data = state.data
        var quits = 0, commits = 0
        for step in 0..<Self.eventsPerPane {
            let event = RandomEvents.next(&random, stayingOn: pane, state: state)
            let (next, effects) = App.update(state, event)
            state = next
            if !state.isRunning {
                quits += 1
                state = Self.freshState(on: pane, width: state.width, height: state.height)
                data = state.data
            }
            for effect in effects {
                switch effect {
                case .commit(let change):
                    // Saved as the runtime would: checked against the data, then reported back.
                    let before = data.value(change.value.kind, change.value.id)
                    if let entry = try? DataFolder.checkedEntry(for: change, in: data, author: "kat", now: Date(timeIntervalSince1970: 1_900_000_000)) {
                        data.put(entry.value)
                        commits += 1
                        state = App.update(state, .committed(entry, before: before, at: Date(timeIntervalSince1970: 1_900_000_000))).0
                    }
                case .commitEach(let changes):
                    var saved: [SavedEdit] = []
                    for change in changes {
                        let before = data.value(change.value.kind, change.value.id)
                        if let entry = try? DataFolder.checkedEntry(for: change, in: data, author: "kat", now: Date(timeIntervalSince1970: 1_900_000_000)) {
                            data.put(entry.value)
                            saved.append(SavedEdit(entry: entry, before: before))
                        }
                    }
                    commits += saved.count
                    state = App.update(state, .committedEach(saved: saved, refused: [], at: Date(timeIntervalSince1970: 1_900_000_000))).0
                case .reload, .loadTheme, .export, .saveView, .deleteView, .copy, .sync, .decideConflict:
                    break
                }
            }
            if let broken = Invariants.broken(in: state) {
                Issue.record("after event \(step) (\(event)): \(broken)")
                return
            }
            if step % 101 == 0 {
                let lines = render(state)
                let expectedHeight = max(0, state.height)
                guard lines.count == expectedHeight, lines.allSatisfy({ DisplayWidth.of($0) == max(0, state.width) }) else {
                    Issue.record("after event \(step) (\(event)): the screen is not \(state.width)x\(state.height)")
                    return
                }
            }
        }
        // The run must have gone somewhere: through forms that saved and quits that started over.
        #expect(commits + quits > 0, "no edit saved and never quit in \(Self.eventsPerPane) events")
    }

    /// The program as it starts, gone to `pane` with its number key.
    private static func freshState(on pane: PaneID, width: Int, height: Int) -> AppState {
        var state = sampleState(width: width, height: height)
        state.author = "kat"
        let number = Character(String(PaneID.allCases.firstIndex(of: pane)! + 1))
        return App.update(state, .key(.character(number))).0
    }
}

/// What must hold after any event.
enum Invariants {
    static func broken(in state: AppState) -> String? {
        if let rows = state.visibleRows {
            let selected = state.list.selectedID
            if rows.isEmpty != (selected == nil) && !(rows.isEmpty && selected != nil) {
                return "rows \(rows.count) but selection \(selected ?? "none")"
            }
            if let selected, !rows.isEmpty, rows.position(of: selected) == nil {
                return "selection \(selected) not among the \(rows.count) rows shown"
            }
        }
        if state.list.offset < 0 || state.list.detailScroll < 0 || state.list.horizontalOffset < 0 {
            return "negative scroll \(state.list)"
        }
        switch state.mode {
        case .form(let form) where !form.fields.indices.contains(form.focus):
            return "form focus \(form.focus) outside its \(form.fields.count) fields"
        case .command(let text, let cursor, let historyIndex):
            if cursor < 0 || cursor > text.count { return "command cursor \(cursor) outside \"\(text)\"" }
            if let historyIndex, !state.commandHistory.indices.contains(historyIndex) {
                return "command history \(historyIndex) outside its \(state.commandHistory.count) lines"
            }
        case .help(let scroll) where scroll < 0:
            return "help scrolled to \(scroll)"
        default:
            break
        }
        return nil
    }
}

/// The events, weighted as a user meets them: mostly keys, some mouse, some resizes and ticks.
enum RandomEvents {
    private static let namedKeys: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
                                           .home, .end, .pageUp, .pageDown, .function(1), .control("c"), .control("n"), .control("u")]
    private static let paneKeys: Set<Key> = Set("1234567".map { Key.character($0) } + [.tab, .backTab])
    private static let characters = Array("jkgGnNsS/:?aepwurq xé€日\u{1B}\u{7}|<>\"'0123456789-.")

    static func next(_ random: inout SeededRandom, stayingOn pane: PaneID, state: AppState) -> AppEvent {
        switch random.next(100) {
        case 0..<45:
            return key(.character(characters[random.next(characters.count)]), stayingOn: pane, state: state, &random)
        case 45..<80:
            return key(namedKeys[random.next(namedKeys.count)], stayingOn: pane, state: state, &random)
        case 80..<90:
            let kinds: [MouseEvent.Kind] = [.press, .wheelUp, .wheelDown]
            let y = random.next(max(1, state.height))
            // A press on the tab line would change the pane.
            return .mouse(MouseEvent(kinds[random.next(kinds.count)], x: random.next(max(1, state.width)), y: y == 0 ? 1 : y))
        case 90..<96:
            let sizes = [(1, 1), (2, 1), (39, 9), (40, 10), (80, 24), (400, 120), (0, 0)]
            let (width, height) = random.next(3) == 0 ? sizes[random.next(sizes.count)] : (1 + random.next(200), 1 + random.next(70))
            return .resize(width: width, height: height)
        default:
            return .tick(Date(timeIntervalSince1970: 1_900_000_000 + Double(random.next(100_000))))
        }
    }

    /// Keys that change the pane are typed only where they do not (in a form, a filter or the command line).
    private static func key(_ key: Key, stayingOn pane: PaneID, state: AppState, _ random: inout SeededRandom) -> AppEvent {
        if case .normal = state.mode, paneKeys.contains(key) { return .key(.character("j")) }
        if case .help = state.mode, paneKeys.contains(key) { return .key(.escape) }
        return .key(key)
    }
}

struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(max(bound, 1)))
    }
}
