// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// One data file of two sites made one against the version both started from.
@Suite struct EntitySetMergeTests {
    static func commitment(_ id: String, value: String = "100", note: String? = nil, state: CommitmentState = .pledged, revision: Int = 1,
                           at: String = "2020-01-01T00:00:00Z", by: String = "test") -> EntityValue {
        var commitment = Fixture.commitment(id, "bank", nil, value: value, state: state)
        commitment.note = note
        commitment.stamp = Stamp(revision: revision, updatedAt: Timestamp(at)!, updatedBy: by)
        return .commitment(commitment)
    }

    @Test func changesToDifferentEntitiesAndFieldsAreAllKept() throws {
        let base = [Self.commitment("c-1"), Self.commitment("c-2"), Self.commitment("c-3")]
        let ours = [Self.commitment("c-1", note: "ons", revision: 2, at: "2020-02-01T00:00:00Z", by: "anna"), base[1], base[2],
                    Self.commitment("c-4")]
        let theirs = [Self.commitment("c-1", state: .delivered, revision: 2, at: "2020-03-01T00:00:00Z", by: "kees"),
                      Self.commitment("c-2", value: "200", revision: 2), base[2], Self.commitment("c-5")]
        let outcome = EntitySetMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.entities.map(\.id) == ["c-1", "c-2", "c-3", "c-4", "c-5"])
        guard case .commitment(let first) = outcome.entities[0] else { return }
        #expect(first.note == "ons" && first.state == .delivered, "both sides' fields")
        #expect(first.stamp.revision == 3 && first.stamp.updatedBy == "kees", "past both revisions, stamped by the later")
        #expect(outcome.entities[1] == theirs[1], "only they changed it")
    }

    @Test func aFieldBothChangedDifferentlyIsAConflictNotSettledSilently() {
        let base = [Self.commitment("c-1")]
        let ours = [Self.commitment("c-1", state: .withdrawn, revision: 2)]
        let theirs = [Self.commitment("c-1", note: "x", state: .delivered, revision: 2)]
        let outcome = EntitySetMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.map(\.id) == ["c-1"])
        #expect(outcome.conflicts.first?.fields.map(\.key) == ["state"])
    }

    @Test func twoCommitmentsMadeUnderOneNumberAreBothKeptOursRenumbered() {
        let outcome = EntitySetMerge.merge(base: [Self.commitment("c-0008")], ours: [Self.commitment("c-0008"), Self.commitment("c-0009", value: "1")],
                                           theirs: [Self.commitment("c-0008"), Self.commitment("c-0009", value: "2"), Self.commitment("c-0010")])
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.renumbered == [EntitySetMerge.Renumbering(from: "c-0009", to: "c-0011")], "past every number either side used")
        #expect(outcome.entities.map(\.id) == ["c-0008", "c-0009", "c-0010", "c-0011"])
        guard case .commitment(let shared) = outcome.entities[1], case .commitment(let moved) = outcome.entities[3] else { return }
        #expect(shared.amount == Quantity(2), "the number already shared keeps their commitment")
        #expect(moved.amount == Quantity(1), "ours is kept under the new number")
        #expect(EntitySetMerge.merge(base: [], ours: [Self.commitment("c-9")], theirs: [Self.commitment("c-9")]).entities.count == 1,
                "the same commitment on both sides is one")
    }

    @Test func aPartnerBothMadeUnderOneIDHoldsTheirsAndAsksEveryFieldThatDiffers() {
        var ours = Fixture.partner("bank", "Bank")
        ours.name = "De Bank"
        let theirs = Fixture.partner("bank", "Bank")
        let outcome = EntitySetMerge.merge(base: [], ours: [.partner(ours)], theirs: [.partner(theirs)])
        #expect(outcome.entities == [.partner(theirs)])
        #expect(outcome.conflicts.first?.fields.map(\.key) == ["name"])
        #expect(outcome.conflicts.first?.base == nil)
    }
}
