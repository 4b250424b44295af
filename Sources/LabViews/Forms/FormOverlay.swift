// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabKeys
import LabModel

/// The form, the confirmation and the conflict, drawn over the pane.
enum FormOverlay {
    static func draw(_ buffer: inout Buffer, _ body: Rect, form: FormState, state: AppState, context: RenderContext) {
        let labelWidth = min(30, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2)
        let boxWidth = min(body.width, 76)
        let valueWidth = max(1, boxWidth - 2 - labelWidth - 1)
        // A refusal is read whole under its field: `"5.000" kan 2 getallen zijn: …` is longer than the field.
        let errors = form.fields.map { field in field.error.map { Line.wrappedText($0, toWidth: valueWidth, indent: 0, maximumLines: 3) } ?? [] }
        let rows = errors.reduce(0) { $0 + 1 + $1.count }
        let box = body.centered(width: boxWidth, height: min(body.height, rows + 2))
        Box.draw(&buffer, box, title: form.title, focused: true, context: context)
        let inner = box.inset(by: 1)
        // Keep the focused field and its refusal in view when the form is taller than the room.
        let focusRow = errors.prefix(form.focus).reduce(0) { $0 + 1 + $1.count }
        let focusErrors = errors.indices.contains(form.focus) ? errors[form.focus].count : 0
        var y = inner.y - max(0, focusRow + focusErrors - inner.height + 2)
        var picking: (y: Int, x: Int, list: FormPicking.List)?
        for (index, field) in form.fields.enumerated() {
            defer { y += 1 + errors[index].count }
            guard y >= inner.y, y < inner.maxY else { continue }
            let focused = index == form.focus
            buffer.write(field.label.padded(toWidth: labelWidth, alignRight: true) + " ", x: inner.x, y: y,
                         limit: inner.width, style: context.style(focused ? .accent : .muted))
            // A mark that needs no colour, so that the field with focus shows in every theme and with NO_COLOR.
            if focused { buffer.write(context.glyphs.ellipsisArrow, x: inner.x, y: y, limit: 1, style: Style(bold: true)) }
            let valueX = inner.x + labelWidth + 1
            if focused, let list = FormPicking.list(field, data: state.data, language: state.language) { picking = (y, valueX, list) }
            var shown = field.shown
            if case .choice = field.kind { shown = "‹ \(shown) ›" }
            buffer.fill(Rect(x: valueX, y: y, width: valueWidth, height: 1), style: context.style(focused ? .input : .background))
            let written = buffer.write(shown, x: valueX, y: y, limit: valueWidth, style: context.style(focused ? .input : .text))
            if focused, case .choice = field.kind {} else if focused {
                buffer.write(" ", x: valueX + min(written, valueWidth - 1), y: y, limit: 1, style: Style(reverse: true))
            }
            if shown.isEmpty, let hint = field.hint, valueWidth > 3 {
                buffer.write(hint, x: valueX + 2, y: y, limit: valueWidth - 2, style: context.style(.muted))
            }
            // The form holds an id, which is what is saved; beside it the name a person knows it by.
            if let name = referencedName(field, in: state.data), written + 3 < valueWidth {
                buffer.write(name, x: valueX + written + 2, y: y, limit: valueWidth - written - 2, style: context.style(.muted))
            }
            for (offset, line) in errors[index].enumerated() where y + 1 + offset < inner.maxY {
                buffer.write(line, x: valueX, y: y + 1 + offset, limit: valueWidth, style: context.style(.error))
            }
        }
        if let picking {
            CompletionList.draw(&buffer, edge: picking.y, below: true, x: picking.x - 1, width: buffer.width, suggestions: picking.list.items,
                                selected: picking.list.selected, title: state.say(picking.list.hint), state: state, context: context)
        }
    }

    /// `Gemeente Den Haag` for a partner field holding `gemeente-den-haag`; nil for any other field or value.
    private static func referencedName(_ field: FormField, in data: LabData) -> String? {
        guard case .reference(let kind) = field.kind else { return nil }
        let id = field.value.trimmingSpaces()
        switch kind {
        case .partner: return data.partner(id)?.name
        case .project: return data.project(id)?.name
        case .commitment: return nil
        }
    }

    static func drawConfirm(_ buffer: inout Buffer, _ body: Rect, _ confirmation: ConfirmState, state: AppState, context: RenderContext) {
        let lines = Line(confirmation.question, .title).wrapped(toWidth: min(body.width, 60) - 2)
        let box = body.centered(width: min(body.width, 60), height: lines.count + 4)
        Box.draw(&buffer, box, title: confirmation.title, focused: true, context: context)
        let inner = box.inset(by: 1)
        TextView.draw(&buffer, inner, lines: lines + [.blank, Line(state.language == .nl ? "j = ja, n = nee" : "y = yes, n = no", .accent)],
                      scroll: 0, context: context)
    }

