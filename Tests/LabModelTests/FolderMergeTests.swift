// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// Two sites' folders made one as a synchronisation merges them: each file by what it is.
@Suite struct FolderMergeTests {
    typealias Fixtures = EntitySetMergeTests

    static func commitments(_ values: [EntityValue]) -> [UInt8] { LabData.collectionBytes(.commitments, values) }

    static func line(_ value: EntityValue, edit: String, at: String) -> String {
        JournalEntry(edit: edit, at: Timestamp(at)!, by: value.stamp.updatedBy, baseRevision: nil, value: value).line + "\n"
    }

    @Test func aFieldBothChangedIsRecordedInTheConflictsFileWithBothValues() throws {
        let base = Fixtures.commitment("c-0001")
        let ours = Fixtures.commitment("c-0001", state: .withdrawn, revision: 2, by: "anna")
        let theirs = Fixtures.commitment("c-0001", state: .delivered, revision: 2, by: "kees")
        let outcome = try FolderMerge.merge(base: ["commitments.json": Self.commitments([base])],
                                            ours: ["commitments.json": Self.commitments([ours])],
                                            theirs: ["commitments.json": Self.commitments([theirs])]).get()
        let recorded = ConflictsFile.read(outcome.files[ConflictsFile.fileName] ?? [])
        #expect(recorded.problems.isEmpty)
        #expect(recorded.open.map(\.fields) == [["state"]])
        #expect(Set(recorded.open.flatMap { [$0.held, $0.other] }.compactMap { value -> CommitmentState? in
            if case .commitment(let commitment) = value { commitment.state } else { nil }
        }) == [.withdrawn, .delivered], "both values are kept in the record")
        #expect(recorded.open.first?.id == outcome.conflicts.first?.id)
        let mirrored = try FolderMerge.merge(base: ["commitments.json": Self.commitments([base])],
                                             ours: ["commitments.json": Self.commitments([theirs])],
                                             theirs: ["commitments.json": Self.commitments([ours])]).get()
        #expect(mirrored.conflicts.first?.id == outcome.conflicts.first?.id, "whichever site merges finds the same conflict")
    }

    @Test func aDecisionClosesTheConflictAndBothMergeAsAUnion() throws {
        let theirs = Fixtures.commitment("c-1", state: .delivered, revision: 2)
        let conflict = SyncConflict.found(base: Fixtures.commitment("c-1"), ours: Fixtures.commitment("c-1", state: .withdrawn, revision: 2),
                                          theirs: theirs, fields: ["state"])
        let decision = SyncDecision(conflict: conflict.id, at: Timestamp("2020-05-01T00:00:00Z")!, by: "anna")
        let recorded = Array((conflict.line + "\n").utf8)
        let merged = JournalMerge.union(recorded + Array((decision.line + "\n").utf8), recorded)
        #expect(ConflictsFile.read(recorded).open.count == 1)
        #expect(ConflictsFile.read(merged).open.isEmpty)
        #expect(merged == JournalMerge.union(recorded, merged), "the same whichever side merges")
    }

    @Test func aRenumberedCommitmentTakesItsHistoryAlong() throws {
        let shared = Fixtures.commitment("c-0002", value: "5")
        let mine = Fixtures.commitment("c-0002", value: "7", by: "anna")
        let theirLine = Self.line(shared, edit: "e-theirs", at: "2020-01-02T00:00:00Z")
        let myLine = Self.line(mine, edit: "e-mine", at: "2020-01-03T00:00:00Z")
        let outcome = try FolderMerge.merge(
            base: [:],
            ours: ["commitments.json": Self.commitments([mine]), "history/000001.jsonl": Array(myLine.utf8)],
            theirs: ["commitments.json": Self.commitments([shared]), "history/000001.jsonl": Array(theirLine.utf8)]).get()
        #expect(outcome.renumbered == [EntitySetMerge.Renumbering(from: "c-0002", to: "c-0003")])
        let history = String(decoding: outcome.files["history/000001.jsonl"] ?? [], as: UTF8.self)
        #expect(history.contains(#""edit":"e-mine","entity":"commitment","id":"c-0003""#), "\(history)")
        #expect(history.contains(#""edit":"e-theirs","entity":"commitment","id":"c-0002""#))
        #expect(!history.contains(#""id":"c-0002","kind":"money","partner":"bank","project":null,"revision":1,"state":"pledged","unit":"EUR","updatedAt":"2020-01-01T00:00:00Z","updatedBy":"anna""#))
    }

    @Test func labJsonChangedOnBothSidesKeepsOursAndSaysSo() throws {
        let outcome = try FolderMerge.merge(base: ["lab.json": Array("{}".utf8)], ours: ["lab.json": Array("{\"a\":1}".utf8)],
                                            theirs: ["lab.json": Array("{\"a\":2}".utf8)]).get()
        #expect(outcome.files["lab.json"] == Array("{\"a\":1}".utf8))
        #expect(outcome.keptOurs == ["lab.json"])
    }

    @Test func savedViewsMergeByName() throws {
        func views(_ names: [(String, String)]) -> [UInt8] {
            Array(("{\"views\": [" + names.map { "{\"name\": \"\($0.0)\", \"pane\": \"partners\", \"filter\": \"\($0.1)\"}" }.joined(separator: ", ") + "]}").utf8)
        }
        let outcome = try FolderMerge.merge(base: ["views.json": views([("Oud", ""), ("Weg", "")])],
                                            ours: ["views.json": views([("Oud", "x"), ("Weg", ""), ("Mijn", "")])],
                                            theirs: ["views.json": views([("Oud", ""), ("Hun", "")])]).get()
        let text = String(decoding: outcome.files["views.json"] ?? [], as: UTF8.self)
        #expect(text.contains("\"Oud\"") && text.contains("\"x\""), "ours changed it")
        #expect(text.contains("\"Mijn\"") && text.contains("\"Hun\""), "each side's new view")
        #expect(!text.contains("\"Weg\""), "they removed it and we did not change it")
    }
}
