// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What the drawing formats draw: the overview's figures and the arrangements as bars, and the
/// partner × project matrix with its legend.
extension ReportBuilder {
    func charts() -> [ReportChart] {
        let byKind = data.totalsByKind()
        let byStage = data.projectCountByStage()
        let contributing = data.partners.count - data.partnersNotContributingToSharedSupport(on: day).count
        var charts = [
            ReportChart(title: firmTitle + say(" toegezegd per soort", " commitments per kind"), unit: .euros,
                        bars: CommitmentKind.allCases.map { .init(label: $0.name(in: language), value: (byKind[$0] ?? EuroTotals()).firm.units) }),
            ReportChart(title: say("Projecten per fase", "Projects per stage"), unit: .count,
                        bars: Stage.allCases.map { .init(label: $0.name(in: language), value: Int64(byStage[$0] ?? 0)) }),
            ReportChart(title: say("Projecten per arrangement", "Projects per arrangement"), unit: .count,
                        bars: data.projectsByArrangement().map { .init(label: $0.arrangement.name.text(in: language), value: Int64($0.projects.count)) }),
            ReportChart(title: data.lab.sharedSupport.name.text(in: language) + ": " + say("partners die bijdragen", "partners who contribute"),
                        unit: .count, bars: [.init(label: say("dragen bij", "contribute"), value: Int64(contributing)),
                                             .init(label: say("nog niet", "not yet"), value: Int64(data.partners.count - contributing))]),
        ]
        if let year = data.sharedSupportBudget(in: day.year) {
            charts.append(ReportChart(title: "\(data.lab.sharedSupport.name.text(in: language)): budget \(year.year)", unit: .euros, bars: [
                .init(label: "Budget", value: year.budget.units), .init(label: firmTitle, value: year.firm.units),
                .init(label: say("Tekort", "Shortfall"), value: year.shortfall.units),
            ]))
        }
        charts.append(ReportChart(title: say("Vooruitblik: wat loopt per kwartaal", "Horizon: what runs per quarter"), unit: .euros,
                                  bars: zip(horizon.quarters, horizon.lab).map { .init(label: $0.name(in: language), value: $1.running.units) }))
        return charts
    }

    /// The partners with any project, the projects in name order, and per cell the strongest tie; made
    /// in one pass over the commitments. A lab larger than a page shows its most connected projects and
    /// partners, and says so in the title.
    func matrix(maximumProjects: Int = 30, maximumPartners: Int = 60) -> ReportMatrix? {
        guard !data.projects.isEmpty else { return nil }
        // 2 lead, 1 pledged or delivered, 0 proposed only.
        var ties: [String: [String: Int]] = [:]
        for index in data.commitments.indices where data.commitments[index].state != .withdrawn {
            guard let project = data.commitments[index].project else { continue }
            let (partner, strength) = (data.commitments[index].partner, data.commitments[index].state.isFirm ? 1 : 0)
            ties[partner, default: [:]][project] = max(ties[partner]?[project] ?? 0, strength)
        }
        for project in data.projects { ties[project.lead, default: [:]][project.id] = 2 }
        var partnersPerProject: [String: Int] = [:]
        for projects in ties.values { for project in projects.keys { partnersPerProject[project, default: 0] += 1 } }
        let projects = data.projects.sorted { (partnersPerProject[$0.id] ?? 0, $1.name.lowercased()) > (partnersPerProject[$1.id] ?? 0, $0.name.lowercased()) }
            .prefix(maximumProjects).sorted { $0.name.lowercased() < $1.name.lowercased() }
        let shownProjects = Set(projects.map(\.id))
        let partners = data.partners.compactMap { partner -> (partner: Partner, ties: Int)? in
            let count = ties[partner.id]?.keys.filter { shownProjects.contains($0) }.count ?? 0
            return count == 0 ? nil : (partner, count)
        }
        let shownPartners = partners.sorted { ($0.ties, $1.partner.name.lowercased()) > ($1.ties, $0.partner.name.lowercased()) }
            .prefix(maximumPartners).map(\.partner).sorted { $0.name.lowercased() < $1.name.lowercased() }
        let symbols = ["○", "●", "L"]
        let rows = shownPartners.map { partner in
            (label: partner.name, cells: projects.map { project in ties[partner.id]?[project.id].map { symbols[$0] } ?? "" })
        }
        var title = say("Wie werkt waaraan", "Who works on what")
        if projects.count < data.projects.count || shownPartners.count < partners.count {
            title += say(" (de \(projects.count) projecten en \(shownPartners.count) partners met de meeste banden, van \(data.projects.count) en \(data.partners.count))",
                         " (the \(projects.count) projects and \(shownPartners.count) partners with the most ties, of \(data.projects.count) and \(data.partners.count))")
        }
        return ReportMatrix(title: title, columns: projects.map(\.name), rows: rows, legend: [
            ("L", say("trekker van het project", "leads the project")),
            ("●", say("toegezegd of geleverd", "pledged or delivered")),
            ("○", say("alleen voorgesteld", "proposed only")),
        ])
    }
}
