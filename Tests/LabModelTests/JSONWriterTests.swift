// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

@Suite struct JSONWriterTests {
    @Test func writesSortedKeysTwoSpacesAndAFinalNewline() {
        let value = JSONValue.object([
            JSONMember("b", JSONNode(.array([JSONNode(.number("1")), JSONNode(.bool(true))]))),
            JSONMember("a", JSONNode(.object([]))),
            JSONMember("c", JSONNode(.array([]))),
        ])
        #expect(JSONWriter.prettyPrinted(value) == """
        {
          "a": {},
          "b": [
            1,
            true
          ],
          "c": []
        }

        """)
    }

    @Test func escapesEveryControlCharacter() {
        let text = JSONWriter.prettyPrinted(.string("a\"b\\\n\u{1B}[2J\u{7F}\u{9B}\u{2028}é"))
        #expect(text == #""a\"b\\\n\u001b[2J\u007f\u009b\u2028é""# + "\n")
    }

    @Test func whatItWritesParsesBackToTheSameValue() throws {
        let original = JSONValue.object([JSONMember("naam", JSONNode(.string("Café \u{1B} 😀"))),
                                         JSONMember("n", JSONNode(.number("0.10")))])
        let parsed = try JSONParser.parse(Array(JSONWriter.prettyPrinted(original).utf8))
        #expect(JSONWriter.prettyPrinted(parsed.value) == JSONWriter.prettyPrinted(original))
    }
}
