// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The report's sections on what changed since a day: the totals then and now, then each kind of
/// change as a table, every change said in the catalogue's words, with who and when.
extension ReportBuilder {
    func changeSections(_ changes: ChangesSince) -> [ReportSection] {
        /// A column headed by the field's label in the catalogue.
        func field(_ kind: EntityKind, _ key: String, numeric: Bool = false) -> ReportColumn {
            column(key, FieldCatalogue.field(key, of: kind)?.label.text(in: language) ?? key, numeric: numeric)
        }
        let zone = LabTime.zone(of: data.lab)
        let since = LabTime.display(changes.since, in: language)
        func entities(_ kind: EntityKind, _ mark: ChangesSince.Mark) -> [ChangesSince.Entity] {
            changes.entities.filter { $0.now.kind == kind && $0.mark == mark }
        }
        func who(_ entity: ChangesSince.Entity) -> [ReportCell] {
            [.text(entity.authors.joined(separator: ", ")), .text(LabTime.display(entity.lastEdit, in: language, zone: zone))]
        }
        let whoColumns = [column("by", say("Door", "By")), column("when", say("Laatst", "Last"))]
        func commitmentCells(_ commitment: Commitment) -> [ReportCell] {
            [.text(commitment.id), .text(data.partnerName(commitment.partner)),
             .text(commitment.project.map { data.projectName($0) } ?? data.lab.sharedSupport.name.text(in: language))]
        }
        let commitmentColumns = [column("id", "id"), field(.commitment, "partner"), field(.commitment, "project")]
        func what(_ entity: ChangesSince.Entity) -> ReportCell {
            let phrases = ChangeWording.phrases(entity.changes.filter { $0.field != "updates" }, of: entity.now, in: language, data: data)
            return .text(phrases.isEmpty ? say("gewijzigd (de eerdere versie staat niet in de geschiedenis)", "changed (the earlier version is not on record)")
                                         : phrases.joined(separator: "; "))
        }

        let totals = ReportSection(
            id: "since-totals", title: say("Sinds \(since): de toezeggingen toen en nu", "Since \(since): the commitments then and now"),
            columns: [column("measure", say("Onderwerp", "Measure")), column("then", say("Toen", "Then"), numeric: true),
                      column("now", say("Nu", "Now"), numeric: true), column("difference", say("Verschil", "Difference"), numeric: true)],
            rows: [
                [.text(say("Aantal", "Count")), .count(changes.totalsThen.count), .count(changes.totalsNow.count),
                 .count(changes.totalsNow.count - changes.totalsThen.count)],
                [.text(firmExplained), .money(changes.totalsThen.firm),
                 .money(changes.totalsNow.firm), .money(changes.totalsNow.firm - changes.totalsThen.firm)],
                [.text(say("Voorgesteld", "Proposed")), .money(changes.totalsThen[.proposed]), .money(changes.totalsNow[.proposed]),
                 .money(changes.totalsNow[.proposed] - changes.totalsThen[.proposed])],
                [.text(say("Ingetrokken", "Withdrawn")), .money(changes.totalsThen[.withdrawn]), .money(changes.totalsNow[.withdrawn]),
                 .money(changes.totalsNow[.withdrawn] - changes.totalsThen[.withdrawn])],
            ],
            emptyNote: "")
        let added = ReportSection(
            id: "since-new-commitments", title: say("Nieuwe toezeggingen", "New commitments"),
            columns: commitmentColumns + [field(.commitment, "kind"), field(.commitment, "valueEUR", numeric: true),
                                          field(.commitment, "state")] + whoColumns,
            rows: entities(.commitment, .new).compactMap { entity in
                guard case .commitment(let commitment) = entity.now else { return nil }
                return commitmentCells(commitment) + [.text(commitment.kind.name(in: language)), .money(commitment.valueEUR),
                                                      .text(commitment.state.name(in: language))] + who(entity)
            },
            emptyNote: say("Geen nieuwe toezeggingen.", "No new commitments."))
        let changed = ReportSection(
            id: "since-changed-commitments", title: say("Gewijzigde toezeggingen", "Changed commitments"),
            columns: commitmentColumns + [column("what", say("Wat", "What"))] + whoColumns,
            rows: entities(.commitment, .changed).compactMap { entity in
                guard case .commitment(let commitment) = entity.now else { return nil }
                return commitmentCells(commitment) + [what(entity)] + who(entity)
            },
            emptyNote: say("Geen gewijzigde toezeggingen.", "No changed commitments."))
        let withdrawn = ReportSection(
            id: "since-withdrawn-commitments", title: say("Ingetrokken toezeggingen", "Withdrawn commitments"),
            columns: commitmentColumns + [field(.commitment, "valueEUR", numeric: true)] + whoColumns,
            rows: entities(.commitment, .withdrawn).compactMap { entity in
                guard case .commitment(let commitment) = entity.now else { return nil }
                return commitmentCells(commitment) + [.money(commitment.valueEUR)] + who(entity)
            },
            emptyNote: say("Geen ingetrokken toezeggingen.", "No withdrawn commitments."))
        let newPartners = ReportSection(
            id: "since-new-partners", title: say("Nieuwe partners", "New partners"),
            columns: [column("id", "id"), column("partner", "Partner"), field(.partner, "kind")] + whoColumns,
            rows: entities(.partner, .new).compactMap { entity in
                guard case .partner(let partner) = entity.now else { return nil }
                return [.text(partner.id), .text(partner.name), .text(partner.kind.name(in: language))] + who(entity)
            },
            emptyNote: say("Geen nieuwe partners.", "No new partners."))
        let newProjects = ReportSection(
            id: "since-new-projects", title: say("Nieuwe projecten", "New projects"),
            columns: [column("id", "id"), column("project", "Project"), field(.project, "lead")] + whoColumns,
            rows: entities(.project, .new).compactMap { entity in
                guard case .project(let project) = entity.now else { return nil }
                return [.text(project.id), .text(project.name), .text(data.partnerName(project.lead))] + who(entity)
            },
            emptyNote: say("Geen nieuwe projecten.", "No new projects."))
        let otherChanges = (entities(.partner, .changed) + entities(.project, .changed)).filter { entity in
            entity.changes.isEmpty || entity.changes.contains { $0.field != "updates" && $0.field != "health" }
        }
        let changedOthers = ReportSection(
            id: "since-changed-partners-projects", title: say("Gewijzigde partners en projecten", "Changed partners and projects"),
            columns: [column("entity", say("Wat voor", "Which")), column("id", "id"), field(.partner, "name"),
                      column("what", say("Wat", "What"))] + whoColumns,
            rows: otherChanges.map { entity in
                let name = switch entity.now {
                case .partner(let partner): partner.name
                case .project(let project): project.name
                case .commitment(let commitment): commitment.id
                }
                return [.text(entity.now.kind.name(in: language)), .text(entity.now.id), .text(name), what(entity)] + who(entity)
            },
            emptyNote: say("Geen gewijzigde partners of projecten.", "No changed partners or projects."))
        let updates = ReportSection(
            id: "since-status-updates", title: say("Statusupdates", "Status updates"),
            columns: [column("project", "Project")] + FieldCatalogue.statusUpdate.map { column($0.key, $0.label.text(in: language)) },
            rows: changes.statusUpdates.map { project, update in
                [.text(project.name), .day(update.at), .text(update.by), .text(update.health.name(in: language)), .text(update.text)]
            },
            emptyNote: say("Geen statusupdates.", "No status updates."))
        return [totals, added, changed, withdrawn, newPartners, newProjects, changedOthers, updates]
    }
}
