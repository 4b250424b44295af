// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The detail of a partner, a project or a commitment as lines of text, wrapped to the width.
enum DetailContent {
    static func lines(for id: String, in state: AppState, width: Int) -> [Line] {
        if let made = state.derived.detail, made.key == state.detailKey(id: id, width: width) { return made.lines }
        return make(for: id, in: state, width: width)
    }

    static func make(for id: String, in state: AppState, width: Int) -> [Line] {
        let glyphs = state.glyphs
        let raw: [Line]
        let kind: EntityKind
        switch state.pane {
        case .partners: (raw, kind) = (state.data.partner(id).map { partner($0, state, width: width) } ?? [], .partner)
        case .projects: (raw, kind) = (state.data.project(id).map { project($0, state, width: width, glyphs: glyphs) } ?? [], .project)
        case .commitments: (raw, kind) = (state.data.commitment(id).map { commitment($0, state) } ?? [], .commitment)
        default: return []
        }
        return TextView.wrap(raw + changedSince(kind, id, state, glyphs: glyphs) + history(of: kind, id, state), width: width)
    }

    /// With `:since`, what changed in the entity since that day, from before the first edit to now.
    private static func changedSince(_ kind: EntityKind, _ id: String, _ state: AppState, glyphs: Glyphs) -> [Line] {
        guard let since = state.sinceChanges, let entity = since.changes.entities.first(where: { $0.now.kind == kind && $0.now.id == id }) else {
            return []
        }
        let head = "\(glyphs.changeMark(entity.mark)) \(state.say(.since).capitalizedFirst) \(LabTime.display(since.key.day, in: state.language)): "
            + "\(state.say(entity.mark.word)) (\(entity.authors.joined(separator: ", ")))"
        let phrases = ChangeWording.phrases(entity.changes, of: entity.now, in: state.language, data: state.data, showingPersonalData: state.showsContacts)
        return [Line.blank, Line(head, .accent)] + phrases.map { Line("  " + $0) }
    }

    /// The links of a detail's lines in order, each with the lines it covers (a wrapped line covers several).
    static func links(in lines: [Line]) -> [(lines: Range<Int>, link: RowLink)] {
        var result: [(lines: Range<Int>, link: RowLink)] = []
        for (index, line) in lines.enumerated() {
            guard let link = line.link else { continue }
            if let last = result.last, last.link == link, last.lines.upperBound == index {
                result[result.count - 1].lines = last.lines.lowerBound..<index + 1
            } else {
                result.append((index..<index + 1, link))
            }
        }
        return result
    }

    private static func field(_ label: UIText, _ value: String, _ state: AppState, _ slot: ThemeSlot = .text) -> Line {
        Line([Span(state.say(label) + ": ", .muted), Span(value, slot)])
    }

    /// The edits on record for one entity, newest first.
    private static func history(of kind: EntityKind, _ id: String, _ state: AppState) -> [Line] {
        let items = state.history.filter { $0.entry.value.kind == kind && $0.entry.value.id == id }
        guard !items.isEmpty else { return [] }
        var lines = [Line.blank, Line("\(state.say(.history)) (\(Format.count(items.count, state.language)))", .header)]
        for item in items.reversed() {
            let when = LabTime.display(item.entry.at, in: state.language, zone: LabTime.zone(of: state.data.lab))
            lines.append(Line([Span("  \(when) ", .muted), Span(item.entry.by, .accent),
                               Span(" — " + LogEntries.summary(item, state.data, state.language, showsContacts: state.showsContacts))]))
        }
        return lines
    }

    // MARK: Partner

