// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Builds the lab's state for a meeting: commitments per partner, project and kind with totals,
/// shared-support coverage, projects by stage and health, stale projects, uncovered debt phases
/// and commitments that end soon; and, given `changes`, what changed since the last meeting.
public struct ReportBuilder {
    let data: LabData
    let day: Day
    let language: Language
    /// Contact names and e-mail addresses are personal data: a report for a wider audience leaves them out.
    let includesContacts: Bool
    let changes: ChangesSince?
    /// Asked by several sections, worked out once: each project's signals, and the coming quarters.
    let signalled: [String: [ProjectSignal]]
    let horizon: Horizon
    let capacity: OrganisingCapacity

    public init(data: LabData, referenceDate: Day, language: Language, includesContacts: Bool = true, changes: ChangesSince? = nil) {
        self.data = data
        day = referenceDate
        self.language = language
        self.includesContacts = includesContacts
        self.changes = changes
        signalled = data.projectSignals(on: referenceDate)
        horizon = Horizon(data: data, from: referenceDate, perPartnerAndProject: true)
        capacity = OrganisingCapacity(data, on: referenceDate)
    }

    func say(_ dutch: String, _ english: String) -> String {
        language == .nl ? dutch : english
    }

    public func build() -> Report {
        Report(
            title: "\(data.lab.name) — " + say("stand per", "as of") + " \(day)",
            referenceDate: day, language: language,
            sections: [summary()] + (changes.map(changeSections) ?? [])
                + [perPartner(), perProject(), perKind(), sharedSupport()] + sharedSupportBudget()
                + [projectStatus(), attention(), staleProjects(), uncoveredPhases(), endingSoon()] + horizonSections()
                + capacitySections(),
            charts: charts(), matrix: matrix())
    }

    // MARK: Sections

    private func summary() -> ReportSection {
        let totals = data.totalsByState()
        let missing = data.partnersNotContributingToSharedSupport(on: day).count
        let rows: [[ReportCell]] = [
            [.text(say("Partners", "Partners")), .count(data.partners.count)],
            [.text(say("Projecten (niet gestopt)", "Projects (not stopped)")), .count(data.activeProjects.count)],
            [.text(say("Toezeggingen", "Commitments")), .count(data.commitments.count)],
            [.text(firmExplained), .money(totals.firm)],
            [.text(say("Voorgesteld", "Proposed")), .money(totals[.proposed])],
            [.text(say("Dragen bij aan gedeelde ondersteuning", "Contribute to the shared support")),
             .text("\(data.partners.count - missing) / \(data.partners.count)")],
            [.text(say("Projecten die aandacht vragen", "Projects needing attention")),
             .count(data.projectsNeedingAttention(on: day, signalled: signalled).count)],
        ]
        return ReportSection(id: "summary", title: say("Samenvatting", "Summary"),
                             columns: [column("measure", say("Onderwerp", "Measure")), column("value", say("Waarde", "Value"))],
                             rows: rows, emptyNote: "")
    }

    private var totalsColumns: [ReportColumn] {
        [column("count", say("Aantal", "Count"), numeric: true),
         column("proposed", say("Voorgesteld", "Proposed"), numeric: true),
         column("pledged", say("Toegezegd", "Pledged"), numeric: true),
         column("delivered", say("Geleverd", "Delivered"), numeric: true),
         column("firm", firmTitle, numeric: true)]
    }

    private func totalsCells(_ totals: EuroTotals) -> [ReportCell] {
        [.count(totals.count), .money(totals[.proposed]), .money(totals[.pledged]), .money(totals[.delivered]), .money(totals.firm)]
    }

    private var totalLabel: String { say("Totaal", "Total") }

    private func perPartner() -> ReportSection {
        let byPartner = data.totalsByPartner()
        let contactColumns = includesContacts ? [column("contact", say("Contactpersoon", "Contact"))] : []
        var rows = data.partners.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { partner in
            let contact: [ReportCell] = includesContacts ? [.text(partner.contact.map { "\($0.name) <\($0.email)>" } ?? "")] : []
            return [.text(partner.id), .text(partner.name)] + totalsCells(byPartner[partner.id] ?? EuroTotals()) + contact
        }
        rows.append([.text(""), .text(totalLabel)] + totalsCells(data.totalsByState()) + (includesContacts ? [.text("")] : []))
        return ReportSection(id: "partners", title: say("Toezeggingen per partner", "Commitments per partner"),
                             columns: [column("id", "id"), column("partner", "Partner")] + totalsColumns + contactColumns,
                             rows: rows, emptyNote: say("Geen partners.", "No partners."))
    }

    private func perProject() -> ReportSection {
        let byProject = data.totalsByProject()
        var rows = data.projects.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { project in
            [.text(project.id), .text(project.name)] + totalsCells(byProject[project.id] ?? EuroTotals())
        }
        rows.append([.text(""), .text(data.lab.sharedSupport.name.text(in: language))]
                    + totalsCells(EuroTotals(data.sharedSupportCommitments)))
        rows.append([.text(""), .text(totalLabel)] + totalsCells(data.totalsByState()))
        return ReportSection(id: "projects", title: say("Toezeggingen per project", "Commitments per project"),
                             columns: [column("id", "id"), column("project", say("Project", "Project"))] + totalsColumns,
                             rows: rows, emptyNote: say("Geen projecten.", "No projects."))
    }

