// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// The search that lets one entity's history pass over the lines of every other entity.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        (#"{"id":"c-0042","note":"x"}"#, true), (#""c-0042""#, true), (#"{"note":"c-00421"}"#, false),
        (#"{"id":"c-004"}"#, false), (#"xx"c-0042"#, false), (#"""c-0042"""#, true), ("", false),
    ])
    func findsTheIDOnlyAsAWholeQuotedText(line: String, expected: Bool) {
        #expect(ByteSearch(Array(#""c-0042""#.utf8)).isFound(in: Array(line.utf8)[...]) == expected)
    }

    @Test func aLineThatDoesNotNameTheEntityIsNotReadAtAll() throws {
        let other = #"{"at":"2020-01-01T00:00:00Z","broken"#
        let named = #"{"id":"c-3","torn"#
        let result = JournalReader.read(Array((other + "\n" + named + "\n").utf8)[...], keepingLinesWith: ByteSearch(Array(#""c-3""#.utf8)))
        #expect(result.problems.map(\.position?.line) == [2], "only the line that names c-3 is read, and found wanting")
        #expect(result.completeLines == 2)
    }
}
