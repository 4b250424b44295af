// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// The lists the lab's entities are kept in: pieces that copies share.
@Suite struct PiecedListTests {
    /// The quick reader hands over the elements in the pieces it parsed, of any length; the list
    /// must hold them in order, and an edit of one must not change a copy.
    @Test(arguments: [[0], [1], [1_023, 1, 0, 2_050], [0, 0, 3_000, 0], [5, 1_024, 1_024, 7]])
    func partsOfAnyLengthAreJoinedInOrder(lengths: [Int]) {
        var next = 0
        let parts = lengths.map { length in (0..<length).map { _ in next += 1; return "e\(next)" } }
        let list = PiecedList(joining: parts)
        #expect(list.count == next)
        #expect(Array(list) == parts.flatMap { $0 })
        var edited = list
        if !edited.isEmpty { edited[edited.count - 1] = "changed" }
        #expect(Array(list) == parts.flatMap { $0 })
    }
}
