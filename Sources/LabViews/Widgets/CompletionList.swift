// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The small list over the line being typed: what Tab can put in, narrowing as one types, the
/// one it puts in next marked, and how many more there are.
enum CompletionList {
    /// A box of suggestions starting at column `x`, above row `edge` (below it when `below` and
    /// there is room, as under a form's field).
    static func draw(_ buffer: inout Buffer, edge: Int, below: Bool = false, x: Int, width: Int, suggestions: [Suggestion], selected: Int,
                     title: String = "", state: AppState, context: RenderContext) {
        let shown = min(Suggestions.shown, suggestions.count)
        let more = suggestions.count - shown
        let labels = suggestions.map(\.label)
        let moreText = more > 0 ? "+\(Format.count(more, state.language)) \(state.say(.more))" : ""
        let inner = min(width - 2, max(DisplayWidth.of(moreText), DisplayWidth.of(title) + 4, labels.map(DisplayWidth.of).max() ?? 0) + 2)
        let height = shown + (more > 0 ? 1 : 0) + 2
        let top = below && edge + 1 + height <= buffer.height - 2 ? edge + 1 : edge - height
        guard inner > 4, top >= 1 else { return }
        let box = Rect(x: max(0, min(x, width - inner - 2)), y: top, width: inner + 2, height: height)
        Box.draw(&buffer, box, title: title, focused: true, context: context)
        // The window of the list keeps the marked one in view.
        let first = min(max(0, selected - shown + 1), suggestions.count - shown)
        for row in 0..<shown {
            let index = first + row
            let style = context.style(index == selected ? .selection : .text)
            buffer.write(" " + labels[index].padded(toWidth: inner - 1), x: box.x + 1, y: box.y + 1 + row, limit: inner, style: style)
        }
        if more > 0 { buffer.write(" " + moreText, x: box.x + 1, y: box.maxY - 2, limit: inner, style: context.style(.muted)) }
    }

    /// The list for the filter or the command line, over the status line.
    static func draw(_ buffer: inout Buffer, over status: Rect, state: AppState, context: RenderContext) {
        guard let (start, suggestions, selected) = Completing.list(state) else { return }
        let prompt: UIText = if case .filtering = state.mode { .filterPrompt } else { .commandPrompt }
        draw(&buffer, edge: status.y, x: status.x + DisplayWidth.of(state.say(prompt)) + start - 1, width: status.width,
             suggestions: suggestions, selected: selected, title: state.message?.text(in: state.language) ?? "", state: state, context: context)
    }
}
