// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// The shared support's yearly budget on a small hand-made lab: each commitment counted in a year with
/// the share of its days in that year, only pledged and delivered ones, only those for the shared support.
@Suite struct SharedSupportBudgetTests {
    static var lab: LabData {
        var lab = Fixture.lab
        lab.sharedSupport.budget = [YearBudget(year: 2019, amount: Money(50_000)), YearBudget(year: 2020, amount: Money(150_000)),
                                    YearBudget(year: 2021, amount: Money(100_000))]
        let base = Fixture.data
        return LabData(lab: lab, partners: Array(base.partners), projects: Array(base.projects), commitments: [
            Fixture.commitment("c-a", "gemeente", nil, value: "100000", state: .delivered, from: "2020-01-01", until: "2020-12-31"),
            // 366 days, 184 in 2019 and 182 in 2020.
            Fixture.commitment("c-b", "bank", nil, value: "36600", state: .pledged, from: "2019-07-01", until: "2020-06-30"),
            Fixture.commitment("c-c", "fonds", nil, value: "5000", state: .proposed, from: "2020-01-01", until: "2020-12-31"),
            Fixture.commitment("c-d", "fonds", nil, value: "9999", state: .withdrawn, from: "2020-01-01", until: "2020-12-31"),
            Fixture.commitment("c-e", "fonds", "alpha", value: "50000", state: .pledged, from: "2020-01-01", until: "2020-12-31"),
        ])
    }

    @Test func eachYearAgainstItsBudget() {
        let years = Self.lab.sharedSupportBudget()
        #expect(years.map(\.year) == [2019, 2020, 2021])
        #expect(years.map(\.pledged) == [Money(18_400), Money(18_200), .zero])
        #expect(years.map(\.delivered) == [.zero, Money(100_000), .zero])
        #expect(years.map(\.shortfall) == [Money(31_600), Money(31_800), Money(100_000)])
        #expect(years.map(\.coveredPercent) == [36, 78, 0])
        #expect(years.map { $0.notContributing.map(\.id) } == [["gemeente", "fonds"], ["fonds"], ["gemeente", "bank", "fonds"]])
        #expect(Self.lab.sharedSupportBudget(in: 2018) == nil)
    }

    @Test func theReportShowsEveryYear() {
        let dutch = ReportBuilder(data: Self.lab, referenceDate: Day("2020-06-30")!, language: .nl).build().rendered(as: .markdown)
        #expect(dutch.contains("""
            | Jaar | Budget | Toegezegd | Geleverd | Tekort | Gedekt | Dragen dat jaar niet bij |
            |---|---:|---:|---:|---:|---:|---|
            | 2019 | € 50.000,00 | € 18.400,00 | € 0,00 | € 31.600,00 | 36% | Fonds, Gemeente |
            | 2020 | € 150.000,00 | € 18.200,00 | € 100.000,00 | € 31.800,00 | 78% | Fonds |
            | 2021 | € 100.000,00 | € 0,00 | € 0,00 | € 100.000,00 | 0% | Bank, Fonds, Gemeente |
            """), "\(dutch)")
        let english = ReportBuilder(data: Self.lab, referenceDate: Day("2020-06-30")!, language: .en).build().rendered(as: .markdown)
        #expect(english.contains("| 2020 | €150,000.00 | €18,200.00 | €100,000.00 | €31,800.00 | 78% | Fonds |"), "\(english)")
        #expect(!ReportBuilder(data: Fixture.data, referenceDate: Fixture.day, language: .nl).build().rendered(as: .markdown).contains("budget per jaar"))
    }

    @Test func aBudgetIsWrittenAndReadBack() throws {
        let temporary = TemporaryFolder()
        let folder = DataFolder(path: temporary.path)
        try folder.save(Self.lab)
        #expect(temporary.read("lab.json").contains(#""budget": ["#))
        let read = try #require(folder.load().data)
        #expect(read.lab.sharedSupport.budget == Self.lab.lab.sharedSupport.budget)
    }

    @Test func aBrokenBudgetSaysWhereAndWhat() throws {
        let temporary = TemporaryFolder()
        let folder = DataFolder(path: temporary.path)
        try folder.save(Self.lab)
        let text = temporary.read("lab.json")
            .replacingOccurrences(of: #""year": 2021"#, with: #""year": 2020"#)
            .replacingOccurrences(of: #""year": 2019"#, with: #""year": 20190"#)
        temporary.write(text, to: "lab.json")
        let problems = folder.load().problems.map { $0.rendered(in: .nl) }
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("lab.json:") && $0.contains("sharedSupport.budget[0].year") && $0.contains(#"jaar "20190" moet een jaartal van 1900 tot en met 2200 zijn"#) },
                "\(problems)")
        #expect(problems.contains { $0.contains("sharedSupport.budget[2]") && $0.contains("voor 2020 staat al een budget") }, "\(problems)")
    }
}
