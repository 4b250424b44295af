// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// The coming quarters and the projects' signals on a small hand-made lab.
@Suite struct HorizonTests {
    private static let day = Day("2020-06-30")!

    static var lab: LabData {
        var alpha = Fixture.project("alpha", lead: "gemeente")
        alpha.milestones = [Milestone(title: "Evaluatie", due: Day("2020-03-01")!, done: false),
                            Milestone(title: "Opschaling", due: Day("2021-06-01")!, done: false),
                            Milestone(title: "Start", due: Day("2019-01-01")!, done: true)]
        var beta = Fixture.project("beta", lead: "bank")
        beta.milestones = [Milestone(title: "Later", due: Day("2030-01-01")!, done: false)]
        var gamma = Fixture.project("gamma", lead: "gemeente", stage: .stopped)
        gamma.milestones = [Milestone(title: "Vergeten", due: Day("2019-01-01")!, done: false)]
        let base = Fixture.data
        return LabData(lab: base.lab, partners: Array(base.partners), projects: [alpha, beta, gamma], commitments: [
            Fixture.commitment("c-1", "gemeente", "alpha", value: "1000", state: .pledged, from: "2020-01-01", until: "2020-12-31"),
            Fixture.commitment("c-2", "bank", "alpha", value: "500", state: .delivered, from: "2020-07-01", until: "2020-07-31"),
            Fixture.commitment("c-3", "fonds", "beta", value: "200", state: .pledged, from: "2021-01-01"),
            Fixture.commitment("c-4", "fonds", nil, value: "50", state: .proposed, from: "2020-01-01", until: "2022-12-31"),
            Fixture.commitment("c-5", "bank", nil, value: "70", state: .withdrawn, from: "2020-01-01", until: "2022-12-31"),
        ])
    }

    @Test func twelveQuartersFromTheReferenceDay() {
        let horizon = Horizon(data: Self.lab, from: Self.day, perPartnerAndProject: true)
        #expect(horizon.quarters.map { $0.name(in: .nl) } == ["2020 K2", "2020 K3", "2020 K4", "2021 K1", "2021 K2", "2021 K3",
                                                             "2021 K4", "2022 K1", "2022 K2", "2022 K3", "2022 K4", "2023 K1"])
        #expect(horizon.quarters[0].name(in: .en) == "2020 Q2")
        #expect(horizon.quarters[11].last == Day("2023-03-31"))
        #expect(horizon.lab.prefix(4).map(\.running) == [Money(1_000), Money(1_500), Money(1_000), Money(200)])
        #expect(horizon.lab.prefix(4).map(\.ending) == [.zero, Money(500), Money(1_000), .zero])
        #expect(horizon.lab[11].running == Money(200), "without an end it runs on")
        #expect(horizon.byPartner["bank"]?.map(\.running).prefix(3) == [.zero, Money(500), .zero])
        #expect(horizon.byProject["alpha"]?[1].running == Money(1_500))
        #expect(horizon.byProject[""] == nil, "proposed and withdrawn commitments are not counted")
    }

    @Test func overdueMilestonesAndMoneyThatEndsFirst() {
        let lab = Self.lab
        let alpha = lab.signals(of: lab.project("alpha")!, on: Self.day)
        #expect(alpha.map { $0.text(in: .nl) } == ["mijlpaal te laat: Evaluatie (1 mrt 2020)",
                                                    "toezeggingen lopen af op 31 dec 2020, vóór mijlpaal Opschaling (1 jun 2021)"])
        #expect(alpha.map { $0.short(in: .en) } == ["milestone overdue", "money ends first"])
        #expect(lab.signals(of: lab.project("beta")!, on: Self.day).isEmpty, "an open-ended commitment runs on")
        #expect(lab.signals(of: lab.project("gamma")!, on: Self.day).isEmpty, "a stopped project has no plan left")
        #expect(lab.projectsNeedingAttention(on: Self.day).map(\.id).contains("alpha"))
    }

    @Test func theReportHasTheHorizonAndTheSignals() {
        let report = ReportBuilder(data: Self.lab, referenceDate: Self.day, language: .en).build().rendered(as: .markdown)
        #expect(report.contains("| 2020 Q3 | €1,500.00 | €500.00 |"), "\(report)")
        #expect(report.contains("| Bank | €0.00 | €500.00 | €0.00 |"), "\(report)")
        #expect(report.contains("milestone overdue: Evaluatie (1 Mar 2020); commitments end on 31 Dec 2020, before milestone Opschaling (1 Jun 2021)"),
                "\(report)")
    }
}

/// A lab larger than a page: the matrix shows its most connected projects and partners and says so.
@Suite struct LargeMatrixTests {
    @Test func theMostConnectedThirtyProjectsAndSixtyPartners() throws {
        var generator = Generator(seed: 7)
        let data = generator.data(Generator.Size(partners: 400, projects: 80, commitments: 3_000))
        let matrix = try #require(ReportBuilder(data: data, referenceDate: Day("2024-06-30")!, language: .nl).matrix())
        #expect(matrix.columns.count == 30)
        #expect(matrix.rows.count == 60)
        #expect(matrix.title == "Wie werkt waaraan (de 30 projecten en 60 partners met de meeste banden, van 80 en 400)")
        #expect(matrix.rows.allSatisfy { $0.cells.count == 30 && $0.cells.contains { !$0.isEmpty } })
        let small = try #require(ReportBuilder(data: SampleLab.data, referenceDate: SampleLab.asOf, language: .en).matrix())
        #expect(small.title == "Who works on what")
        #expect(small.columns.count == 9)
        let municipality = try #require(small.rows.first { $0.label == "Gemeente Den Haag" })
        #expect(municipality.cells.filter { $0 == "L" }.count == 5, "it leads five of the nine: \(municipality.cells)")
    }
}
