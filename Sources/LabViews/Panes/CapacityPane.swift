// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// "Organiserend vermogen": who holds the network together, how deep the partnerships go, which
/// motives meet, and which projects lean on one partner or one motive or have gone quiet.
enum CapacityPane {
    /// Where the summary, the partners' table and the list of projects to watch go.
    struct Areas {
        let summary: Rect
        let table: Rect
        let side: Rect

        init(_ body: Rect) {
            let summaryHeight = body.height >= 30 ? 8 : body.height >= 18 ? 6 : 3
            if body.width >= ScreenLayout.sideBySideWidth {
                let columns = Layout.split(body, .horizontal, [.percentage(62), .fill(1)])
                let left = Layout.split(columns[0], .vertical, [.fixed(summaryHeight), .fill(1)])
                (summary, table, side) = (left[0], left[1], columns[1])
            } else {
                let parts = Layout.split(body, .vertical, [.fixed(summaryHeight), .fill(1), .fill(1)])
                (summary, table, side) = (parts[0], parts[1], parts[2])
            }
        }
    }

    static func draw(_ buffer: inout Buffer, _ body: Rect, state: AppState, context: RenderContext) {
        guard let capacity = state.capacity, let rows = state.visibleRows else {
            Box.draw(&buffer, body, title: state.say(.paneCapacity), focused: true, context: context)
            buffer.write(state.say(.capacityWorking), x: body.x + 2, y: body.y + 2, limit: body.width - 4, style: context.style(.muted))
            return
        }
        let areas = Areas(body)
        Box.draw(&buffer, areas.summary, title: state.say(.paneCapacity) + (state.isWorkingOutCapacity ? " · " + state.say(.capacityUpdating) : ""),
                 focused: false, context: context)
        let summaryInner = areas.summary.inset(by: 1)
        TextView.draw(&buffer, summaryInner, lines: TextView.wrap(summary(state, capacity), width: summaryInner.width), scroll: 0,
                      context: context)

        let title = "\(state.say(.linksPartners).capitalizedFirst) (\(Format.count(rows.count, state.language)))"
            + FilterTitle.words(state)
        Box.draw(&buffer, areas.table, title: title, alert: FilterTitle.alert(state), focused: true, context: context)
        let inner = areas.table.inset(by: 1)
        TableView.draw(&buffer, Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1), columns: rows.model.columns,
                       rows: rows, selected: state.selectedIndex, offset: state.list.offset, skipping: state.list.horizontalOffset,
                       sort: .init(column: state.list.sortColumn, descending: state.list.descending), language: state.language,
                       words: state.rowFilter.query.wordsToMark, context: context)
        let explained = state.list.sortColumn.flatMap(CapacityTable.measure(ofColumn:)) ?? .betweenness
        // One line; cut, it says so, and ? shows it whole.
        buffer.write("\(explained.name(in: state.language).capitalizedFirst): \(explained.explanation(in: state.language))".truncated(toWidth: inner.width),
                     x: inner.x, y: inner.maxY - 1, limit: inner.width, style: context.style(.muted))

