// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// Two journals made one for git: every edit once, in time order, nothing either side wrote dropped.
@Suite struct JournalMergeTests {
    static func line(_ edit: String, _ at: String, _ id: String = "c-1") -> String {
        JournalEntry(edit: edit, at: Timestamp(at)!, by: "test", baseRevision: 1,
                     value: .commitment(Fixture.commitment(id, "bank", nil, value: "1"))).line
    }

    @Test func everyEditOnceInTimeOrder() {
        let shared = Self.line("e-1", "2020-01-01T10:00:00Z")
        let ours = [shared, Self.line("e-3", "2020-01-03T10:00:00Z")].joined(separator: "\n") + "\n"
        let theirs = [shared, Self.line("e-2", "2020-01-02T10:00:00Z"), Self.line("e-4", "2020-01-04T10:00:00Z")].joined(separator: "\n") + "\n"
        let merged = String(decoding: JournalMerge.union(Array(ours.utf8), Array(theirs.utf8)), as: UTF8.self)
        let edits = merged.split(separator: "\n").map { String($0.prefix(30)) }
        #expect(edits.count == 4)
        #expect(merged == [shared, Self.line("e-2", "2020-01-02T10:00:00Z"), Self.line("e-3", "2020-01-03T10:00:00Z"),
                           Self.line("e-4", "2020-01-04T10:00:00Z")].joined(separator: "\n") + "\n")
        #expect(JournalMerge.union(Array(theirs.utf8), Array(ours.utf8)) == Array(merged.utf8), "the same whichever side merges")
    }

    @Test func aLineThatIsNoEditIsKeptOnceAfterTheOthers() {
        let ours = Self.line("e-1", "2020-01-01T10:00:00Z") + "\n{\"edit\": \"e-9\", \"at\n"
        let theirs = "{\"edit\": \"e-9\", \"at\n" + Self.line("e-2", "2020-01-02T10:00:00Z") + "\n"
        let merged = String(decoding: JournalMerge.union(Array(ours.utf8), Array(theirs.utf8)), as: UTF8.self)
        #expect(merged.split(separator: "\n").map(String.init)
            == [Self.line("e-1", "2020-01-01T10:00:00Z"), Self.line("e-2", "2020-01-02T10:00:00Z"), "{\"edit\": \"e-9\", \"at"])
    }
}