    static func drawConflict(_ buffer: inout Buffer, _ body: Rect, _ conflict: ConflictState, state: AppState, context: RenderContext) {
        let width = min(body.width, 90)
        let wrapped = TextView.wrap(conflictLines(conflict, state: state, glyphs: context.glyphs), width: width - 2)
        let box = body.centered(width: width, height: min(body.height, wrapped.count + 2))
        Box.draw(&buffer, box, title: state.say(conflict.synced == nil ? .conflictTitle : .syncConflictTitle), focused: true, context: context)
        TextView.draw(&buffer, box.inset(by: 1), lines: wrapped, scroll: 0, context: context)
    }

    /// Who saved first, then each field both changed with their value and this user's, the chosen one
    /// marked; without a known base, every field where the two versions differ.
    static func conflictLines(_ conflict: ConflictState, state: AppState, glyphs: Glyphs) -> [Line] {
        let language = state.language
        let theirs = conflict.theirs
        let stamp = theirs.stamp
        let when = LabTime.display(stamp.updatedAt, in: language, zone: LabTime.zone(of: state.data.lab))
        var lines = [Line("\(LiveChanges.describe(theirs, in: state, language: language).capitalizedFirst) · \(state.say(.theirVersion).lowercased()): "
                          + "\(stamp.updatedBy), \(when), \(state.say(.revision).lowercased()) \(stamp.revision)", .header)]
        // A synchronisation's conflict is between two sites' versions, each named by who saved it.
        let names: (theirs: String, mine: String) = conflict.synced.map { synced in
            let (held, other) = (synced.held.stamp, synced.other.stamp)
            let zone = LabTime.zone(of: state.data.lab)
            lines[0] = Line("\(LiveChanges.describe(theirs, in: state, language: language).capitalizedFirst) · \(state.say(.versionOf).lowercased()) "
                            + "\(held.updatedBy) (\(LabTime.display(held.updatedAt, in: language, zone: zone))) \(language == .nl ? "en" : "and") "
                            + "\(other.updatedBy) (\(LabTime.display(other.updatedAt, in: language, zone: zone)))", .header)
            return ("\(state.say(.versionOf)) \(held.updatedBy)", "\(state.say(.versionOf)) \(other.updatedBy)")
        } ?? (state.say(.theirVersion), state.say(.yourVersion))
        let unit: MeasureUnit? = if case .commitment(let commitment) = theirs { MeasureUnit(code: commitment.unit) } else { nil }
        func shown(_ value: JSONValue?, _ key: String) -> String {
            FieldCatalogue.field(key, of: theirs.kind).map { FieldDisplay.text(value, for: $0, in: language, data: state.data, unit: unit) } ?? ""
        }
        let fields = conflict.fields.isEmpty
            ? conflict.mine.value.changes(from: theirs).map { FieldConflict(key: $0.field, base: nil, theirs: $0.before, mine: $0.after) }
            : conflict.fields
        lines.append(Line(conflict.fields.isEmpty ? names.mine : state.say(.bothChanged), .muted))
        for (index, field) in fields.enumerated() {
            let label = FieldCatalogue.field(field.key, of: theirs.kind)?.label.text(in: language) ?? field.key
            let focused = !conflict.fields.isEmpty && index == conflict.focus
            let chosen = conflict.choices[field.key] ?? .theirs
            let mark = { (side: MergeSide) -> String in conflict.fields.isEmpty ? "" : (chosen == side ? "[\(glyphs.check)] " : "[ ] ") }
            lines.append(Line([Span((focused ? glyphs.ellipsisArrow : " ") + " " + label, focused ? .accent : .title)]))
            // The value that will be saved stands out; with nothing to choose, this user's.
            let standsOut = { (side: MergeSide) -> ThemeSlot in (conflict.fields.isEmpty ? side == .mine : chosen == side) ? .accent : .text }
            lines.append(Line([Span("    \(mark(.theirs))\(names.theirs): ", .muted), Span(shown(field.theirs, field.key), standsOut(.theirs))]))
            lines.append(Line([Span("    \(mark(.mine))\(names.mine): ", .muted), Span(shown(field.mine, field.key), standsOut(.mine))]))
        }
        if fields.isEmpty { lines.append(Line("  =", .muted)) }
        // Without fields to choose between, only the choices for the whole.
        let offered: Set<ActionID> = conflict.fields.isEmpty ? [.keepTheirs, .applyMine, .editAgain]
            : Set(ActionTable.all.filter { $0.scope == .conflict }.map(\.id))
        let hint = state.keymap.hints(in: .conflict, given: state.conditions).filter { offered.contains($0.action.id) }
            .map { "\(glyphs.label(of: $0.key)) \($0.action.short(in: state.language == .nl ? .nl : .en))" }.joined(separator: " · ")
        lines += [.blank, Line(hint, .title)]
        return lines
    }
}
