// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The partners with their network scores: who holds the network together first.
enum CapacityTable {
    /// The measures shown as columns, with the priority that keeps them on a narrow screen.
    static let measures: [(measure: NetworkMeasure, priority: Int)] = [
        (.projects, 4), (.betweenness, 5), (.partedPairs, 5), (.liaison, 5), (.gatekeeper, 3), (.representative, 1),
        (.coordinator, 2), (.itinerant, 2), (.constraint, 3), (.effectiveSize, 2), (.smart, 3),
    ]

    /// The measure a column shows; the first two columns are the name and the sector.
    static func measure(ofColumn column: Int) -> NetworkMeasure? {
        column >= 2 && column - 2 < measures.count ? measures[column - 2].measure : nil
    }

    static func model(_ capacity: OrganisingCapacity, _ data: LabData, _ language: Language) -> TableModel {
        let scores = capacity.scores.partners.sorted {
            ($1.betweenness, $1.partedPairs, data.partnerName($0.partnerID).lowercased())
                < ($0.betweenness, $0.partedPairs, data.partnerName($1.partnerID).lowercased())
        }
        let connector = capacity.connector?.partnerID
        let smart = capacity.smartByPartner
        @Sendable func row(_ index: Int) -> TableRow {
            let score = scores[index]
            let partner = data.partner(score.partnerID)
            let figures = measures.map { $0.measure.figure(score, smart: smart[score.partnerID]).text(in: language) }
            return TableRow(id: score.partnerID, cells: [data.partnerName(score.partnerID), partner?.sector.name(in: language) ?? ""] + figures,
                            cellSlots: [score.partnerID == connector ? .accent : nil, .muted])
        }
        @Sendable func sortKey(_ index: Int, _ column: Int) -> SortKey {
            let score = scores[index]
            switch column {
            case 0: return .text(data.partnerName(score.partnerID).lowercased())
            case 1: return .text(data.partner(score.partnerID)?.sector.name(in: language) ?? "")
            default:
                let value = measure(ofColumn: column)!.figure(score, smart: smart[score.partnerID]).sortValue
                return .number(value.isFinite ? Int64((value * 1e9).rounded()) : Int64.min)
            }
        }
        let columns = [TableColumn(title: .columnPartner, minWidth: 12, weight: 3),
                       TableColumn(title: .columnSector, minWidth: 8, weight: 0, priority: 1)]
            + measures.map { measure, priority in
                TableColumn(heading: LocalizedText(nl: measure.short(in: .nl), en: measure.short(in: .en)),
                            minWidth: max(6, measure.short(in: .nl).count, measure.short(in: .en).count), weight: 0,
                            alignRight: true, priority: priority)
            }
        return TableModel(columns: columns, ids: PiecedList(scores.map(\.partnerID)), row: row, sortKey: sortKey,
                          entity: { data.partner(scores[$0].partnerID).map(EntityValue.partner) })
    }
}
