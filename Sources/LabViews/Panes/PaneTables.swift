// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The tables behind the list panes.
enum PaneTables {
    static func model(for pane: PaneID, data: LabData, history: [HistoryItem], language: Language, day: Day,
                      showsContacts: Bool = true, capacity: OrganisingCapacity? = nil) -> TableModel? {
        switch pane {
        case .partners: partners(data, language)
        case .projects: projects(data, language, day)
        case .commitments: commitments(data, language)
        case .log: log(data, history, language, showsContacts: showsContacts)
        case .network: network(data)
        case .capacity: capacity.map { CapacityTable.model($0, data, language) }
        case .overview, .arrangements: nil
        }
    }

    static func partners(_ data: LabData, _ language: Language) -> TableModel {
        let totals = data.totalsByPartner()
        let links = Dictionary(uniqueKeysWithValues: data.partnerLinks().map { ($0.partnerID, $0.projectIDs.count) })
        let partners = data.partners.sorted { $0.name.lowercased() < $1.name.lowercased() }
        @Sendable func row(_ index: Int) -> TableRow {
            let partner = partners[index]
            return TableRow(id: partner.id, cells: [partner.name, partner.kind.name(in: language), partner.scope.name(in: language),
                                                    Format.euros(totals[partner.id]?.firm ?? .zero, language),
                                                    String(links[partner.id] ?? 0)])
        }
        @Sendable func sortKey(_ index: Int, _ column: Int) -> SortKey {
            let partner = partners[index]
            switch column {
            case 0: return .text(partner.name.lowercased())
            case 1: return .text(partner.kind.name(in: language))
            case 2: return .text(partner.scope.name(in: language))
            case 3: return .number(totals[partner.id]?.firm.units ?? 0)
            default: return .number(Int64(links[partner.id] ?? 0))
            }
        }
        return TableModel(columns: [
            TableColumn(title: .columnName, minWidth: 12, weight: 1),
            // As wide as the kinds' names (`woningcorporatie`, `housing corporation`), so that no kind is cut.
            TableColumn(title: .columnKind, minWidth: min(19, PartnerKind.allCases.map { DisplayWidth.of($0.name(in: language)) }.max() ?? 8),
                        weight: 0),
            TableColumn(title: .columnScope, minWidth: 9, weight: 0, priority: 2),
            TableColumn(title: .columnFirm, minWidth: 12, weight: 0, alignRight: true),
            TableColumn(title: .columnProjects, minWidth: 5, weight: 0, alignRight: true),
        ], ids: PiecedList(partners.map(\.id)), row: row, sortKey: sortKey, entity: { .partner(partners[$0]) })
    }

    static func projects(_ data: LabData, _ language: Language, _ day: Day) -> TableModel {
        let stale = Set(data.staleProjects(on: day).map(\.id))
        let signalled = data.projectSignals(on: day)
        let projects = data.projects.sorted { $0.name.lowercased() < $1.name.lowercased() }
        @Sendable func lead(_ project: Project) -> String { data.partnerName(project.lead) }
        @Sendable func row(_ index: Int) -> TableRow {
            let project = projects[index]
            let signals = signalled[project.id] ?? []
            return TableRow(id: project.id,
                            cells: [project.name, project.stage.name(in: language), project.health.name(in: language), lead(project),
                                    project.lastUpdate.map { LabTime.display($0, in: language) } ?? "—", signals.map { $0.short(in: language) }.joined(separator: ", ")],
                            cellSlots: [nil, nil, Slots.health(project.health), nil, stale.contains(project.id) ? .attention : .muted, .attention])
        }
        @Sendable func sortKey(_ index: Int, _ column: Int) -> SortKey {
            let project = projects[index]
            switch column {
            case 0: return .text(project.name.lowercased())
            case 1: return .number(Int64(Stage.allCases.firstIndex(of: project.stage)!))
            case 2: return .number(Int64(Health.allCases.firstIndex(of: project.health)!))
            case 3: return .text(lead(project).lowercased())
            case 5: return .number(Int64(signalled[project.id]?.count ?? 0))
            default: return .number(Int64(project.lastUpdate?.ordinal ?? Int.min))
            }
        }
        return TableModel(columns: [
            TableColumn(title: .columnName, minWidth: 14, weight: 3),
            TableColumn(title: .columnStage, minWidth: 11, weight: 0),
            TableColumn(title: .columnHealth, minWidth: 11, weight: 0),
            TableColumn(title: .columnLead, minWidth: 12, weight: 1, priority: 2),
            TableColumn(title: .columnLastUpdate, minWidth: 11, weight: 0, priority: 3),
            TableColumn(title: .columnSignal, minWidth: 17, weight: 0, priority: 4),
        ], ids: PiecedList(projects.map(\.id)), row: row, sortKey: sortKey, entity: { .project(projects[$0]) })
    }

