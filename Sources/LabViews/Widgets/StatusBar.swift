// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabKeys
import LabModel

/// The line above the hints: which data is shown and as of when, or a message; in input
/// modes, the filter or command being typed.
enum StatusBar {
    static func draw(_ buffer: inout Buffer, _ rect: Rect, state: AppState, context: RenderContext) {
        buffer.fill(rect, style: context.style(.statusBar))
        switch state.mode {
        case .filtering:
            InputLine.draw(&buffer, rect, prompt: state.say(.filterPrompt), text: state.list.filter, cursor: state.list.filter.count,
                           style: context.style(.input))
            return
        case .command(let text, let cursor, _):
            InputLine.draw(&buffer, rect, prompt: state.say(.commandPrompt), text: text, cursor: cursor, style: context.style(.input))
            return
        case .normal, .help, .form, .confirm, .conflict:
            // In a form, why it came back (a save refused) stays in view until dismissed; its keys are in the hint bar.
            break
        }
        let right = shownRight(state, width: rect.width, glyphs: context.glyphs)
        let rightWidth = min(rect.width, DisplayWidth.of(right))
        buffer.write(right, x: rect.maxX - rightWidth, y: rect.y, limit: rightWidth, style: context.style(.statusBar))
        let leftLimit = max(0, rect.width - rightWidth - 1)
        let slot: ThemeSlot = state.message.map { $0.kind == .error ? .error : .statusBar } ?? (state.source == .builtInSample ? .statusKey : .statusBar)
        for (offset, line) in messageLines(state, width: rect.width, glyphs: context.glyphs).prefix(rect.height).enumerated() {
            buffer.write(line.truncated(toWidth: leftLimit), x: rect.x, y: rect.y + offset, limit: leftLimit, style: context.style(slot))
        }
    }

    /// A refusal never wraps past this many lines; the rest is cut, visibly.
    static let maximumMessageRows = 3

    /// What the left of the status line says, a line each: the message, else the folder or the sample.
    /// A refusal too long for one line goes on to more, up to `maximumMessageRows`, so that it is read
    /// whole (the choices of `:theme nope`); other messages keep to one.
    static func messageLines(_ state: AppState, width: Int, glyphs: Glyphs) -> [String] {
        switch state.mode {
        case .filtering, .command: return [""]
        case .normal, .help, .form, .confirm, .conflict: break
        }
        guard let message = state.message else {
            if case .folder(let path) = state.source { return [path] }
            return [state.say(.sampleNote)]
        }
        let text = message.text(in: state.language)
        // Only a refusal is measured, against the dismiss hint beside it: the layout asks this, and the
        // other right-hand texts are made from the tables the layout sizes.
        guard message.kind == .error else { return [text] }
        let room = max(1, width - DisplayWidth.of(rightText(state, glyphs: glyphs)) - 1)
        guard DisplayWidth.of(text) > room else { return [text] }
        return Line.wrappedText(text, toWidth: room, indent: 2, maximumLines: maximumMessageRows)
    }

    /// The right of the status line, left out where a message too long to stand beside it needs the room.
    private static func shownRight(_ state: AppState, width: Int, glyphs: Glyphs) -> String {
        let right = rightText(state, glyphs: glyphs)
        if let message = state.message, message.kind != .error,
           DisplayWidth.of(message.text(in: state.language)) + DisplayWidth.of(right) >= width {
            return ""
        }
        return right
    }

    private static func rightText(_ state: AppState, glyphs: Glyphs) -> String {
        if state.message?.kind == .error { return " " + state.say(.dismissHint) + " " }
        var parts = ["\(state.say(.asOf)) \(LabTime.display(state.referenceDay, in: state.language))"]
        if state.isReadOnly, case .folder = state.source { parts.insert(state.say(.readOnlyNote), at: 0) }
        let sync = Synchronising.status(state, glyphs: glyphs)
        if !sync.isEmpty { parts.insert(sync, at: 0) }
        if state.list.sortColumn != nil || state.list.descending, let model = state.tableModel {
            let column = state.list.sortColumn.map { model.columns[$0].title.text(in: state.language) } ?? "—"
            parts.append("\(state.say(.sortedBy)) \(column) \(state.say(state.list.descending ? .descending : .ascending))")
        }
        if !state.list.filter.isEmpty, let rows = state.visibleRows {
            parts.append("\(Format.count(rows.count, state.language)) \(state.say(.of)) \(Format.count(rows.model.ids.count, state.language))")
        }
        return " " + parts.joined(separator: " · ") + " "
    }
}

/// A tour's step, its number and its caption: `> 2/8  De gemeente verbindt…`, `||` while paused.
enum TourCaption {
    /// A caption too long for one line goes on to a second, never more, so that the pane keeps its room.
    static let maximumRows = 2

    static func lines(_ tour: TourState, state: AppState, width: Int) -> [String] {
        let step = "\(tour.isPaused ? "||" : ">") \(tour.index + 1)/\(tour.tour.steps.count)  "
        return Line.wrappedText(step + tour.step.caption.text(in: state.language), toWidth: width, indent: DisplayWidth.of(step),
                                maximumLines: maximumRows)
    }

    static func draw(_ buffer: inout Buffer, _ rect: Rect, tour: TourState, state: AppState, context: RenderContext) {
        buffer.fill(rect, style: context.style(.statusBar))
        for (offset, line) in lines(tour, state: state, width: rect.width).prefix(rect.height).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + offset, limit: rect.width, style: context.style(.statusKey))
        }
    }
}

/// The bottom line: the keys that work now, from the action table.
enum HintBar {
    static func draw(_ buffer: inout Buffer, _ rect: Rect, state: AppState, context: RenderContext) {
        buffer.fill(rect, style: context.style(.statusBar))
        var x = rect.x + 1
        for (keys, label) in hints(state) {
            let width = DisplayWidth.of(keys) + 1 + DisplayWidth.of(label) + 2
            guard x + width <= rect.maxX else { break }
            x += buffer.write(keys, x: x, y: rect.y, style: context.style(.statusKey))
            x += buffer.write(" " + label + "  ", x: x, y: rect.y, style: context.style(.statusBar))
        }
    }

    static func hints(_ state: AppState) -> [(String, String)] {
        let language: ActionLanguage = state.language == .nl ? .nl : .en
        return state.keymap.hints(in: state.inputContext, given: state.conditions).map { (state.glyphs.label(of: $0.key), $0.action.short(in: language)) }
    }
}
