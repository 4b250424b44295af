/// What the drawing formats draw: the overview's figures and the arrangements as bars, and the
/// partner × project matrix with its legend.
extension ReportBuilder {
    func charts() -> [ReportChart] {
        let byKind = data.totalsByKind()
        let byStage = data.projectCountByStage()
        let contributing = data.partners.count - data.partnersNotContributingToSharedSupport(on: day).count
        var charts = [
            ReportChart(title: say("Vast toegezegd per soort", "Firm commitments per kind"), unit: .euros,
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
                .init(label: "Budget", value: year.budget.units), .init(label: say("Vast", "Firm"), value: year.firm.units),
                .init(label: say("Tekort", "Shortfall"), value: year.shortfall.units),
            ]))
        }
        let horizon = Horizon(data: data, from: day)
        charts.append(ReportChart(title: say("Vooruitblik: wat loopt per kwartaal", "Horizon: what runs per quarter"), unit: .euros,
                                  bars: zip(horizon.quarters, horizon.lab).map { .init(label: $0.name(in: language), value: $1.running.units) }))
        return charts
    }

    /// The partners with any project, the projects in name order, and per cell the strongest tie.
    func matrix() -> ReportMatrix? {
        let projects = data.projects.sorted { $0.name.lowercased() < $1.name.lowercased() }
        guard !projects.isEmpty else { return nil }
        let rows = data.partners.sorted { $0.name.lowercased() < $1.name.lowercased() }.compactMap { partner -> (label: String, cells: [String])? in
            let own = data.commitments(ofPartner: partner.id)
            let cells = projects.map { project -> String in
                if project.lead == partner.id { return "L" }
                let there = own.filter { $0.project == project.id }
                if there.contains(where: { $0.state.isFirm }) { return "●" }
                if there.contains(where: { $0.state == .proposed }) { return "○" }
                return ""
            }
            return cells.allSatisfy(\.isEmpty) ? nil : (partner.name, cells)
        }
        return ReportMatrix(title: say("Wie werkt waaraan", "Who works on what"), columns: projects.map(\.name), rows: rows, legend: [
            ("L", say("trekker van het project", "leads the project")),
            ("●", say("toegezegd of geleverd", "pledged or delivered")),
            ("○", say("alleen voorgesteld", "proposed only")),
        ])
    }
}