    static func commitments(_ data: LabData, _ language: Language) -> TableModel {
        let commitments = data.commitments
        @Sendable func partner(_ commitment: Commitment) -> String { data.partnerName(commitment.partner) }
        @Sendable func project(_ commitment: Commitment) -> String { Format.destination(of: commitment, in: data, language) }
        @Sendable func row(_ index: Int) -> TableRow {
            let commitment = commitments[index]
            return TableRow(
                id: commitment.id,
                cells: [commitment.id, partner(commitment), project(commitment), commitment.kind.name(in: language),
                        Format.amount(commitment, language), Format.euros(commitment.valueEUR, language),
                        commitment.state.name(in: language), Format.period(from: commitment.from, until: commitment.until, language)],
                cellSlots: [.muted, nil, commitment.isSharedSupport ? .accent : nil, nil, nil, nil, Slots.state(commitment.state), .muted])
        }
        @Sendable func sortKey(_ index: Int, _ column: Int) -> SortKey {
            let commitment = commitments[index]
            switch column {
            case 0: return .text(commitment.id)
            case 1: return .text(partner(commitment).lowercased())
            case 2: return .text(project(commitment).lowercased())
            case 3: return .text(commitment.kind.name(in: language))
            case 4: return .number(commitment.amount.units)
            case 5: return .number(commitment.valueEUR.units)
            case 6: return .number(Int64(CommitmentState.allCases.firstIndex(of: commitment.state)!))
            default: return .number(Int64(commitment.until?.ordinal ?? Int.max))
            }
        }
        return TableModel(columns: [
            TableColumn(title: .columnID, minWidth: idWidth(data.commitmentIDs), weight: 0, priority: 2),
            TableColumn(title: .columnPartner, minWidth: 12, weight: 2),
            TableColumn(title: .columnProject, minWidth: 14, weight: 2),
            TableColumn(title: .columnKind, minWidth: 9, weight: 0, priority: 4),
            TableColumn(title: .columnAmount, minWidth: 12, weight: 1, alignRight: true, priority: 3),
            TableColumn(title: .columnValue, minWidth: 11, weight: 0, alignRight: true),
            TableColumn(title: .columnState, minWidth: 11, weight: 0),
            TableColumn(title: .columnPeriod, minWidth: 25, weight: 0, priority: 1),
        ], ids: data.commitmentIDs, row: row, sortKey: sortKey, rowPosition: { data.position(of: .commitment, $0) },
           entity: { .commitment(commitments[$0]) })
    }

    /// Wide enough for the longest id, within reason: the id is what a user types after `:open`,
    /// so it is not cut short on a screen with room for it.
    private static func idWidth(_ ids: PiecedList<String>) -> Int {
        min(16, ids.reduce(6) { max($0, $1.utf8.count) })
    }

    /// The log: every saved edit on record and every dated status update, newest first. A row
    /// opens what it is about.
    static func log(_ data: LabData, _ history: [HistoryItem], _ language: Language, showsContacts: Bool) -> TableModel {
        let entries = LogEntries.build(data, history, language, showsContacts: showsContacts)
        @Sendable func row(_ index: Int) -> TableRow {
            let entry = entries[index]
            return TableRow(id: entry.id, cells: [entry.when, entry.by, entry.what, entry.change],
                            cellSlots: [.muted, .muted, nil, entry.slot])
        }
        @Sendable func sortKey(_ index: Int, _ column: Int) -> SortKey {
            let entry = entries[index]
            switch column {
            case 0: return .text(entry.sortTime)
            case 1: return .text(entry.by.lowercased())
            case 2: return .text(entry.what.lowercased())
            default: return .text(entry.change.lowercased())
            }
        }
        return TableModel(columns: [
            // Dates and names as wide as the longest (`16 dec 2019 21:30`, `projectleider CSR`), names within reason.
            TableColumn(title: .columnDate, minWidth: entries.reduce(6) { max($0, DisplayWidth.of($1.when)) }, weight: 0),
            TableColumn(title: .columnBy, minWidth: min(18, entries.reduce(6) { max($0, DisplayWidth.of($1.by)) }), weight: 0, priority: 2),
            TableColumn(title: .columnWhat, minWidth: 14, weight: 2),
            TableColumn(title: .columnChange, minWidth: 16, weight: 4),
        ], ids: PiecedList(entries.map(\.id)), row: row, sortKey: sortKey)
    }

    /// The rows of the network matrix: the partners, most connected first.
    static func network(_ data: LabData) -> TableModel {
        let ids = data.partnerLinks().map(\.partnerID)
        @Sendable func name(_ index: Int) -> String { data.partnerName(ids[index]) }
        return TableModel(columns: [TableColumn(title: .columnPartner, minWidth: 12, weight: 1)], ids: PiecedList(ids),
                          row: { TableRow(id: ids[$0], cells: [name($0)]) }, sortKey: { index, _ in .text(name(index).lowercased()) },
                          entity: { data.partner(ids[$0]).map(EntityValue.partner) })
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
