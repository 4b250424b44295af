// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The lab at a glance, in panels that flow into as many columns as the width allows.
enum OverviewPane {
    static let columnWidth = 50

    static func columnCount(width: Int) -> Int {
        max(1, min(3, width / columnWidth))
    }

    /// The longest column's lines; what scrolling counts.
    static func lines(_ state: AppState, width: Int) -> [Line] {
        columns(state, width: width).max { $0.count < $1.count } ?? []
    }

    /// Kept until the data, the day, the language or the width changes: the overview adds up
    /// every commitment, which must not happen again for every frame.
    static func columns(_ state: AppState, width: Int, glyphs: Glyphs? = nil) -> [[Line]] {
        let glyphs = glyphs ?? state.glyphs
        if let made = state.derived.overview, made.key.width == width, made.key.glyphs == glyphs, made.key == state.overviewKey {
            return made.columns
        }
        return buildColumns(state, width: width, glyphs: glyphs)
    }

    /// In a demo the first screen must fit the projector without scrolling: the lists are made shorter
    /// (each with its "… +N") until the tallest column fits, or left whole when even one entry a list does not.
    static func buildColumns(_ state: AppState, width: Int, glyphs: Glyphs) -> [[Line]] {
        let whole = arrange(state, width: width, glyphs: glyphs, listCap: .max)
        let rows = textRows(state)
        func fits(_ columns: [[Line]]) -> Bool { (columns.map(\.count).max() ?? 0) <= rows }
        guard state.isDemo, !fits(whole) else { return whole }
        // The longest cap that fits, found by halving: each try adds up the lab again.
        var (low, high) = (1, listLength(state, atLeast: 12, growth: 1, cap: .max))
        var best: [[Line]]?
        while low <= high {
            let cap = (low + high) / 2
            let columns = arrange(state, width: width, glyphs: glyphs, listCap: cap)
            if fits(columns) { best = columns; low = cap + 1 } else { high = cap - 1 }
        }
        return best ?? whole
    }

    /// The rows the overview's columns have: the text area, less the demo's headline figures.
    static func textRows(_ state: AppState) -> Int {
        let height = Viewport.textHeight(state)
        return height - headlineRows(isDemo: state.isDemo, height: height)
    }

    /// A demo shows its figures in block digits above the columns, where there is room for both.
    static func headlineRows(isDemo: Bool, height: Int) -> Int {
        isDemo && height >= 14 ? 5 : 0
    }

    private static func arrange(_ state: AppState, width: Int, glyphs: Glyphs, listCap: Int) -> [[Line]] {
        let count = columnCount(width: width)
        let columnWidth = max(1, (width - (count - 1) * 2) / count)
        let panels = self.panels(state, width: columnWidth, glyphs: glyphs, listCap: listCap).map { title, body in
            [Line(title, .header)] + TextView.wrap(body, width: columnWidth) + [Line.blank]
        }
        var columns = Array(repeating: [Line](), count: count)
        for panel in panels {
            let shortest = columns.indices.min { columns[$0].count < columns[$1].count }!
            columns[shortest] += panel
        }
        return columns
    }

    static func draw(_ buffer: inout Buffer, _ rect: Rect, state: AppState, context: RenderContext) {
        Box.draw(&buffer, rect, title: state.say(.paneOverview) + " — " + state.data.lab.name, focused: true, context: context)
        var inner = rect.inset(by: 1)
        let headline = headlineRows(isDemo: state.isDemo, height: inner.height)
        if headline > 0 {
            drawHeadlines(&buffer, inner, state: state, context: context)
            inner = Rect(x: inner.x, y: inner.y + headline, width: inner.width, height: inner.height - headline)
        }
        let columns = self.columns(state, width: inner.width, glyphs: context.glyphs)
        let count = columns.count
        let columnWidth = max(1, (inner.width - (count - 1) * 2) / count)
        for (index, lines) in columns.enumerated() {
            let area = Rect(x: inner.x + index * (columnWidth + 2), y: inner.y, width: columnWidth, height: inner.height)
            TextView.draw(&buffer, area, lines: lines, scroll: state.list.offset, context: context)
        }
    }