    private func perKind() -> ReportSection {
        let byKind = data.totalsByKind()
        var rows: [[ReportCell]] = CommitmentKind.allCases.map { kind in
            [.text(kind.name(in: language))] + totalsCells(byKind[kind] ?? EuroTotals())
        }
        rows.append([.text(totalLabel)] + totalsCells(data.totalsByState()))
        return ReportSection(id: "kinds", title: say("Toezeggingen per soort", "Commitments per kind"),
                             columns: [column("kind", say("Soort", "Kind"))] + totalsColumns, rows: rows, emptyNote: "")
    }

    private func sharedSupport() -> ReportSection {
        let missing = data.partnersNotContributingToSharedSupport(on: day)
        let title = data.lab.sharedSupport.name.text(in: language) + ": "
            + say("wie draagt nog niet bij", "who does not contribute yet")
            + " (\(data.partners.count - missing.count) / \(data.partners.count) " + say("dragen bij", "contribute") + ")"
        return ReportSection(
            id: "shared-support-missing", title: title,
            columns: [column("id", "id"), column("partner", "Partner"), column("kind", say("Soort", "Kind"))],
            rows: missing.map { [.text($0.id), .text($0.name), .text($0.kind.name(in: language))] },
            emptyNote: say("Iedere partner draagt bij.", "Every partner contributes."))
    }

    /// Per year of the budget: what is pledged and delivered against it, the shortfall, and who does not
    /// contribute that year; no section when the lab set no budget.
    private func sharedSupportBudget() -> [ReportSection] {
        let years = data.sharedSupportBudget()
        guard !years.isEmpty else { return [] }
        let title = data.lab.sharedSupport.name.text(in: language) + ": " + say("budget per jaar", "budget per year")
        return [ReportSection(
            id: "shared-support-budget", title: title,
            columns: [column("year", say("Jaar", "Year")), column("budget", "Budget", numeric: true),
                      column("pledged", say("Toegezegd", "Pledged"), numeric: true), column("delivered", say("Geleverd", "Delivered"), numeric: true),
                      column("shortfall", say("Tekort", "Shortfall"), numeric: true), column("covered", say("Gedekt", "Covered"), numeric: true),
                      column("notContributing", say("Dragen dat jaar niet bij", "Not contributing that year"))],
            rows: years.map { year in
                [.text(String(year.year)), .money(year.budget), .money(year.pledged), .money(year.delivered), .money(year.shortfall),
                 .text(year.coveredPercent.map { "\($0)%" } ?? "—"),
                 .text(year.notContributing.map(\.name).sorted { $0.lowercased() < $1.lowercased() }.joined(separator: ", "))]
            },
            emptyNote: "")]
    }

    private func projectStatus() -> ReportSection {
        let order = Dictionary(uniqueKeysWithValues: Stage.allCases.enumerated().map { ($1, $0) })
        let projects = data.projects.sorted { (order[$0.stage]!, $0.name) < (order[$1.stage]!, $1.name) }
        return ReportSection(
            id: "project-status", title: say("Projecten naar fase en voortgang", "Projects by stage and progress"),
            columns: [column("id", "id"), column("project", "Project"), column("stage", fieldLabel("stage", of: .project)),
                      column("health", fieldLabel("health", of: .project)), column("lead", fieldLabel("lead", of: .project)),
                      column("lastUpdate", say("Laatste update", "Last update")), column("signals", say("Signalen", "Signals"))],
            rows: projects.map { project in
                [.text(project.id), .text(project.name), .text(project.stage.name(in: language)),
                 .text(project.health.name(in: language)), .text(data.partnerName(project.lead)),
                 .day(project.lastUpdate), .text((signalled[project.id] ?? []).map { $0.text(in: language) }.joined(separator: "; "))]
            },
            emptyNote: say("Geen projecten.", "No projects."))
    }

    /// The projects that need attention, each with why: its progress, no recent update, its signals.
    private func attention() -> ReportSection {
        let stale = Set(data.staleProjects(on: day).map(\.id))
        return ReportSection(
            id: "attention", title: say("Vraagt aandacht", "Needs attention"),
            columns: [column("id", "id"), column("project", "Project"), column("why", say("Waarom", "Why"))],
            rows: data.projectsNeedingAttention(on: day, signalled: signalled).map { project in
                var reasons: [String] = []
                if project.health != .onTrack { reasons.append(project.health.name(in: language)) }
                if stale.contains(project.id) {
                    reasons.append(project.lastUpdate.map { LabTime.display($0, in: language) }.map { say("geen update sinds \($0)", "no update since \($0)") } ?? say("nog geen update", "no update yet"))
                }
                reasons += (signalled[project.id] ?? []).map { $0.text(in: language) }
                return [.text(project.id), .text(project.name), .text(reasons.joined(separator: "; "))]
            },
            emptyNote: say("Geen project vraagt aandacht.", "No project needs attention."))
    }

