// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// The coming quarters on the overview and in a project, and a project's signals wherever it is shown.
@Suite struct HorizonScreenTests {
    /// The sample with the youth fund's evaluation overdue.
    private func state(width: Int, height: Int, language: Language = .nl) -> AppState {
        var data = SampleLab.data
        var fund = data.project("jpf")!
        fund.milestones.append(Milestone(title: "Evaluatie tweede jaar", due: Day("2019-10-01")!, done: false))
        data.put(.project(fund))
        return AppState(data: data, source: .builtInSample, referenceDay: SampleLab.asOf, language: language, width: width, height: height)
    }

    @Test func theOverviewLooksThreeYearsAhead() throws {
        let lines = render(state(width: 160, height: 48))
        try expectScreen(lines, named: "overview-horizon-160x48")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Vooruitblik: wat loopt per kwartaal"))
        #expect(text.contains("2019 K4") && text.contains("2022 K3"), "twelve quarters from the reference day's")
        #expect(text.contains("Jongeren Perspectief Fonds · mijlpaal te laat"), "the attention list says why")
    }

    @Test func theHorizonAt80x24IsAtTheEndOfTheOverview() throws {
        var small = state(width: 80, height: 24)
        send([.key(.end)], to: &small)
        let lines = render(small)
        try expectScreen(lines, named: "overview-horizon-80x24")
        #expect(lines.contains { $0.contains("2022 K3") }, "the last of the twelve quarters")
    }

    @Test func aProjectSaysItsSignalsInTheTableAndItsDetail() throws {
        var wide = state(width: 160, height: 48)
        send(keys("3"), to: &wide)
        let table = render(wide).joined(separator: "\n")
        #expect(table.contains("Signaal"))
        #expect(table.contains("mijlpaal te laat"), "\(table)")
        var small = state(width: 80, height: 24)
        send(keys(":project jpf") + [.key(.enter)], to: &small)
        try expectScreen(render(small), named: "project-signals-80x24")
        let detail = DetailContent.lines(for: "jpf", in: small, width: 78).map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(detail.contains("! mijlpaal te laat: Evaluatie tweede jaar (1 okt 2019)"), "\(detail)")
        #expect(detail.contains("1 okt 2019 Evaluatie tweede jaar (te laat)"), "\(detail)")
        #expect(detail.contains("Vooruitblik (loopt per kwartaal)"), "\(detail)")
        var english = state(width: 80, height: 24, language: .en)
        send(keys(":project jpf") + [.key(.enter)], to: &english)
        let said = DetailContent.lines(for: "jpf", in: english, width: 78).map { $0.spans.map(\.text).joined() }.joined(separator: "\n")
        #expect(said.contains("! milestone overdue: Evaluatie tweede jaar (1 Oct 2019)"), "\(said)")
    }
}

/// A project's detail says what each partner gives: the kind, the value, the state and, for hours, the hours.
@Suite struct ProjectCommitmentsScreenTests {
    @Test(arguments: [(Language.nl, "voorgesteld · 40 uur", "1 standaardregeling geleverd", "toegezegd · 0,3 fte · trekker"),
                      (Language.en, "proposed · 40 hours", "1 standaardregeling delivered", "pledged · 0.3 FTE · lead")])
    func eachCommitmentShowsItsStateValueAndAmount(language: Language, proposed: String, mandate: String, lead: String) throws {
        var state = AppState(data: SampleLab.data, source: .builtInSample, referenceDay: SampleLab.asOf, language: language, width: 80, height: 24)
        send(keys("3"), to: &state)
        func detail(_ project: String) -> [String] {
            DetailContent.lines(for: project, in: state, width: 78).map { $0.spans.map(\.text).joined() }
        }
        let philadelphia = try #require(detail("detentie-in-uit").first { $0.contains("Philadelphia") })
        #expect(philadelphia.contains("€ 3.600") || philadelphia.contains("€3,600"), "\(philadelphia)")
        #expect(philadelphia.hasSuffix(proposed), "\(philadelphia)")
        let municipality = try #require(detail("detentie-in-uit").first { $0.contains("Gemeente Den Haag") && $0.contains("€") })
        #expect(municipality.hasSuffix(lead), "\(municipality)")
        let abn = try #require(detail("csr").first { $0.contains("ABN AMRO") })
        #expect(abn.contains(mandate), "\(abn)")
    }
}