    static func partner(_ partner: Partner, _ state: AppState, width: Int) -> [Line] {
        let data = state.data
        let language = state.language
        var lines = [
            Line(partner.name, .title),
            Line("\(partner.kind.name(in: language)) · \(partner.scope.name(in: language)) · \(partner.sector.name(in: language))", .muted),
        ]
        if partner.founding { lines.append(Line(state.say(.founding), .accent)) }
        lines.append(field(.joined, LabTime.display(partner.joined, in: state.language), state))
        if let contact = partner.contact, state.showsContacts { lines.append(field(.contact, "\(contact.name) <\(contact.email)>", state)) }
        if !partner.motives.isEmpty {
            lines.append(Line(state.say(.motives) + ":", .muted))
            lines += partner.motives.map { Line("  - " + $0) }
        }
        if let note = partner.note, !note.isEmpty { lines.append(field(.note, note, state)) }
        let contributes = !data.partnersNotContributingToSharedSupport(on: state.referenceDay).contains { $0.id == partner.id }
        lines.append(contributes ? Line(state.say(.contributesToShared), .ok) : Line(state.say(.notContributingToShared), .attention))

        let commitments = data.commitments(ofPartner: partner.id)
        lines.append(.blank)
        lines.append(Line("\(state.say(.commitments)) (\(Format.count(commitments.count, state.language)))", .header))
        lines += commitmentLines(commitments.map { ($0, "") }, state, naming: .project, width: width)
        lines.append(totalsLine(EuroTotals(commitments), state))
        if case let smart = data.smartCompleteness(of: commitments), smart.counted > 0 {
            lines.append(Line([Span("  \(state.say(.smartShare)): ", .muted),
                               Span(NumberFormat.percent(smart.share), smart.complete == smart.counted ? .ok : .attention),
                               Span(smart.missingText(in: language).isEmpty ? "" : " · " + smart.missingText(in: language), .muted)]))
        }
        lines += horizon(of: commitments, state)

        let projectIDs = data.projectIDs(ofPartner: partner.id)
        lines += partnerships(of: partner, within: projectIDs, state, width: width)
        let projects = data.projects.filter { projectIDs.contains($0.id) }
        lines.append(.blank)
        lines.append(Line("\(state.say(.paneProjects)) (\(Format.count(projects.count, state.language)))", .header))
        lines += projects.map { project in
            Line([Span("  " + project.name),
                  Span(project.lead == partner.id ? " (\(state.say(.lead).lowercased()))" : "", .accent),
                  Span(" · " + project.stage.name(in: language), .muted)]).linking(to: .projects, project.id)
        }
        return lines
    }

