import LabModel

/// The governance arrangements, from government-led to partner-led, with their projects as a bar chart.
enum ArrangementsPane {
    static func lines(_ state: AppState, width: Int, glyphs: Glyphs = .unicode) -> [Line] {
        let data = state.data
        let language = state.language
        let groups = data.projectsByArrangement()
        let maximum = Int64(groups.map(\.projects.count).max() ?? 0)
        let labelWidth = min(30, max(10, width / 3))
        var lines = groups.enumerated().map { index, group in
            Bar.line(label: "\(index + 1). \(group.arrangement.name.text(in: language))", labelWidth: labelWidth,
                     value: Int64(group.projects.count), maximum: maximum, barWidth: max(1, min(30, width - labelWidth - 14)),
                     suffix: Format.count(group.projects.count, state.language), glyphs: glyphs)
        }
        for (index, group) in groups.enumerated() {
            lines.append(.blank)
            lines.append(Line("\(index + 1). \(group.arrangement.name.text(in: language))", .header))
            lines.append(Line(group.arrangement.summary.text(in: language), .muted))
            if group.projects.isEmpty { lines.append(Line("  " + state.say(.noProjects), .muted)) }
            for project in group.projects {
                lines.append(Line([Span("  \(glyphs.dot) " + project.name), Span(" · " + project.stage.name(in: language), .muted),
                                   Span(" · " + project.health.name(in: language), Slots.health(project.health))]))
            }
        }
        return TextView.wrap(lines, width: width)
    }

    static func draw(_ buffer: inout Buffer, _ body: Rect, state: AppState, context: RenderContext) {
        Box.draw(&buffer, body, title: state.say(.paneArrangements), focused: true, context: context)
        let inner = body.inset(by: 1)
        TextView.draw(&buffer, inner, lines: lines(state, width: inner.width, glyphs: context.glyphs), scroll: state.list.offset,
                      context: context)
    }
}
