// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabKeys
import LabModel

/// The `?` overlay, generated from the action table: every action with its keys, grouped;
/// what a key would not do now in the panes under it (the resolver says) is grey.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [Line] {
        let language: ActionLanguage = state.language == .nl ? .nl : .en
        let conditions = state.conditions
        let context = InputContext.panes(touring: state.tour != nil)
        var lines = [Line(state.say(.helpDisabled), .muted)] + (state.pane == .capacity ? CapacityPane.explanations(state) : [])
        for group in ActionGroup.allCases {
            lines.append(.blank)
            lines.append(Line(group.title(in: language), .header))
            for action in ActionTable.all where action.group == group {
                let keys = state.keymap.keys(for: action.id).map(state.glyphs.label(of:)).joined(separator: " ")
                let enabled = state.keymap.isAvailable(action.id, in: context, given: conditions)
                var text = [Span(action.help(in: language), enabled ? .text : .muted)]
                if action.isDangerous { text.append(Span(" (\(state.say(.helpDangerous)))", .attention)) }
                lines.append(.keyed(keys, enabled ? .accent : .muted, text))
            }
            if group == .list {
                lines.append(.blank)
                lines += FilterHelp.lines(state)
                lines.append(.blank)
                lines += views(state)
            }
        }
        return lines
    }

    /// Every view, with where it is kept, its pane and its filter in words.
    private static func views(_ state: AppState) -> [Line] {
        [Line(state.say(.sectionViews), .header)] + state.allViews.map { view in
            let origin: UIText = switch view.origin {
            case .builtIn: .viewBuiltIn
            case .team: .viewTeam
            case .personal: .viewPersonal
            }
            let pane = PaneID(name: view.pane) ?? .overview
            let filter = FilterQuery(view.filter, kind: pane.filteredKind, language: state.language, today: state.referenceDay)
            return Line([Span("  " + view.name.text(in: state.language), .accent),
                         Span(" (\(state.say(origin))) · \(state.say(pane.title))", .muted),
                         Span(filter.isEmpty ? "" : " · " + filter.description(in: state.language, data: state.data), .text)])
        }
    }

    /// The line of the help where the views are listed, for `:view` to open it there.
    static func viewsLine(_ state: AppState) -> Int {
        let wrapped = TextView.wrap(lines(state), width: box(in: state.layout.body).inset(by: 1).width)
        let limit = max(0, wrapped.count - Viewport.helpHeight(state))
        return min(limit, wrapped.firstIndex { $0.spans.map(\.text).joined() == state.say(.sectionViews) } ?? 0)
    }

    static func box(in area: Rect) -> Rect {
        area.centered(width: min(area.width, 84), height: area.height)
    }

    static func lineCount(_ state: AppState) -> Int {
        TextView.wrap(lines(state), width: box(in: state.layout.body).inset(by: 1).width).count
    }

    static func draw(_ buffer: inout Buffer, _ area: Rect, state: AppState, scroll: Int, context: RenderContext) {
        let box = box(in: area)
        Box.draw(&buffer, box, title: state.say(.helpTitle), focused: true, context: context)
        let inner = box.inset(by: 1)
        TextView.draw(&buffer, inner, lines: TextView.wrap(lines(state), width: inner.width), scroll: scroll, context: context)
    }
}
