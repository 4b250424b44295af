import LabModel

/// The tables behind the list panes.
enum PaneTables {
    static func model(for pane: PaneID, data: LabData, language: Language, day: Day) -> TableModel? {
        switch pane {
        case .partners: partners(data, language)
        case .projects: projects(data, language, day)
        case .commitments: commitments(data, language)
        case .log: log(data, language)
        case .network: network(data)
        case .overview, .arrangements: nil
        }
    }

    static func partners(_ data: LabData, _ language: Language) -> TableModel {
        let totals = data.totalsByPartner()
        let links = Dictionary(uniqueKeysWithValues: data.partnerLinks().map { ($0.partnerID, $0.projectIDs.count) })
        let rows = data.partners.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { partner in
            let firm = totals[partner.id]?.firm ?? .zero
            let projects = links[partner.id] ?? 0
            return TableRow(
                id: partner.id,
                cells: [partner.name, partner.kind.name(in: language), partner.scope.name(in: language),
                        Format.euros(firm, language), String(projects)],
                sortKeys: [.text(partner.name.lowercased()), .text(partner.kind.name(in: language)),
                           .text(partner.scope.name(in: language)), .number(firm.units), .number(Int64(projects))])
        }
        return TableModel(columns: [
            TableColumn(title: .columnName, minWidth: 12, weight: 3),
            TableColumn(title: .columnKind, minWidth: 8, weight: 1),
            TableColumn(title: .columnScope, minWidth: 9, weight: 0, priority: 2),
            TableColumn(title: .columnFirm, minWidth: 12, weight: 0, alignRight: true),
            TableColumn(title: .columnProjects, minWidth: 5, weight: 0, alignRight: true),
        ], rows: rows)
    }

    static func projects(_ data: LabData, _ language: Language, _ day: Day) -> TableModel {
        let stale = Set(data.staleProjects(on: day).map(\.id))
        let rows = data.projects.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { project in
            let lead = data.partner(project.lead)?.name ?? project.lead
            let last = project.lastUpdate
            return TableRow(
                id: project.id,
                cells: [project.name, project.stage.name(in: language), project.health.name(in: language), lead,
                        last?.description ?? "—"],
                sortKeys: [.text(project.name.lowercased()), .number(Int64(Stage.allCases.firstIndex(of: project.stage)!)),
                           .number(Int64(Health.allCases.firstIndex(of: project.health)!)), .text(lead.lowercased()),
                           .number(Int64(last?.ordinal ?? Int.min))],
                cellSlots: [nil, nil, Slots.health(project.health), nil, stale.contains(project.id) ? .attention : .muted])
        }
        return TableModel(columns: [
            TableColumn(title: .columnName, minWidth: 14, weight: 3),
            TableColumn(title: .columnStage, minWidth: 11, weight: 0),
            TableColumn(title: .columnHealth, minWidth: 11, weight: 0),
            TableColumn(title: .columnLead, minWidth: 12, weight: 1, priority: 2),
            TableColumn(title: .columnLastUpdate, minWidth: 10, weight: 0, priority: 3),
        ], rows: rows)
    }

    static func commitments(_ data: LabData, _ language: Language) -> TableModel {
        let shared = UIText.sharedSupport.text(in: language)
        let rows = data.commitments.map { commitment in
            let partner = data.partner(commitment.partner)?.name ?? commitment.partner
            let project = commitment.project.map { data.project($0)?.name ?? $0 } ?? shared
            return TableRow(
                id: commitment.id,
                cells: [commitment.id, partner, project, commitment.kind.name(in: language), Format.amount(commitment, language),
                        Format.euros(commitment.valueEUR, language), commitment.state.name(in: language),
                        Format.period(from: commitment.from, until: commitment.until, language)],
                sortKeys: [.text(commitment.id), .text(partner.lowercased()), .text(project.lowercased()),
                           .text(commitment.kind.name(in: language)), .number(commitment.amount.units),
                           .number(commitment.valueEUR.units), .number(Int64(CommitmentState.allCases.firstIndex(of: commitment.state)!)),
                           .number(Int64(commitment.until?.ordinal ?? Int.max))],
                cellSlots: [.muted, nil, commitment.isSharedSupport ? .accent : nil, nil, nil, nil, Slots.state(commitment.state), .muted])
        }
        return TableModel(columns: [
            TableColumn(title: .columnID, minWidth: 6, weight: 0, priority: 2),
            TableColumn(title: .columnPartner, minWidth: 12, weight: 2),
            TableColumn(title: .columnProject, minWidth: 14, weight: 2),
            TableColumn(title: .columnKind, minWidth: 9, weight: 0, priority: 4),
            TableColumn(title: .columnAmount, minWidth: 12, weight: 1, alignRight: true, priority: 3),
            TableColumn(title: .columnValue, minWidth: 11, weight: 0, alignRight: true),
            TableColumn(title: .columnState, minWidth: 11, weight: 0),
            TableColumn(title: .columnPeriod, minWidth: 23, weight: 0, priority: 1),
        ], rows: rows)
    }

    /// Every status update of every project, newest first; a row opens its project.
    static func log(_ data: LabData, _ language: Language) -> TableModel {
        var entries: [(Project, Int, StatusUpdate)] = []
        for project in data.projects {
            for (index, update) in project.updates.enumerated() { entries.append((project, index, update)) }
        }
        entries.sort { ($1.2.at, $1.0.id, $1.1) < ($0.2.at, $0.0.id, $0.1) }
        let rows = entries.map { project, index, update in
            TableRow(
                id: "\(project.id)#\(index)",
                cells: [update.at.description, project.name, update.health.name(in: language), update.by, update.text],
                sortKeys: [.number(Int64(update.at.ordinal)), .text(project.name.lowercased()),
                           .number(Int64(Health.allCases.firstIndex(of: update.health)!)), .text(update.by.lowercased()),
                           .text(update.text.lowercased())],
                cellSlots: [.muted, nil, Slots.health(update.health), .muted, nil])
        }
        return TableModel(columns: [
            TableColumn(title: .columnDate, minWidth: 10, weight: 0),
            TableColumn(title: .columnProject, minWidth: 12, weight: 1),
            TableColumn(title: .columnHealth, minWidth: 11, weight: 0),
            TableColumn(title: .columnBy, minWidth: 12, weight: 1, priority: 2),
            TableColumn(title: .columnText, minWidth: 16, weight: 4),
        ], rows: rows)
    }

    /// The rows of the network matrix: the partners, most connected first.
    static func network(_ data: LabData) -> TableModel {
        let rows = data.partnerLinks().map { links in
            let name = data.partner(links.partnerID)?.name ?? links.partnerID
            return TableRow(id: links.partnerID, cells: [name], sortKeys: [.text(name.lowercased())])
        }
        return TableModel(columns: [TableColumn(title: .columnPartner, minWidth: 12, weight: 1)], rows: rows)
    }
}

/// The theme slot that shows a state at a glance.
enum Slots {
    static func health(_ health: Health) -> ThemeSlot {
        switch health {
        case .onTrack: .ok
        case .attention: .attention
        case .blocked: .blocked
        }
    }

    static func state(_ state: CommitmentState) -> ThemeSlot {
        switch state {
        case .proposed: .muted
        case .pledged: .text
        case .delivered: .ok
        case .withdrawn: .blocked
        }
    }
}
