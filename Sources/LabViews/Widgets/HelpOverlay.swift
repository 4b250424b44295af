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
                let keys = state.keymap.keys(for: action.id).map(\.name).joined(separator: " ")
                let enabled = state.keymap.isAvailable(action.id, in: context, given: conditions)
                var spans = [Span("  " + keys.padded(toWidth: 16) + " ", enabled ? .accent : .muted),
                             Span(action.help(in: language), enabled ? .text : .muted)]
                if action.isDangerous { spans.append(Span(" (\(state.say(.helpDangerous)))", .attention)) }
                lines.append(Line(spans))
            }
            if group == .list {
                lines.append(.blank)
                lines += FilterHelp.lines(state)
            }
        }
        return lines
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
