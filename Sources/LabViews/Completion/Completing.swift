// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Tab and Shift-Tab in the filter and the command line: the part being typed becomes the next
/// (or previous) suggestion, out of the suggestions for what was typed before the first Tab.
enum Completing {
    /// Tab pressed in a row: what was typed before the first, and the suggestion put in now.
    struct Cycle: Hashable, Sendable {
        let base: String
        var index: Int
    }

    /// The line as typed (before the first Tab of a row) and what its last part may become.
    static func target(_ state: AppState) -> (base: String, target: CompletionTarget)? {
        let typed: String
        switch state.mode {
        case .filtering: typed = state.list.filter
        case .command(let text, _, _): typed = text
        default: return nil
        }
        let base = state.completion?.base ?? typed
        let target = if case .filtering = state.mode { FilterCompletion.target(for: base, in: state) } else { CommandCompletion.target(for: base, in: state) }
        return target.map { (base, $0) }
    }

    static func step(by delta: Int, in state: inout AppState) {
        guard let (base, target) = target(state), !target.suggestions.isEmpty else { return }
        let count = target.suggestions.count
        let index = state.completion.map { ($0.index + delta + count) % count } ?? (delta > 0 ? 0 : count - 1)
        let line = target.line(base, completedWith: target.suggestions[index])
        switch state.mode {
        case .filtering:
            state.list.filter = line
            state.list.offset = 0
            Navigation.keepSelectionVisible(in: &state)
        case .command:
            state.mode = .command(text: line, cursor: line.count, historyIndex: nil)
        default:
            return
        }
        state.completion = Cycle(base: base, index: index)
    }

    /// The list to show under what is typed, with the one Tab puts in (or put in) marked; `nil`
    /// when there is nothing to offer beyond what is there.
    static func list(_ state: AppState) -> (start: Int, suggestions: [Suggestion], selected: Int)? {
        guard let (base, target) = target(state), !target.suggestions.isEmpty else { return nil }
        if case .filtering = state.mode, base.count == target.start { return nil }
        let typed = String(base.dropFirst(target.start))
        if state.completion == nil, target.suggestions.count == 1, target.suggestions[0].insert == typed { return nil }
        return (target.start, target.suggestions, state.completion?.index ?? 0)
    }
}