    /// Every partner this one shares a project with, deepest tie first, and how many it only knows through the lab.
    private static func partnerships(of partner: Partner, within projectIDs: Set<String>, _ state: AppState, width: Int) -> [Line] {
        let data = state.data
        let language = state.language
        let network = AffiliationNetwork(data, within: projectIDs,
                                         commitments: data.commitments.lazy.filter { $0.project.map(projectIDs.contains) ?? false })
        guard let position = data.position(of: .partner, partner.id) else { return [] }
        let ties = network.ties(of: position)
        var lines = [Line.blank, Line("\(state.say(.partnerships)) (\(Format.count(ties.count, language)))", .header)]
        let rows = ties.map { tie in
            (name: data.partnerName(tie.partnerID), depth: tie.depth.name(in: language),
             shared: "\(Format.count(tie.sharedProjects, language)) \(state.say(tie.sharedProjects == 1 ? .sharedProject : .sharedProjects))"
                + " · " + Format.euros(tie.value, language))
        }
        // The names as wide as the widest, as far as the rest of the line leaves room.
        let depthWidth = (rows.map { DisplayWidth.of($0.depth) }.max() ?? 0) + 1
        let room = width - 3 - depthWidth - (rows.map { DisplayWidth.of($0.shared) }.max() ?? 0)
        let nameWidth = max(16, min(rows.map { DisplayWidth.of($0.name) }.max() ?? 0, room))
        lines += zip(ties, rows).map { tie, row in
            Line([Span("  " + row.name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth + 1)),
                  Span(row.depth.padded(toWidth: depthWidth), tie.depth >= .coordination ? .accent : .text),
                  Span(row.shared, .muted)]).linking(to: .partners, tie.partnerID)
        }
        let unaware = data.partners.count - 1 - ties.count
        if unaware > 0 { lines.append(Line("  \(Format.count(unaware, language)) \(state.say(unaware == 1 ? .awarenessOnlyOne : .awarenessOnly))", .muted)) }
        return lines
    }

    /// `Update-licht: rood — twee keer te laat (meer dan 120 dagen)`.
    private static func lightLine(_ light: UpdateLight, _ state: AppState) -> Line {
        Line([Span(state.say(.updateLight) + ": ", .muted), Span(light.name(in: state.language), Slots.of(light)),
              Span(" — " + light.meaning(interval: state.data.lab.updateInterval, in: state.language), .muted)])
    }

    private enum Naming { case project, partner }

    /// Commitments one a line, each linked to its own detail; the name column is as wide as the widest name
    /// where the rest of a line leaves room (at least 16), and a line still too wide goes on below (`fitted`).
    private static func commitmentLines(_ rows: [(Commitment, role: String)], _ state: AppState, naming: Naming, width: Int) -> [Line] {
        // Names whole where the line's head (name, kind, value, state) leaves room; what follows goes on below.
        let widestName = rows.map { DisplayWidth.of(commitmentName($0.0, state, naming: naming)) }.max() ?? 0
        let widestState = rows.map { DisplayWidth.of($0.0.state.name(in: state.language)) }.max() ?? 0
        let nameWidth = max(16, min(widestName, width - (3 + kindWidth + worthWidth + 1) - widestState))
        return rows.flatMap { commitment, role in
            let line = commitmentLine(commitment, state, naming: naming, role: role, nameWidth: nameWidth)
            return fitted(line, width: width, tailIndent: 2 + nameWidth + 1).map { $0.linking(to: .commitments, commitment.id) }
        }
    }

    /// A commitment's line that is too wide goes on under the kind with its amount and role, whole,
    /// rather than broken somewhere inside `0,5 fte`; with its state too where a long amount
    /// (`1 standaardregeling`) leaves the state no room.
    private static func fitted(_ line: Line, width: Int, tailIndent: Int) -> [Line] {
        guard line.width > width else { return [line] }
        // Name, kind and value always stay on the first line; the state stays when it fits.
        let kept = Line(Array(line.spans.prefix(4))).width <= width ? 4 : 3
        let tail = line.spans.dropFirst(kept).filter { !$0.text.isEmpty }
        guard !tail.isEmpty else { return [line] }
        let joined = tail.enumerated().map { index, span in
            Span(index == 0 && span.text.hasPrefix(" · ") ? String(span.text.dropFirst(" · ".count)) : span.text, span.slot)
        }
        return [Line(Array(line.spans.prefix(kept))), Line([Span(String(repeating: " ", count: tailIndent))] + joined)]
    }

    private static let kindWidth = 10
    private static let worthWidth = 13

    /// The project a partner's commitment goes to, or the partner a project's commitment comes from.
    private static func commitmentName(_ commitment: Commitment, _ state: AppState, naming: Naming) -> String {
        naming == .project
            ? Format.destination(of: commitment, in: state.data, state.language)
            : state.data.partnerName(commitment.partner)
    }

    /// `  Fonds 1818   geld   € 30.000 toegezegd`. When the value comes from hours or fte the amount follows
    /// (`€ 3.600 voorgesteld · 40 uur`); a commitment without a value in euros shows its amount in their place.
    /// A `role` (`trekker`) ends the line.
    private static func commitmentLine(_ commitment: Commitment, _ state: AppState, naming: Naming, role: String, nameWidth: Int) -> Line {
        let language = state.language
        let name = commitmentName(commitment, state, naming: naming)
        let inEuros = MeasureUnit(code: commitment.unit) == .euro
        let amountAlone = !inEuros && commitment.valueEUR == .zero
        let worth = amountAlone ? Format.amount(commitment, language) : Format.euros(commitment.valueEUR, language)
        return Line([
            Span("  " + name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + " ",
                 commitment.isSharedSupport && naming == .project ? .accent : .text),
            Span(commitment.kind.name(in: language).padded(toWidth: kindWidth), .muted),
            Span((worth.count > worthWidth ? worth : worth.padded(toWidth: worthWidth, alignRight: true)) + " ", .accent),
            Span(commitment.state.name(in: language), Slots.state(commitment.state)),
            Span(inEuros || amountAlone ? "" : " · " + Format.amount(commitment, language), .muted),
            Span(role.isEmpty ? "" : " · " + role, .accent),
        ])
    }

    private static func totalsLine(_ totals: EuroTotals, _ state: AppState) -> Line {
        Line([Span("  \(state.say(.total)): ", .header), Span("\(state.say(.firm)) \(Format.euros(totals.firm, state.language))", .title),
              Span(" · \(state.say(.proposed)) \(Format.euros(totals[.proposed], state.language))", .muted)])
    }

    // MARK: Project

    static func project(_ project: Project, _ state: AppState, width: Int, glyphs: Glyphs) -> [Line] {
        let data = state.data
        let language = state.language
        let commitments = data.commitments(ofProject: project.id)
        var lines = [
            Line(project.name, .title),
            Line([Span(state.say(.stage) + ": ", .muted), Span(project.stage.name(in: language)),
                  Span("  " + state.say(.health) + ": ", .muted), Span(project.health.name(in: language), Slots.health(project.health))]),
            field(.lead, data.partnerName(project.lead), state),
            field(.arrangement, data.arrangement(project.arrangement)?.name.text(in: language) ?? project.arrangement, state),
            field(.debtPhases, project.debtPhases.map { data.debtPhase($0)?.name.text(in: language) ?? $0 }.joined(separator: ", "), state),
            field(.targetGroup, project.targetGroup, state),
            field(.started, LabTime.display(project.started, in: state.language), state),
        ]
        if let light = data.updateLight(of: project, on: state.referenceDay) { lines.append(lightLine(light, state)) }
        lines += data.signals(of: project, on: state.referenceDay, commitments: commitments).map { Line("! " + $0.text(in: language), .attention) }
        let network = AffiliationNetwork(data, within: [project.id], commitments: commitments)
        if project.stage != .stopped, let position = data.position(of: .project, project.id),
           data.lacksPublicAndPrivate(projectAt: position, in: network) {
            lines.append(Line("! " + OrganisingCapacity.Fragility.noPublicAndPrivate.text(in: language, partnerName: data.partnerName), .attention))
        }
        if !project.summary.isEmpty { lines += [.blank, Line(project.summary)] }
        if let goal = project.goal {
            lines += [.blank, Line(state.say(.goal) + ": " + goal.metric, .header)]
            let barWidth = max(1, min(30, width - 26))
            let percent = Format.percent(goal.reached, of: goal.target)
            let (filled, empty) = Bar.text(min(goal.reached.units, goal.target.units), of: goal.target.units, width: barWidth, glyphs: glyphs)
            lines.append(Line([Span("  " + filled, .chartBar), Span(empty, .muted),
                               Span(" \(Format.quantity(goal.reached, language)) / \(Format.quantity(goal.target, language)) (\(percent)%)",
                                    percent >= 100 ? .ok : .text)]))
        }
        if !project.milestones.isEmpty {
            lines += [.blank, Line(state.say(.milestones), .header)]
            lines += project.milestones.sorted { $0.due < $1.due }.map { milestone in
                let overdue = !milestone.done && milestone.due < state.referenceDay
                return Line([Span("  " + (milestone.done ? glyphs.check : glyphs.pending) + " ", milestone.done ? .ok : .muted),
                             Span("\(LabTime.display(milestone.due, in: language)) ", overdue ? .attention : .muted), Span(milestone.title),
                             Span(overdue ? " (" + state.say(.overdue) + ")" : "", .attention)]).hanging(at: 4)
            }
        }
        lines += [.blank, Line(state.say(.updates), .header)]
        let updates = project.updates.sorted { $0.at > $1.at }
        if updates.isEmpty { lines.append(Line("  " + state.say(.noUpdate), .attention)) }
        for update in updates {
            lines.append(Line([Span("  \(LabTime.display(update.at, in: language)) ", .muted), Span(update.health.name(in: language), Slots.health(update.health)),
                               Span(" — " + update.by, .muted)]))
            lines.append(Line("    " + update.text))
        }
        lines += [.blank, Line(state.say(.partnersAndCommitments), .header)]
        let partnerIDs = data.partnerIDs(ofProject: project.id)
            .sorted { (data.partnerName($0)).lowercased() < (data.partnerName($1)).lowercased() }
        // One line a commitment, as in a partner's detail: who, what, its value, its state and, for hours or fte, the amount.
        let kindOrder = { (commitment: Commitment) in CommitmentKind.allCases.firstIndex(of: commitment.kind) ?? 0 }
        let lead = state.say(.lead).lowercased()
        var rows: [(Commitment, String)] = []
        for partnerID in partnerIDs {
            let own = commitments.filter { $0.partner == partnerID && $0.state != .withdrawn }
                .sorted { (kindOrder($0), $0.id) < (kindOrder($1), $1.id) }
            let marker = partnerID == project.lead ? lead : ""
            if own.isEmpty { lines.append(Line("  " + data.partnerName(partnerID) + (marker.isEmpty ? "" : " · " + marker)).linking(to: .partners, partnerID)) }
            rows += own.map { ($0, marker) }
        }
        lines += commitmentLines(rows, state, naming: .partner, width: width)
        lines.append(totalsLine(EuroTotals(commitments), state))
        lines += motives(of: project, in: network, state)
        lines += horizon(of: commitments, state)
        return lines
    }

    /// The partners' motives that meet in the project, with the euros committed for each.
    private static func motives(of project: Project, in network: AffiliationNetwork, _ state: AppState) -> [Line] {
        let data = state.data
        let urgency = SharedUrgency(data, network: network, perMotive: false)
        let shares = urgency.byProject[project.id] ?? []
        guard !shares.isEmpty else { return [] }
        var lines = [Line.blank, Line("\(state.say(.motivesHere)) (\(Format.count(shares.count, state.language)))", .header)]
        lines += shares.map { share in
            Line([Span("  \(share.motive): "), Span(share.partnerIDs.map(data.partnerName).joined(separator: ", "), .muted),
                  Span(" · " + Format.euros(share.value, state.language), .accent)])
        }
        if let motive = urgency.singleMotive(ofProject: project.id) {
            lines.append(Line("! " + OrganisingCapacity.Fragility.oneMotive(motive).text(in: state.language, partnerName: data.partnerName), .attention))
        }
        return lines
    }

    /// The quarters in which these commitments run, from the reference day's on, with what ends in each.
    private static func horizon(of commitments: [Commitment], _ state: AppState) -> [Line] {
        let horizon = Horizon(commitments: commitments, from: state.referenceDay)
        let quarters = zip(horizon.quarters, horizon.lab).filter { $0.1.running > .zero }
        guard !quarters.isEmpty else { return [] }
        return [.blank, Line(state.say(.horizonPerQuarter), .header)] + quarters.map { quarter, figures in
            Line([Span("  \(quarter.name(in: state.language))  ", .muted), Span(Format.euros(figures.running, state.language)),
                  Span(figures.ending > .zero ? " · \(state.say(.endsLabel)) \(Format.euros(figures.ending, state.language))" : "", .attention)])
        }
    }

    // MARK: Commitment

    private static func projectField(_ commitment: Commitment, _ state: AppState) -> Line {
        guard let project = commitment.project else { return field(.columnProject, state.say(.sharedSupport), state) }
        return field(.columnProject, state.data.projectName(project), state).linking(to: .projects, project)
    }

    static func commitment(_ commitment: Commitment, _ state: AppState) -> [Line] {
        let data = state.data
        let language = state.language
        var lines = [
            Line("\(state.say(.commitmentTitle)) \(commitment.id)", .title),
            field(.columnPartner, data.partnerName(commitment.partner), state).linking(to: .partners, commitment.partner),
            projectField(commitment, state),
            field(.kind, commitment.kind.name(in: language), state),
            field(.amount, Format.amount(commitment, language), state),
            field(.value, Format.money(commitment.valueEUR, language), state, .accent),
            field(.state, commitment.state.name(in: language), state, Slots.state(commitment.state)),
            field(.period, Format.period(from: commitment.from, until: commitment.until, language), state),
        ]
        if let note = commitment.note, !note.isEmpty { lines.append(field(.note, note, state)) }
        if let light = data.updateLight(of: commitment, on: state.referenceDay) { lines.append(lightLine(light, state)) }
        let missing = data.missingSmartParts(of: commitment)
        if commitment.state != .withdrawn {
            lines.append(missing.isEmpty ? Line(state.say(.smartComplete), .ok)
                : field(.smartMissing, missing.map { $0.name(in: language) }.joined(separator: ", "), state, .attention))
        }
        lines.append(field(.revision, String(commitment.stamp.revision), state, .muted))
        let when = LabTime.display(commitment.stamp.updatedAt, in: language, zone: LabTime.zone(of: state.data.lab))
        lines.append(field(.updatedBy, "\(when) · \(commitment.stamp.updatedBy)", state, .muted))
        return lines
    }
}