    /// The figures of the lab in block digits, as many as fit side by side.
    static func headlines(_ state: AppState) -> [(figure: String, label: String)] {
        let data = state.data
        let firm = data.totalsByState().firm
        // Millions of euros to one decimal, rounded in whole cents: money never goes through a float.
        let tenths = (firm.units + 5_000_000) / 10_000_000
        let euros = "\(tenths / 10)\(state.language == .nl ? "," : ".")\(tenths % 10)"
        let contributors = data.partners.count - data.partnersNotContributingToSharedSupport(on: state.referenceDay).count
        return [
            (String(data.partners.count), state.say(.linksPartners)),
            (String(data.activeProjects.count), state.say(.linksProjects)),
            (euros, (state.language == .nl ? "mln euro " : "million euros ") + state.say(.firm)),
            ("\(contributors)", state.say(.contributes) + " (\(state.say(.sharedSupport).lowercased()))"),
        ]
    }

    private static func drawHeadlines(_ buffer: inout Buffer, _ area: Rect, state: AppState, context: RenderContext) {
        var x = area.x + 1
        for (figure, label) in headlines(state) {
            let width = max(BigDigits.width(figure), DisplayWidth.of(label))
            guard x + width <= area.maxX else { break }
            for (row, line) in BigDigits.rows(figure).enumerated() {
                buffer.write(line, x: x, y: area.y + row, style: context.style(.accent))
            }
            buffer.write(label, x: x, y: area.y + 3, limit: width, style: context.style(.muted))
            x += width + 4
        }
    }

    /// Each panel reads the whole lab on its own, so they are made on every core.
    private static func panels(_ state: AppState, width: Int, glyphs: Glyphs, listCap cap: Int) -> [(String, [Line])] {
        let sections: [(UIText, @Sendable () -> [Line])] = [
            (.sectionPartners, { @Sendable in partners(state) }),
            (.sectionProjects, { @Sendable in projects(state, width: width, glyphs: glyphs) }),
            (.sectionEuros, { @Sendable in euros(state, width: width) }),
            (.sectionSharedSupport, { @Sendable in sharedSupport(state, width: width, glyphs: glyphs, cap: cap) }),
            (.sectionAttention, { @Sendable in attention(state, cap: cap) }),
            (.sectionUncovered, { @Sendable in uncovered(state) }),
            (.sectionEnding, { @Sendable in ending(state, cap: cap) }),
            (.sectionConnecting, { @Sendable in connecting(state, cap: cap) }),
        // A demo's first screen must fit a projector.
        // The lights and the horizon are for the coordinator's own screen; the tour shows the lights on pane 8.
        ] + (state.isDemo ? [] : [(.sectionLights, { @Sendable in lights(state) }),
                                   (.sectionHorizon, { @Sendable in horizon(state, width: width, glyphs: glyphs) })])
        let lines = Parallel.map(sections.count) { sections[$0].1() }
        return zip(sections, lines).map { section, lines in (state.say(section.0), lines) }
    }

    /// The coming twelve quarters: a bar of the euros running in each, and what ends in it.
    private static func horizon(_ state: AppState, width: Int, glyphs: Glyphs) -> [Line] {
        let horizon = Horizon(data: state.data, from: state.referenceDay)
        let largest = horizon.lab.map(\.running.units).max() ?? 0
        let language = state.language
        return zip(horizon.quarters, horizon.lab).map { quarter, figures in
            let ending = figures.ending == .zero ? "" : " · \(state.say(.endsLabel)) \(Format.euros(figures.ending, language))"
            return Bar.line(label: quarter.name(in: language), labelWidth: 7, value: figures.running.units, maximum: largest,
                            barWidth: max(1, min(16, width - 44)), suffix: Format.euros(figures.running, language) + ending,
                            glyphs: glyphs, slot: .chartBar)
        }
    }

    private static func counted<Value: CodedValue>(_ values: [Value], _ language: Language) -> String {
        Value.allCases.compactMap { value in
            let count = values.filter { $0 == value }.count
            return count > 0 ? "\(value.name(in: language)) \(Format.count(count, language))" : nil
        }.joined(separator: " · ")
    }

    private static func partners(_ state: AppState) -> [Line] {
        let partners = state.data.partners
        let language = state.language
        let founding = partners.filter(\.founding).count
        return [
            Line([Span(Format.count(partners.count, language), .accent), Span(" \(state.say(.linksPartners)) · \(Format.count(founding, language)) "),
                  Span(language == .nl ? "oprichters" : "founding", .muted)]),
            Line(counted(partners.map(\.scope), language)),
            Line(counted(partners.map(\.sector), language)),
        ]
    }

