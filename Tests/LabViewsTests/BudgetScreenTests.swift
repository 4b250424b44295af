// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// The shared support's budget on the overview, for the reference day's year, at the sizes people use.
@Suite struct BudgetScreenTests {
    private func state(budget: Money, width: Int, height: Int, language: Language = .nl) -> AppState {
        var data = SampleLab.data
        data.lab.sharedSupport.budget = [YearBudget(year: 2019, amount: budget)]
        return AppState(data: data, source: .builtInSample, referenceDay: SampleLab.asOf, language: language, width: width, height: height)
    }

    @Test func aShortBudgetAt80x24And160x48() throws {
        for (width, height) in ScreenTests.sizes {
            var shown = state(budget: Money(400_000), width: width, height: height)
            // At 80x24 the overview scrolls to its shared-support panel.
            if height < 48 { send([.key(.pageDown)], to: &shown) }
            let lines = render(shown)
            try expectScreen(lines, named: "overview-budget-\(width)x\(height)")
            let text = lines.joined(separator: "\n")
            #expect(text.contains("Budget 2019"), "\(text)")
            #expect(text.contains("tekort €"), "\(text)")
        }
    }

    @Test func aCoveredBudgetInEnglish() {
        let text = render(state(budget: Money(1_000), width: 160, height: 48, language: .en)).joined(separator: "\n")
        #expect(text.contains("Budget 2019"))
        #expect(text.contains("of €1,000 · covered"), "\(text)")
    }
}
