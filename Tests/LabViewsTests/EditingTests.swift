// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
@testable import LabViews

/// Editing through `update`: forms, confirmation, conflicts and undo, with the store's answers
/// given as events the way the runtime gives them.
@Suite struct EditingUpdateTests {
    private func editableState() -> AppState {
        var state = sampleState(width: 100, height: 30)
        state.source = .folder("/tmp/lab")
        state.author = "anna"
        state.today = Day("2026-11-27")!
        return state
    }

    private func form(_ state: AppState) -> FormState? {
        if case .form(let form) = state.mode { return form }
        return nil
    }

    @Test func aNewCommitmentFromAFormBecomesACommitEffect() throws {
        var state = editableState()
        send([.key(.character("4")), .key(.character("a"))], to: &state)
        #expect(form(state)?.title == "Nieuwe toezegging")
        let effects = send(keys("ing") + [.key(.tab), .key(.tab), .key(.tab)] + keys("2500") + [.key(.enter)], to: &state)
        guard case .commit(let change) = effects.first, case .commitment(let commitment) = change.value else {
            Issue.record("no commit: \(effects)")
            return
        }
        #expect(commitment.id == "c-0094")
        #expect(commitment.partner == "ing" && commitment.project == nil)
        #expect(commitment.valueEUR == Money(2500), "for money in EUR the value is the amount")
        #expect(commitment.from == state.referenceDay, "a new commitment starts on the lab's reference day, not the wall clock's")
        #expect(change.baseRevision == nil)
        #expect(state.mode == .normal)
    }

    @Test func wrongFieldsAreNamedAndNothingIsSent() {
        var state = editableState()
        send([.key(.character("4")), .key(.character("a"))] + keys("nobody") + [.key(.tab), .key(.tab), .key(.tab)] + keys("veel"), to: &state)
        let effects = send([.key(.enter)], to: &state)
        #expect(effects.isEmpty)
        let fields = form(state)?.fields ?? []
        #expect(fields.first { $0.key == "amount" }?.error == "\"veel\" is geen getal; schrijf bijvoorbeeld 30000, 30.000 of 1234,56")
        #expect(fields.first { $0.key == "partner" }?.error == "er is geen partner \"nobody\"")
        #expect(form(state)?.focus == 0, "the focus goes to the first field with a problem")
        send([.key(.tab), .key(.tab), .key(.tab), .key(.backspace), .key(.backspace), .key(.backspace), .key(.backspace)] + keys("10"), to: &state)
        #expect(form(state)?.fields.first { $0.key == "amount" }?.error == nil, "a message goes once the field is typed in again")
        #expect(form(state)?.fields.first { $0.key == "partner" }?.error == "er is geen partner \"nobody\"")
    }

    @Test func choicesCycleWithTheArrowsAndTheFirstLetter() {
        var state = editableState()
        send([.key(.character("4")), .key(.character("a")), .key(.tab), .key(.tab)], to: &state)
        #expect(form(state)?["kind"] == "money")
        send([.key(.right)], to: &state)
        #expect(form(state)?["kind"] == "hours")
        send([.key(.left), .key(.left)], to: &state)
        #expect(form(state)?["kind"] == "mandate")
        send(keys("d"), to: &state)
        #expect(form(state)?["kind"] == "data")
    }

    @Test func withdrawingAsksFirst() {
        var state = editableState()
        send([.key(.character("4"))], to: &state)
        #expect(send([.key(.character("w"))], to: &state).isEmpty)
        guard case .confirm(let confirmation) = state.mode else { Issue.record("no question"); return }
        #expect(confirmation.question == "Intrekken: c-0001 (Gemeente Den Haag, € 150.000)?")
        #expect(send([.key(.character("n"))], to: &state).isEmpty)
        #expect(state.mode == .normal)
        send([.key(.character("w"))], to: &state)
        let effects = send([.key(.character("j"))], to: &state)
        guard case .commit(let change) = effects.first, case .commitment(let commitment) = change.value else { Issue.record("\(effects)"); return }
        #expect(commitment.state == .withdrawn && change.baseRevision == 1)
    }

    @Test func aConflictOffersTheirsMineOrEditAgain() throws {
        var state = editableState()
        send([.key(.character("3")), .key(.character("p")), .key(.tab)] + keys("Wachtlijst"), to: &state)
        let effects = send([.key(.enter)], to: &state)
        guard case .commit(let change) = effects.first else { Issue.record("\(effects)"); return }
        var theirs = try #require(state.data.project("csr"))
        theirs.stage = .structural
        theirs.stamp = Stamp(revision: 2, updatedAt: Timestamp("2026-11-27T09:00:00Z")!, updatedBy: "bram")
        // Without the version it started from, nothing can be merged: the choice is whole.
        send([.commitFailed(.conflict(current: .project(theirs), fields: []), change)], to: &state)
        guard case .conflict = state.mode else { Issue.record("no conflict shown"); return }
        #expect(render(state).joined(separator: "\n").contains("Iemand anders was u voor"))
        var whole = change
        whole.base = nil
        send([.key(.escape), .commitFailed(.conflict(current: .project(theirs), fields: []), whole)], to: &state)
        let mine = send([.key(.character("m"))], to: &state)
        #expect(mine == [.commit(EntityChange(change.value, basedOn: 2, base: .project(theirs)))])
        send([.commitFailed(.conflict(current: .project(theirs), fields: []), change), .key(.character("e"))], to: &state)
        #expect(form(state)?.baseRevision == 2, "editing again starts from their version")
        send([.key(.escape), .commitFailed(.conflict(current: .project(theirs), fields: []), change), .key(.character("t"))], to: &state)
        #expect(state.mode == .normal)
    }

    @Test func undoSavesTheVersionBeforeAsANewEdit() throws {
        var state = editableState()
        send([.key(.character("4"))], to: &state)
        let before = try #require(state.data.commitment("c-0001"))
        var after = before
        after.state = .withdrawn
        after.stamp = Stamp(revision: 2, updatedAt: Timestamp("2026-11-27T10:00:00Z")!, updatedBy: "anna")
        let entry = JournalEntry(at: after.stamp.updatedAt, by: "anna", baseRevision: 1, value: .commitment(after))
        send([.committed(entry, before: .commitment(before), at: Date())], to: &state)
        #expect(state.data.commitment("c-0001")?.state == .withdrawn)
        #expect(state.message?.text(in: state.language) == "Opgeslagen: toezegging c-0001 (Gemeente Den Haag)")
        let effects = send([.key(.character("u"))], to: &state)
        #expect(effects == [.commit(EntityChange(.commitment(before), basedOn: 2))])
    }

    @Test func aReadOnlyFolderHasNoEditing() {
        var state = editableState()
        state.isReadOnly = true
        send([.key(.character("4"))], to: &state)
        #expect(send([.key(.character("a")), .key(.character("w"))], to: &state).isEmpty)
        #expect(state.mode == .normal)
        #expect(render(state)[28].contains("alleen lezen"))
        #expect(!render(state)[29].contains("nieuw"), "the hint bar leaves the editing keys out")
    }
}
