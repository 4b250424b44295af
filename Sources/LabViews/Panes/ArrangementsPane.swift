// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The governance arrangements, from government-led to partner-led, with their projects as a bar
/// chart; then SchuldenlabNL's frame: the debt phases against the projects, and the phases without one.
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
        return TextView.wrap(lines, width: width) + phases(state, width: width, glyphs: glyphs)
    }

    /// A row per debt phase, a column per project not stopped (as many as fit; the report has them
    /// all), a mark where the project works in the phase.
    static func phases(_ state: AppState, width: Int, glyphs: Glyphs) -> [Line] {
        let data = state.data
        let language = state.language
        let labelWidth = min(24, max(10, width / 3))
        let fitting = max(1, (width - labelWidth) / NetworkPane.cellWidth)
        // Drawn with every frame, and a national lab has thousands of projects: each is looked at once.
        let active = data.activeProjects
        let covered = data.projectCountByDebtPhase()
        let shown = active.count > fitting ? Array(active.prefix(fitting - 1)) : active
        let more = active.count > shown.count ? "+" + Format.count(active.count - shown.count, language) : ""
        var lines: [Line] = [.blank, Line(state.say(.phasesByProject), .header),
                             Line("".padded(toWidth: labelWidth) + shown.map { NetworkPane.head(of: $0).padded(toWidth: NetworkPane.cellWidth) }.joined()
                                  + more, .muted)]
        for (position, phase) in data.lab.debtPhases.enumerated() {
            lines.append(Line([Span(phase.name.text(in: language).truncated(toWidth: labelWidth - 1).padded(toWidth: labelWidth),
                                    covered[position] == 0 ? .attention : .text)]
                + shown.map { project in
                    let works = project.debtPhases.contains(phase.id)
                    return Span((works ? glyphs.shades[3] : glyphs.dot).padded(toWidth: NetworkPane.cellWidth), works ? .chartBar : .muted)
                }))
        }
        let uncovered = data.uncoveredDebtPhases().map { $0.name.text(in: language) }
        lines.append(uncovered.isEmpty ? Line(state.say(.everyPhaseCovered), .ok)
            : Line(state.say(.sectionUncovered) + ": " + uncovered.joined(separator: ", "), .attention))
        return lines
    }

    static func draw(_ buffer: inout Buffer, _ body: Rect, state: AppState, context: RenderContext) {
        Box.draw(&buffer, body, title: state.say(.paneArrangements), focused: true, context: context)
        let inner = body.inset(by: 1)
        TextView.draw(&buffer, inner, lines: lines(state, width: inner.width, glyphs: context.glyphs), scroll: state.list.offset,
                      context: context)
    }
}
