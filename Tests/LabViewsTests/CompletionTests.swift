// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// Tab in the command line, the filter and the forms: the list that narrows as one types, what
/// Tab puts in, and an ambiguous name listed instead of one picked.
@Suite struct CompletionTests {
    static func typed(_ events: [AppEvent], width: Int = 100, height: Int = 30, language: Language = .nl) -> AppState {
        var state = sampleState(width: width, height: height, language: language)
        send(events, to: &state)
        return state
    }

    static func commandText(_ state: AppState) -> String? {
        if case .command(let text, _, _) = state.mode { return text }
        return nil
    }

    @Test func theCommandLineOffersItsCommandsAndTheirArguments() {
        var state = Self.typed([.key(.character(":"))])
        #expect(render(state).contains { $0.contains("│ partner · een partner openen") })
        send(keys("par") + [.key(.tab)], to: &state)
        #expect(Self.commandText(state) == "partner ")
        send(keys("rabo"), to: &state)
        #expect(render(state).contains { $0.contains("│ Rabobank (rabobank)") })
        send([.key(.tab), .key(.enter)], to: &state)
        #expect(state.pane == .partners && state.list.openID == "rabobank")
    }

    @Test func tabAgainTakesTheNextAndShiftTabGoesBack() {
        var state = Self.typed([.key(.character(":"))] + keys("lang "))
        send([.key(.tab)], to: &state)
        #expect(Self.commandText(state) == "lang nl")
        send([.key(.tab)], to: &state)
        #expect(Self.commandText(state) == "lang en")
        send([.key(.backTab)], to: &state)
        #expect(Self.commandText(state) == "lang nl")
        let theme = Self.typed([.key(.character(":"))] + keys("theme hi") + [.key(.tab)])
        #expect(Self.commandText(theme) == "theme high-contrast")
    }

    @Test func anAmbiguousNameIsListedInsteadOfOnePicked() throws {
        let state = Self.typed([.key(.character(":"))] + keys("project s") + [.key(.enter)])
        #expect(Self.commandText(state) == "project s", "the command line stays open")
        #expect(state.pane == .overview)
        let lines = render(state)
        #expect(lines.contains { $0.contains("4 passen bij \"s\"; kies er een met Tab of typ meer") })
        for name in ["Sociaal Hospitaal (SOHOS) (sohos)", "Collectief Schuldregelen (csr)", "Zonder Schulden Detentie In & Uit"] {
            #expect(lines.contains { $0.contains(name) }, "\(name)")
        }
        try expectScreen(lines, named: "completion-ambiguous-project-100x30")
        let english = Self.typed([.key(.character(":"))] + keys("project s") + [.key(.enter)], language: .en)
        #expect(render(english).contains { $0.contains("4 match \"s\"; choose one with Tab or type more") })
    }

    @Test func theFilterCompletesFieldsAndTheirValues() {
        var state = Self.typed(keys("4/sta") + [.key(.tab)])
        #expect(state.list.filter == "status:")
        send(keys("voor") + [.key(.tab)], to: &state)
        #expect(state.list.filter == "status:voorgesteld")
        send(keys(" -partner:rabo") + [.key(.tab)], to: &state)
        #expect(state.list.filter == "status:voorgesteld -partner:rabobank")
        let english = Self.typed(keys("4/kin") + [.key(.tab)] + keys("mo") + [.key(.tab)], language: .en)
        #expect(english.list.filter == "kind:money")
    }

    @Test func aFormsPartnerIsPickedFromTheNamesTyped() throws {
        var state = sampleState(width: 80, height: 24)
        state.source = .folder("/lab")
        send(keys("4a") + keys("in"), to: &state)
        let lines = render(state)
        #expect(lines.contains { $0.contains("│ ING (ing)") } && lines.contains { $0.contains("ING Nederland fonds (ing-nederland-fonds)") })
        try expectScreen(lines, named: "form-partner-picker-80x24")
        send([.key(.right), .key(.tab)], to: &state)
        guard case .form(let form) = state.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(form["partner"] == "ing-nederland-fonds" && form.focus == 0, "Tab took the marked partner and stayed")
        send([.key(.tab)], to: &state)
        guard case .form(let next) = state.mode else { return }
        #expect(next.focus == 1, "with an id in the field, Tab goes on")
    }

    @Test func choiceFieldsAreListsAndDebtPhasesAreTicked() throws {
        var state = sampleState(width: 100, height: 32)
        state.source = .folder("/lab")
        send(keys("3a") + [.key(.tab), .key(.tab), .key(.tab)], to: &state)
        #expect(render(state).contains { $0.contains("│ Interactieve uitvoering") }, "the arrangements are listed")
        send([.key(.tab), .key(.right), .key(.character(" ")), .key(.right), .key(.right), .key(.character(" "))], to: &state)
        guard case .form(let form) = state.mode else {
            Issue.record("the form closed")
            return
        }
        let phases = SampleLab.data.lab.debtPhases
        #expect(form["debtPhases"] == "\(phases[1].id), \(phases[3].id)")
        #expect(render(state).contains { $0.contains("[x] \(phases[3].name.nl)") })
    }
}
