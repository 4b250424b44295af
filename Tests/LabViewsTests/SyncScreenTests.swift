// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
@testable import LabViews

/// `:sync`, the status bar's place against the server, and `:beslis` on a conflict a sync found.
@Suite struct SyncScreenTests {
    static func command(_ line: String, in state: inout AppState) -> [Effect] {
        send([.key(.character(":"))] + keys(line) + [.key(.enter)], to: &state)
    }

    /// A folder kept in git, as the store reports it, with a conflict on c-0001's note between anna and kees.
    static func syncedState() -> (AppState, SyncConflict) {
        var state = AppState(data: SampleLab.data, source: .folder("/lab"), referenceDay: SampleLab.asOf, language: .nl, width: 100, height: 30)
        state.today = Day("2026-12-06")!
        var status = SyncStatus()
        status.isRepository = true
        status.hasRemote = true
        status.ahead = 1
        status.behind = 2
        status.lastSync = Timestamp("2026-12-06T13:05:00Z")
        state.sync.status = status
        guard case .commitment(let base)? = state.data.value(.commitment, "c-0001") else { fatalError("the sample has c-0001") }
        var (anna, kees) = (base, base)
        anna.note = "Van Anna."
        anna.stamp = Stamp(revision: base.stamp.revision + 1, updatedAt: Timestamp("2026-12-06T12:00:00Z")!, updatedBy: "anna")
        kees.note = "Van Kees."
        kees.stamp = Stamp(revision: base.stamp.revision + 1, updatedAt: Timestamp("2026-12-06T12:30:00Z")!, updatedBy: "kees")
        // The merged version is stamped by the later of the two, whose value it need not hold.
        var merged = anna
        merged.stamp = Stamp(revision: base.stamp.revision + 2, updatedAt: kees.stamp.updatedAt, updatedBy: "kees")
        state.data.put(merged)
        let conflict = SyncConflict.found(base: .commitment(base), ours: .commitment(kees), theirs: .commitment(anna), fields: ["note"])
        state.openConflicts = [conflict]
        return (state, conflict)
    }

    @Test func theStatusBarSaysWhatIsNotSentWhatIsWaitingAndWhatIsToDecide() throws {
        var (state, _) = Self.syncedState()
        #expect(render(state)[28].hasSuffix("sync ↑1 ↓2 14:05 · 1 conflict te beslissen · stand per 31 dec 2019 "))
        state.sync.savedSince = 2
        #expect(render(state)[28].contains("sync ↑3 ↓2 14:05"), "an edit saved here is not sent yet either")
        #expect(render(state, glyphs: .ascii)[28].contains("sync +3 -2 14:05"))
        state.openConflicts = []
        state.sync.status.lastSync = Timestamp("2026-12-01T09:00:00Z")
        #expect(render(state)[28].contains("sync ↑3 ↓2 1 dec 2026 10:00 · stand"))
    }

    @Test func syncRunsInTheBackgroundAndItsOutcomeIsSaid() {
        var (state, _) = Self.syncedState()
        #expect(Self.command("sync", in: &state) == [.sync(.nl)])
        #expect(state.message?.text(in: .nl) == "Synchroniseren met de server…")
        #expect(render(state)[28].contains("sync … "))
        #expect(Self.command("sync", in: &state).isEmpty, "one at a time")
        var outcome = SyncOutcome()
        outcome.sent = 1
        outcome.received = 3
        outcome.status = state.sync.status
        outcome.status.ahead = 0
        send([.synced(.success(outcome), at: Date())], to: &state)
        #expect(state.message?.text(in: .nl) == "Gesynchroniseerd: 1 wijziging verstuurd, 3 ontvangen")
        #expect(!state.sync.isRunning)
        outcome.unreachable = "Could not resolve host: git.example.org"
        send([.syncStarted, .synced(.success(outcome), at: Date())], to: &state)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text(in: .en) == "Server unreachable (Could not resolve host: git.example.org); everything is kept here, the next sync tries again")

        var sample = sampleState()
        #expect(Self.command("sync", in: &sample).isEmpty)
        #expect(sample.message?.text(in: .nl).hasPrefix("Deze datamap wordt niet met git gesynchroniseerd") == true)
    }

    @Test func aConflictIsDecidedInTheDialogWithBothSitesNamed() throws {
        var (state, conflict) = Self.syncedState()
        _ = Self.command("beslis", in: &state)
        let screen = render(state)
        #expect(screen.contains { $0.contains("Op twee plekken gewijzigd") })
        #expect(screen.contains { $0.contains("[✓] Versie van anna: Van Anna.") })
        #expect(screen.contains { $0.contains("[ ] Versie van kees: Van Kees.") })
        let effects = send([.key(.right), .key(.enter)], to: &state)
        guard case .decideConflict(let id, let change?)? = effects.first, case .commitment(let decided) = change.value else {
            Issue.record("a decision with Kees's note: \(effects)")
            return
        }
        #expect(id == conflict.id && decided.note == "Van Kees.")

        // Keeping what the merge holds needs no edit, only the decision.
        var (kept, _) = Self.syncedState()
        _ = Self.command("beslis", in: &kept)
        #expect(send([.key(.enter)], to: &kept) == [.decideConflict(conflict.id, nil)])
        var theirs = Self.syncedState().0
        _ = Self.command("beslis", in: &theirs)
        #expect(send([.key(.character("t"))], to: &theirs) == [.decideConflict(conflict.id, nil)])
        #expect(theirs.message?.text(in: .nl) == "Versie van anna opgeslagen")
        #expect(render(theirs)[28].contains("sync ↑2 ↓2"), "the decision is not sent yet either")
        var none = sampleState()
        _ = Self.command("decide", in: &none)
        #expect(none.message?.text(in: .en) == "No conflicts to decide")
    }
}