    private func staleProjects() -> ReportSection {
        ReportSection(
            id: "stale", title: say("Geen update in \(data.lab.updateInterval) dagen", "No update in \(data.lab.updateInterval) days"),
            columns: [column("id", "id"), column("project", "Project"), column("lastUpdate", say("Laatste update", "Last update")),
                      column("days", say("Dagen", "Days"), numeric: true)],
            rows: data.staleProjects(on: day).map { project in
                [.text(project.id), .text(project.name), .day(project.lastUpdate),
                 project.lastUpdate.map { .count($0.days(until: day)) } ?? .text("—")]
            },
            emptyNote: say("Alle projecten zijn bijgewerkt.", "Every project is up to date."))
    }

    private func uncoveredPhases() -> ReportSection {
        ReportSection(
            id: "uncovered-phases", title: say("Schuldfasen zonder project", "Debt phases without a project"),
            columns: [column("id", "id"), column("phase", say("Schuldfase", "Debt phase"))],
            rows: data.uncoveredDebtPhases().map { [.text($0.id), .text($0.name.text(in: language))] },
            emptyNote: say("Elke schuldfase heeft een project.", "Every debt phase has a project."))
    }

    private func endingSoon() -> ReportSection {
        ReportSection(
            id: "ending", title: say("Toezeggingen die binnen \(LabData.endingWithinDays) dagen aflopen",
                                     "Commitments ending within \(LabData.endingWithinDays) days"),
            columns: [column("id", "id"), column("partner", "Partner"), column("project", "Project"),
                      column("kind", say("Soort", "Kind")), column("value", say("Waarde", "Value"), numeric: true),
                      column("until", say("Tot", "Until"))],
            rows: data.commitmentsEnding(of: day).map { commitment in
                [.text(commitment.id), .text(data.partnerName(commitment.partner)),
                 .text(commitment.project.map { data.projectName($0) } ?? data.lab.sharedSupport.name.text(in: language)),
                 .text(commitment.kind.name(in: language)), .money(commitment.valueEUR), .day(commitment.until)]
            },
            emptyNote: say("Geen toezeggingen lopen binnenkort af.", "No commitments end soon."))
    }

    /// The coming twelve quarters: for the lab what runs and what ends in each; per partner and per
    /// project what runs.
    private func horizonSections() -> [ReportSection] {
        let quarterColumns = horizon.quarters.map { column($0.name(in: language), $0.name(in: language), numeric: true) }
        func running(_ figures: [Horizon.Figures]) -> [ReportCell] { figures.map { .money($0.running) } }
        let lab = ReportSection(
            id: "horizon", title: say("Vooruitblik: wat loopt per kwartaal", "Horizon: what runs per quarter"),
            columns: [column("quarter", say("Kwartaal", "Quarter")), column("running", say("Loopt (vast)", "Running (firm)"), numeric: true),
                      column("ending", say("Loopt af", "Ends"), numeric: true)],
            rows: zip(horizon.quarters, horizon.lab).map { [.text($0.name(in: language)), .money($1.running), .money($1.ending)] },
            emptyNote: "")
        let partners = ReportSection(
            id: "horizon-partners", title: say("Vooruitblik per partner", "Horizon per partner"),
            columns: [column("partner", "Partner")] + quarterColumns,
            rows: data.partners.sorted { $0.name.lowercased() < $1.name.lowercased() }.compactMap { partner in
                horizon.byPartner[partner.id].map { [.text(partner.name)] + running($0) }
            },
            emptyNote: say("Geen toezeggingen lopen in deze kwartalen.", "No commitments run in these quarters."))
        let projects = ReportSection(
            id: "horizon-projects", title: say("Vooruitblik per project", "Horizon per project"),
            columns: [column("project", "Project")] + quarterColumns,
            rows: (data.projects.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { ($0.id, $0.name) }
                   + [("", data.lab.sharedSupport.name.text(in: language))]).compactMap { id, name in
                horizon.byProject[id].map { [.text(name)] + running($0) }
            },
            emptyNote: say("Geen toezeggingen lopen in deze kwartalen.", "No commitments run in these quarters."))
        return [lab, partners, projects]
    }

    /// `Hard`, and `Hard (toegezegd + geleverd)` where it is first met.
    var firmTitle: String { EuroTotals.firmWord.text(in: language).capitalizedFirst }
    var firmExplained: String { firmTitle + say(" (toegezegd + geleverd)", " (pledged + delivered)") }

    /// A column named as the field catalogue names the field.
    func fieldLabel(_ key: String, of kind: EntityKind) -> String {
        FieldCatalogue.field(key, of: kind).map { $0.label.text(in: language) } ?? key
    }

    func column(_ id: String, _ title: String, numeric: Bool = false) -> ReportColumn {
        ReportColumn(id: id, title: title, isNumeric: numeric)
    }
}
