// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// Marked rows as a user sees them, the network's drill-down and legend, and the refusals of copying.
@Suite struct MarkingScreenTests {
    @Test func markedRowsAreCheckedCountedAndTotalled() throws {
        var state = sampleState(width: 100, height: 30)
        send(keys("4   "), to: &state)
        let firstThree = Array(SampleLab.data.commitments.prefix(3))
        let total = Format.euros(firstThree.reduce(Money.zero) { $0 + $1.valueEUR }, .nl)
        let lines = render(state)
        #expect(lines[1].contains("Toezeggingen (93) · 3 gemarkeerd (\(total))"))
        #expect(lines.filter { $0.hasPrefix("│✓ c-000") }.count == 3)
        #expect(lines.contains { $0.contains("│3 gemarkeerd (\(total)) · hard ") })
        try expectScreen(lines, named: "marked-commitments-100x30")
        send(keys(" "), to: &state)
        #expect(state.list.marked.count == 4, "Space marks and moves down")
        send(keys("k "), to: &state)
        #expect(state.list.marked.count == 3, "Space again takes the mark away")
    }

    @Test func vMarksEveryRowShownAndAgainNone() {
        var state = sampleState(width: 100, height: 30)
        send(keys("4/status:voorgesteld") + [.key(.enter)] + keys("V"), to: &state)
        let proposed = Set(SampleLab.data.commitments.filter { $0.state == .proposed }.map(\.id))
        #expect(state.list.marked == proposed)
        #expect(state.message?.text(in: .nl) == "\(proposed.count) gemarkeerd")
        send(keys("*"), to: &state)
        #expect(state.list.marked.isEmpty)
    }

    @Test func theBulkFormSaysWhatItWillDoOnce() {
        var state = sampleState(width: 100, height: 30)
        state.source = .folder("/lab")
        send(keys("4  e") + [.key(.tab), .key(.tab)] + keys("30-6-2021") + [.key(.enter)], to: &state)
        guard case .confirm(let confirmation) = state.mode else {
            Issue.record("no question")
            return
        }
        #expect(confirmation.question.hasPrefix("Wijzigen: 2 toezeggingen (€ "))
        #expect(confirmation.question.hasSuffix(": tot 30-6-2021?"))
        #expect(confirmation.changes.count == 2)
        let effects = send(keys("j"), to: &state)
        guard case .commitEach(let changes)? = effects.first else {
            Issue.record("not saved as one action")
            return
        }
        #expect(changes.allSatisfy { if case .commitment(let c) = $0.value { c.until == Day("2021-06-30") } else { false } })
    }

    @Test func theMatrixHasALegendForEverySymbolAndOpensACell() throws {
        var state = sampleState(width: 120, height: 40)
        send(keys("5"), to: &state)
        let legend = render(state).joined(separator: " ")
        for symbol in ["░ tot € 10.000", "█ meer", "• zonder bedrag", "L trekker", "· geen toezegging", "Ged. = gedeelde ondersteuning"] {
            #expect(legend.contains(symbol), "\(symbol)")
        }
        let partner = try #require(state.list.selectedID)
        send(keys("ll"), to: &state)
        let project = SampleLab.data.projects[0]
        #expect(render(state)[2].contains("› \(project.name) · trekker"), "the column under the cursor named in full")
        send([.key(.enter)], to: &state)
        #expect(state.pane == .commitments)
        #expect(Set(shownIDs(state)) == Set(SampleLab.data.commitments.filter { $0.partner == partner && $0.project == project.id }.map(\.id)))
        send([.key(.escape)], to: &state)
        #expect(state.pane == .network && state.list.matrixColumn == 1, "Esc comes back to the cell")
        send(keys("h"), to: &state)
        send([.key(.enter)], to: &state)
        #expect(state.list.filter == "partner=\(partner) project:-", "the first column is the shared support")
    }

    @Test func contactsAreNotCopiedWhenTheyAreNotShown() {
        var state = sampleState()
        state.showsContacts = false
        let effects = send(keys("2Y"), to: &state)
        #expect(effects.isEmpty)
        #expect(state.message?.text(in: .nl).hasPrefix("Contactgegevens worden niet getoond") == true)
        #expect(send(keys("y"), to: &state) == [.copy(state.list.selectedID!)], "an id is no personal data")
    }
}