        let fragile = capacity.fragileProjects.count
        Box.draw(&buffer, areas.side, title: "\(state.say(.capacityFragile)) (\(Format.count(fragile, state.language)))", focused: false,
                 context: context)
        let sideInner = areas.side.inset(by: 1)
        // Below the table the room is short: one line per project, so that all of them show.
        let (fragileLines, more) = side(state, capacity, glyphs: context.glyphs)
        let besideTable = areas.side.x > areas.table.x
        TextView.draw(&buffer, sideInner, lines: (besideTable ? TextView.wrap(fragileLines, width: sideInner.width) : fragileLines)
                          + TextView.wrap(more, width: sideInner.width), scroll: 0, context: context)
    }

    static func summary(_ state: AppState, _ capacity: OrganisingCapacity) -> [Line] {
        let language = state.language
        let scores = capacity.scores
        var lines: [Line] = []
        if let sentence = capacity.connectingRole(in: language, name: state.data.partnerName) { lines.append(Line(sentence)) }
        var figures = "\(state.say(.capacityDensity).capitalizedFirst) \(NumberFormat.percent(scores.density))"
            + " · \(state.say(.capacityCentralization)) \(NumberFormat.percent(scores.degreeCentralization))"
            + " · " + (scores.components == 1 ? state.say(.capacityWhole) : "\(Format.count(scores.components, language)) \(state.say(.capacityParts))")
            + " · \(NumberFormat.percent(scores.shareOnOnePartner)) \(state.say(.capacityOnOnePartner))"
        if let sources = scores.betweennessSources {
            figures += " · \(state.say(.capacitySampled)) \(Format.count(sources, language)) \(language == .nl ? "bronnen" : "sources")"
        }
        if scores.partnersWithoutProject > 0 {
            figures += " · \(Format.count(scores.partnersWithoutProject, language)) \(state.say(.capacityWithoutProject))"
        }
        lines.append(Line(figures))
        lines.append(Line(lightSpans(state.say(.capacityLights), capacity.lightCounts.projects, language)
            + lightSpans(" · " + state.say(.capacityCommitmentLights), capacity.lightCounts.commitments, language)
            + [Span(" · SMART \(NumberFormat.percent(capacity.smart.share))")]))
        lines.append(Line("\(state.say(.capacityDepth)): " + PartnershipDepth.allCases.reversed().map {
            "\($0.name(in: language)) \(Format.count(capacity.depths[$0] ?? 0, language))"
        }.joined(separator: " · ")))
        return lines
    }

    static func lightSpans(_ label: String, _ counts: [UpdateLight: Int], _ language: Language) -> [Span] {
        [Span(label + ": ")] + UpdateLight.allCases.enumerated().flatMap { index, light in
            [Span((index == 0 ? "" : " · ") + light.name(in: language) + " "), Span(Format.count(counts[light] ?? 0, language), Slots.of(light))]
        }
    }

    /// The projects to watch, and then the motives and what the figures mean.
    static func side(_ state: AppState, _ capacity: OrganisingCapacity, glyphs: Glyphs) -> (fragile: [Line], more: [Line]) {
        let data = state.data
        let language = state.language
        var lines: [Line] = capacity.fragileProjects.map { fragile in
            let reasons = fragile.reasons.map { Span($0.text(in: language, partnerName: data.partnerName), Slots.fragility($0)) }
            return Line([Span("\(glyphs.dot) \(data.projectName(fragile.projectID)): ")]
                + reasons.enumerated().flatMap { index, span in index == 0 ? [span] : [Span(", "), span] })
        }
        if lines.isEmpty { lines.append(Line(state.say(.capacityNoFragile), .ok)) }
        var more = [Line.blank, Line(state.say(.capacityMotives), .header)]
        more += capacity.urgency.byMotive.map { share in
            Line([Span("\(glyphs.dot) \(share.motive): "),
                  Span("\(Format.count(share.partnerIDs.count, language)) \(state.say(share.partnerIDs.count == 1 ? .entityPartner : .linksPartners))"
                       + " · \(Format.euros(share.value, language))",
                       .muted)])
        }
        return (lines, more + explanations(state))
    }

    /// Every measure, depth and light in one line each: beside the table where there is room, and in `?` on this pane.
    static func explanations(_ state: AppState) -> [Line] {
        let language = state.language
        let interval = state.data.lab.updateInterval
        return [.blank, Line(state.say(.capacityMeasures), .header)]
            + CapacityTable.measures.map(\.measure).map { measure in
                Line([Span(measure.name(in: language).capitalizedFirst + ": ", .accent), Span(measure.explanation(in: language), .muted)])
            }
            + PartnershipDepth.allCases.map { depth in
                Line([Span(depth.name(in: language).capitalizedFirst + ": ", .accent), Span(depth.rule(in: language), .muted)])
            }
            + UpdateLight.allCases.map { light in
                Line([Span(light.name(in: language).capitalizedFirst + ": ", Slots.of(light)), Span(light.meaning(interval: interval, in: language), .muted)])
            }
    }
}

extension Slots {
    static func of(_ light: UpdateLight) -> ThemeSlot {
        switch light {
        case .green: .ok
        case .yellow: .attention
        case .red: .blocked
        case .inactive: .muted
        }
    }

    static func fragility(_ fragility: OrganisingCapacity.Fragility) -> ThemeSlot {
        if case .light(let light) = fragility { return of(light) }
        return .attention
    }
}
