// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabKeys
import LabModel

/// Typing into the filter and the command line.
enum InputEditing {
    static func insert(_ character: Character, in state: inout AppState) {
        state.completion = nil
        switch state.mode {
        case .filtering:
            state.list.filter.append(character)
            state.list.offset = 0
            state.refreshDerived()
            Navigation.keepSelectionVisible(in: &state)
        case .command(var text, let cursor, _):
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(character, at: index)
            state.mode = .command(text: text, cursor: cursor + 1, historyIndex: nil)
        case .normal, .help, .form, .confirm, .conflict:
            break
        }
    }

    static func perform(_ id: ActionID, in state: inout AppState) -> [Effect] {
        if id == .completeNext || id == .completePrevious {
            Completing.step(by: id == .completeNext ? 1 : -1, in: &state)
            return []
        }
        state.completion = nil
        switch state.mode {
        case .filtering(let original):
            editFilter(id, original: original, in: &state)
            return []
        case .command(let text, let cursor, let historyIndex):
            return editCommand(id, text: text, cursor: cursor, historyIndex: historyIndex, in: &state)
        case .normal, .help, .form, .confirm, .conflict:
            return []
        }
    }

    private static func editFilter(_ id: ActionID, original: String, in state: inout AppState) {
        switch id {
        case .acceptInput:
            state.mode = .normal
        case .cancelInput:
            state.list.filter = ""
            state.mode = .normal
        case .deleteBackward:
            if state.list.filter.isEmpty { state.mode = .normal } else { state.list.filter.removeLast() }
        default:
            break
        }
        state.refreshDerived()
        Navigation.keepSelectionVisible(in: &state)
    }

    private static func editCommand(_ id: ActionID, text: String, cursor: Int, historyIndex: Int?,
                                    in state: inout AppState) -> [Effect] {
        var text = text
        var cursor = cursor
        var historyIndex = historyIndex
        switch id {
        case .acceptInput:
            state.mode = .normal
            return CommandLine.execute(text, in: &state)
        case .cancelInput:
            state.mode = .normal
            return []
        case .deleteBackward:
            guard cursor > 0 else {
                if text.isEmpty { state.mode = .normal }
                return []
            }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
            cursor -= 1
        case .deleteForward:
            if cursor < text.count { text.remove(at: text.index(text.startIndex, offsetBy: cursor)) }
        case .moveCursorLeft:
            cursor = max(0, cursor - 1)
        case .moveCursorRight:
            cursor = min(text.count, cursor + 1)
        case .previousHistory, .nextHistory:
            let history = state.commandHistory
            guard !history.isEmpty else { return [] }
            var index = historyIndex ?? history.count
            index += id == .previousHistory ? -1 : 1
            if index >= history.count {
                historyIndex = nil
                text = ""
            } else {
                historyIndex = max(0, index)
                text = history[historyIndex!]
            }
            cursor = text.count
            state.mode = .command(text: text, cursor: cursor, historyIndex: historyIndex)
            return []
        default:
            return []
        }
        state.mode = .command(text: text, cursor: cursor, historyIndex: nil)
        return []
    }
}
