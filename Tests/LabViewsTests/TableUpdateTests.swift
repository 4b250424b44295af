// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
@testable import LabViews

/// After an edit the commitments table is told from the table before it, not made again: what it
/// shows must be what a table made anew shows, row for row, with the same totals.
@Suite struct TableUpdateTests {
    private static let data: LabData = {
        var generator = Generator(seed: 5)
        return generator.data(Generator.Size(partners: 60, projects: 30, commitments: 3_000))
    }()

    private func commitmentsState(_ data: LabData, filter: String, sortColumn: Int?, descending: Bool) -> AppState {
        var state = AppState(data: data, source: .builtInSample, referenceDay: data.lab.asOf ?? Day("2024-06-30")!, width: 160, height: 50)
        state.pane = .commitments
        state.list.filter = filter
        state.list.sortColumn = sortColumn
        state.list.descending = descending
        state.refreshDerived()
        return state
    }

    private func expectSameAsMadeAnew(_ state: AppState) {
        let anew = commitmentsState(state.data, filter: state.list.filter, sortColumn: state.list.sortColumn, descending: state.list.descending)
        #expect(state.visibleRows?.ids == anew.visibleRows?.ids)
        #expect(state.shownCommitmentTotals == anew.shownCommitmentTotals)
    }

    @Test(arguments: [("", nil, false), ("geld", 5, true), ("toegezegd", 1, false), ("", 4, false), ("", nil, true)] as [(String, Int?, Bool)])
    func anEditedRowMovesEntersAndLeavesAsInATableMadeAnew(filter: String, sortColumn: Int?, descending: Bool) throws {
        var state = commitmentsState(Self.data, filter: filter, sortColumn: sortColumn, descending: descending)
        // The search texts exist before the edits, as after a first filter.
        _ = state.tableModel?.searchTexts.all(state.tableModel!)
        for (step, index) in [17, 2_999, 0, 1_500, 17].enumerated() {
            var commitment = state.data.commitments[index]
            commitment.valueEUR = Money(units: Int64(step * 7_919_000 + 100))
            commitment.state = [.proposed, .pledged, .withdrawn, .delivered][step % 4]
            commitment.kind = step.isMultiple(of: 2) ? .money : .hours
            state.put(.commitment(commitment))
            state.refreshDerived()
            expectSameAsMadeAnew(state)
        }
        var added = state.data.commitments[3]
        added.id = state.data.nextCommitmentID
        state.put(.commitment(added))
        state.refreshDerived()
        expectSameAsMadeAnew(state)
    }

    @Test func theFilterFindsAnEditedRowByItsNewText() throws {
        var state = commitmentsState(Self.data, filter: "", sortColumn: nil, descending: false)
        _ = state.tableModel?.searchTexts.all(state.tableModel!)
        var commitment = state.data.commitments[42]
        commitment.state = .withdrawn
        state.put(.commitment(commitment))
        state.refreshDerived()
        state.list.filter = commitment.id + " ingetrokken"
        state.refreshDerived()
        #expect(state.visibleRows?.ids == [commitment.id])
    }

    @Test func aPartnerRenamedMakesTheCommitmentsTableAnew() throws {
        var state = commitmentsState(Self.data, filter: "", sortColumn: 1, descending: false)
        var partner = state.data.partners[0]
        partner.name = "Aaaa Eerste Partner"
        state.put(.partner(partner))
        state.refreshDerived()
        expectSameAsMadeAnew(state)
        let first = try #require(state.visibleRows?.first)
        #expect(first.cells[1] == "Aaaa Eerste Partner")
    }

    /// The totals under a filtered table add up exactly the commitments shown, whether the filter
    /// keeps every row or some, in the table's order or sorted.
    @Test(arguments: [("", nil), ("g", nil), ("geld", 5), ("toegezegd", 1)] as [(String, Int?)])
    func theTotalsAddUpTheRowsShown(filter: String, sortColumn: Int?) throws {
        let state = commitmentsState(Self.data, filter: filter, sortColumn: sortColumn, descending: false)
        let shown = try #require(state.visibleRows).ids
        var expected = EuroTotals()
        for id in shown { expected.add(try #require(Self.data.commitment(id))) }
        #expect(state.shownCommitmentTotals == expected)
        #expect(state.shownCommitmentTotals.count == shown.count)
    }
}