    private static func projects(_ state: AppState, width: Int, glyphs: Glyphs) -> [Line] {
        let data = state.data
        let language = state.language
        let byStage = data.projectCountByStage()
        let maximum = Int64(byStage.values.max() ?? 0)
        var lines = Stage.allCases.map { stage in
            Bar.line(label: stage.name(in: language), labelWidth: 12, value: Int64(byStage[stage] ?? 0), maximum: maximum,
                     barWidth: max(1, min(20, width - 18)), suffix: Format.count(byStage[stage] ?? 0, language), glyphs: glyphs)
        }
        let byHealth = data.projectCountByHealth()
        lines.append(Line(Health.allCases.flatMap { health in
            [Span("\(health.name(in: language)) ", .text), Span(Format.count(byHealth[health] ?? 0, language), Slots.health(health)), Span("   ")]
        }))
        return lines
    }

    private static func euros(_ state: AppState, width: Int) -> [Line] {
        let data = state.data
        let language = state.language
        let byKind = data.totalsByKind()
        let all = data.totalsByState()
        // Wide enough for the largest sum: a national lab counts in billions.
        let amountWidth = max(14, DisplayWidth.of(Format.euros(all.open, language)) + 1)
        let labelWidth = max(6, min(12, width - 2 * amountWidth - 2))
        var lines = [Line([Span("".padded(toWidth: labelWidth)),
                           Span(state.say(.firm).padded(toWidth: amountWidth, alignRight: true), .muted),
                           Span(state.say(.proposed).padded(toWidth: amountWidth, alignRight: true), .muted)])]
        for kind in CommitmentKind.allCases {
            let totals = byKind[kind] ?? EuroTotals()
            lines.append(Line([Span(kind.name(in: language).padded(toWidth: labelWidth)),
                               Span(Format.euros(totals.firm, language).padded(toWidth: amountWidth, alignRight: true), .accent),
                               Span(Format.euros(totals[.proposed], language).padded(toWidth: amountWidth, alignRight: true), .muted)]))
        }
        lines.append(Line([Span(state.say(.total).padded(toWidth: labelWidth), .header),
                           Span(Format.euros(all.firm, language).padded(toWidth: amountWidth, alignRight: true), .title),
                           Span(Format.euros(all[.proposed], language).padded(toWidth: amountWidth, alignRight: true), .muted)]))
        lines.append(Line([Span(CommitmentState.allCases.map { "\($0.name(in: language)) \(Format.euros(all[$0], language))" }
            .joined(separator: " · "), .muted)]))
        return lines
    }

    private static func sharedSupport(_ state: AppState, width: Int, glyphs: Glyphs, cap: Int) -> [Line] {
        let data = state.data
        let missing = data.partnersNotContributingToSharedSupport(on: state.referenceDay)
        let total = data.partners.count
        let contributing = total - missing.count
        var lines = [Bar.line(label: "\(Format.count(contributing, state.language)) \(state.say(.of)) \(Format.count(total, state.language)) "
                                  + state.say(.contributes),
                              labelWidth: 22, value: Int64(contributing), maximum: Int64(total),
                              barWidth: max(1, min(20, width - 30)), suffix: total > 0 ? "\(contributing * 100 / total)%" : "",
                              glyphs: glyphs, slot: .ok)]
        if let year = data.sharedSupportBudget(in: state.referenceDay.year) {
            lines += budget(year, state, width: width, glyphs: glyphs)
        }
        if missing.isEmpty {
            lines.append(Line(state.say(.allContribute), .ok))
        } else {
            let shown = listLength(state, atLeast: 12, growth: 1, cap: cap)
            let more = missing.count > shown ? " … +" + Format.count(missing.count - shown, state.language) : ""
            lines.append(Line([Span(state.say(.notYet) + " ", .attention), Span(missing.prefix(shown).map(\.name).joined(separator: ", ")),
                               Span(more, .muted)]))
        }
        return lines
    }

    /// The year's budget as a bar, with the firm euros against it and what is short.
    private static func budget(_ year: SharedSupportYear, _ state: AppState, width: Int, glyphs: Glyphs) -> [Line] {
        let language = state.language
        let short = year.shortfall
        let bar = Bar.line(label: "\(state.say(.budget)) \(year.year)", labelWidth: 22, value: year.firm.units, maximum: year.budget.units,
                           barWidth: max(1, min(20, width - 30)), suffix: year.coveredPercent.map { "\($0)%" } ?? "",
                           glyphs: glyphs, slot: short == .zero ? .ok : .attention)
        let against = "\(state.say(.firm)) \(Format.euros(year.firm, language)) \(state.say(.of)) \(Format.euros(year.budget, language))"
        let verdict = short == .zero ? Span(" · " + state.say(.covered), .ok) : Span(" · \(state.say(.shortfall)) \(Format.euros(short, language))", .attention)
        return [bar, Line([Span(against), verdict])]
    }

