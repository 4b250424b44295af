// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    private func failure(_ text: String) -> (JSONSyntaxError.Reason, SourcePosition)? {
        failure(Array(text.utf8))
    }

    private func failure(_ bytes: [UInt8]) -> (JSONSyntaxError.Reason, SourcePosition)? {
        do {
            _ = try JSONParser.parse(bytes)
            return nil
        } catch {
            return (error.reason, LineIndex(bytes: bytes).position(ofByte: error.offset))
        }
    }

    @Test func keepsNumbersAsWritten() throws {
        let node = try parse(#"{"a": 0.10, "b": -1.5e3, "c": 1e400}"#)
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.value.value) == [.number("0.10"), .number("-1.5e3"), .number("1e400")])
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try parse(#"["a\"b\\c\n", "\u00e9\ud83d\ude00", "\u001b[2J"]"#)
        guard case .array(let elements) = node.value else { Issue.record("not an array"); return }
        #expect(elements.map(\.value) == [.string("a\"b\\c\n"), .string("é😀"), .string("\u{1B}[2J")])
    }

    @Test func remembersWhereEachValueStarts() throws {
        let text = "{\n  \"naam\": \"Café\",\n  \"x\": [1, 2]\n}"
        let node = try parse(text)
        let index = LineIndex(bytes: Array(text.utf8))
        let x = node.deepestNode(along: JSONPath([.key("x"), .index(1)]))
        #expect(index.position(ofByte: x.offset!) == SourcePosition(line: 3, column: 12))
        let name = node.deepestNode(along: JSONPath([.key("naam")]))
        #expect(index.position(ofByte: name.offset!) == SourcePosition(line: 2, column: 11))
    }

    @Test func skipsAByteOrderMark() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8))
        #expect(node.value == .array([]))
    }

    @Test func reportsTruncatedFilesAtTheEnd() {
        let result = failure("{\n  \"partners\": [\n    {\"id\": \"ing\"")
        #expect(result?.0 == .unexpectedEnd)
        #expect(result?.1 == SourcePosition(line: 3, column: 17))
    }

    @Test func reportsAnEmptyFile() {
        #expect(failure("  \n")?.0 == .emptyFile)
    }

    @Test func reportsInvalidUTF8WithItsPlace() {
        let bytes = Array("{\"a\": \"ok\",\n \"b\": \"caf".utf8) + [0xE9] + Array("\"}".utf8)
        let result = failure(bytes)
        #expect(result?.0 == .invalidUTF8)
        #expect(result?.1 == SourcePosition(line: 2, column: 11))
    }

    @Test func refusesDuplicateKeys() {
        let result = failure("{\"id\": \"a\",\n \"id\": \"b\"}")
        #expect(result?.0 == .duplicateKey("id"))
        #expect(result?.1 == SourcePosition(line: 2, column: 2))
    }

    @Test func refusesRawControlCharactersInStrings() {
        #expect(failure("[\"a\u{1B}b\"]")?.0 == .controlCharacterInString)
    }

    @Test func refusesDeepNesting() {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(failure(text)?.0 == .tooDeep(limit: 256))
    }

    @Test(arguments: ["[1,]", "{\"a\" 1}", "[01]", "[1.]", "[-]", "[tru]", "{'a': 1}", "[1] x", "[NaN]"])
    func refusesMalformedJSON(text: String) {
        #expect(failure(text) != nil)
    }

    @Test func namesTheUnexpectedCharacter() {
        let result = failure("{\"a\": 1,\n \"b\": ü}")
        #expect(result?.0 == .unexpectedCharacter("ü"))
        #expect(result?.1 == SourcePosition(line: 2, column: 7))
    }

    /// Found by the hostile suite: ten thousand problems on one line took half a minute, because
    /// each column was counted from the start of the line. Places are now counted on from the
    /// last one; they must stay right in any order.
    @Test func placesOnOneLongLineAreRightInAnyOrder() {
        let line = (0..<2000).map { "\"é\($0)\": 1" }.joined(separator: ", ")
        let bytes = Array(("{\n" + line + "}\n").utf8)
        let index = LineIndex(bytes: bytes)
        let offsets = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
        func expected(_ offset: Int) -> SourcePosition {
            let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            return SourcePosition(line: 2, column: String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
        }
        for offset in offsets + offsets.reversed() + offsets.shuffled() {
            #expect(index.position(ofByte: offset) == expected(offset))
        }
    }
}
