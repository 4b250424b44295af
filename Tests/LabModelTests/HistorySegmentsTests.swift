// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// Each compaction keeps its edits as one segment of the history, each edit with the earlier values
/// of what it changed: the latest segments alone say what their edits changed.
@Suite struct HistorySegmentsTests {
    private func note(_ text: String, on id: String, in folder: DataFolder) throws {
        _ = try folder.commit(author: "anna") { data throws(EditFailure) in
            var commitment = data.commitment(id)!
            commitment.note = text
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
    }

    @Test func theLatestSegmentAloneSaysWhatItsEditsChanged() throws {
        let temporary = TemporaryFolder()
        defer { withExtendedLifetime(temporary) {} }
        let (folder, _) = try Fixture.openSession(in: temporary)
        for round in 1...3 {
            try note("ronde \(round)", on: "c-3", in: folder)
            _ = try folder.compact()
        }
        #expect(HistorySegments.names(in: folder.path).names == ["history/000001.jsonl", "history/000002.jsonl", "history/000003.jsonl"])
        let recent = folder.recentHistory(atLeast: 1)
        #expect(recent.map(\.value.stamp.revision) == [4], "only the last segment is read")
        var builder = HistoryBuilder()
        for entry in recent { builder.record(entry, current: nil) }
        #expect(builder.items.first?.changes == [FieldChange(field: "note", before: .string("ronde 2"), after: .string("ronde 3"))])
        let all = folder.history(ofEntity: "c-3").items
        #expect(all.map { $0.changes?.first?.after } == [.string("ronde 1"), .string("ronde 2"), .string("ronde 3")])
    }
}