    private static func attention(_ state: AppState, cap: Int) -> [Line] {
        let data = state.data
        let day = state.referenceDay
        let stale = Set(data.staleProjects(on: day).map(\.id))
        let signalled = data.projectSignals(on: day)
        let projects = data.projectsNeedingAttention(on: day, signalled: signalled)
        guard !projects.isEmpty else { return [Line(state.say(.noAttention), .ok)] }
        let shown = listLength(state, atLeast: 10, growth: 1, cap: cap)
        let more = projects.count > shown ? [Line("… +" + Format.count(projects.count - shown, state.language), .muted)] : []
        return projects.prefix(shown).map { project in
            // `fiKks · aandacht · mijlpaal te laat`: the name and each reason apart, so a name never runs into a state.
            var reasons: [Span] = []
            if project.health != .onTrack {
                reasons.append(Span(project.health.name(in: state.language), Slots.health(project.health)))
            }
            for signal in signalled[project.id] ?? [] { reasons.append(Span(signal.short(in: state.language), .attention)) }
            if stale.contains(project.id) {
                if let last = project.lastUpdate {
                    reasons.append(Span("\(state.say(.staleFor)) \(LabTime.display(last, in: state.language)) (\(last.days(until: day)) \(state.say(.days)))", .attention))
                } else {
                    reasons.append(Span(state.say(.noUpdate), .attention))
                }
            }
            return Line([Span(project.name, .text)] + reasons.flatMap { [Span(" · ", .muted), $0] })
        } + more
    }

    /// How many projects and commitments are green, yellow, red or inactive.
    private static func lights(_ state: AppState) -> [Line] {
        let counts = state.data.updateLightCounts(on: state.referenceDay)
        return [Line(CapacityPane.lightSpans(state.say(.paneProjects), counts.projects, state.language)),
                Line(CapacityPane.lightSpans(state.say(.commitments), counts.commitments, state.language))]
    }

    private static func uncovered(_ state: AppState) -> [Line] {
        let phases = state.data.uncoveredDebtPhases()
        guard !phases.isEmpty else { return [Line(state.say(.everyPhaseCovered), .ok)] }
        return phases.map { Line($0.name.text(in: state.language), .attention) }
    }

    private static func ending(_ state: AppState, cap: Int) -> [Line] {
        let data = state.data
        let language = state.language
        let ending = data.commitmentsEnding(of: state.referenceDay)
        guard !ending.isEmpty else { return [Line(state.say(.nothingEnding), .ok)] }
        let total = ending.sum(\.valueEUR)
        var lines = [Line([Span(Format.count(ending.count, language) + " ", .attention), Span(state.say(.commitments).lowercased() + ", "),
                           Span(Format.euros(total, language), .accent)])]
        let shown = listLength(state, atLeast: 6, growth: 1, cap: cap)
        for commitment in ending.prefix(shown) {
            let partner = data.partnerName(commitment.partner)
            let project = Format.destination(of: commitment, in: data, language)
            lines.append(Line([Span("\(LabTime.display(commitment.until!, in: language)) ", .muted), Span("\(partner) · \(project) "),
                               Span(Format.euros(commitment.valueEUR, language), .accent)]))
        }
        if ending.count > shown { lines.append(Line("… +" + Format.count(ending.count - shown, language), .muted)) }
        return lines
    }

    /// How many entries a list shows before "… +N": one more for every `growth` rows the screen
    /// has above 24, and at most `cap`.
    private static func listLength(_ state: AppState, atLeast minimum: Int, growth: Int, cap: Int) -> Int {
        min(cap, minimum + max(0, state.height - 24) / growth)
    }

    private static func connecting(_ state: AppState, cap: Int) -> [Line] {
        let data = state.data
        return data.partnerLinks().prefix(listLength(state, atLeast: 4, growth: 4, cap: cap)).map { links -> Line in
            let name = data.partnerName(links.partnerID)
            let isMunicipality = data.partner(links.partnerID)?.kind == .municipality
            return Line([Span(name, isMunicipality ? .accent : .text),
                         Span(": \(Format.count(links.projectIDs.count, state.language)) \(state.say(.linksProjects)), \(Format.count(links.partnerCount, state.language)) \(state.say(.linksPartners))")])
        } + [Line(state.say(.seeCapacity), .muted)]
    }
}
