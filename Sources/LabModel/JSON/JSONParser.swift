// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A strict JSON parser (RFC 8259) that keeps numbers as written, remembers where each value
/// starts, and refuses what a hand edit can silently get wrong: duplicate keys, invalid UTF-8,
/// raw control characters in strings. A leading byte-order mark is skipped.
public struct JSONParser {
    public static let maximumDepth = 256

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        if let bad = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw JSONSyntaxError(.invalidUTF8, at: bad)
        }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var parser = JSONParser(buffer)
            return try parser.parseDocument()
        }
    }

    /// Parses a data file whose root object holds its entities in one array under `key`: that
    /// array is not built but handed to `readArray` at the offset of its `[`, which reads it and
    /// returns the offset after its `]`; the root then holds an empty array in its place.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, handingOver key: String,
                      to readArray: @escaping (Int) throws(JSONSyntaxError) -> Int) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes)
        parser.handedOver = (key, readArray)
        return try parser.parseDocument()
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private var handedOver: (key: String, readArray: (Int) throws(JSONSyntaxError) -> Int)?

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Where reading the elements of an array from some element on stopped.
    enum ElementsEnd: Equatable {
        /// At its `]`; the offset after it.
        case closed(after: Int)
        /// At the element that starts at the boundary.
        case reachedBoundary
        /// The boundary falls inside an element: it was no element's start.
        case missedBoundary
    }

    /// Parses the elements of an array of the root object, from the element at `start` on, until
    /// the one that starts at `boundary` or the array's end, handing each to `each`.
    static func parseElements(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, until boundary: Int?,
                              _ each: (JSONNode) -> Void) throws(JSONSyntaxError) -> ElementsEnd {
        var parser = JSONParser(bytes)
        parser.index = start
        parser.depth = 2
        return try parser.parseElements(until: boundary, each)
    }

    private mutating func parseElements(until boundary: Int?, _ each: (JSONNode) -> Void) throws(JSONSyntaxError) -> ElementsEnd {
        while true {
            skipWhitespace()
            each(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: "]") { return .closed(after: index + 1) }
            guard bytes[index] == UInt8(ascii: ",") else { throw unexpected() }
            index += 1
            skipWhitespace()
            if let boundary, index >= boundary { return index == boundary ? .reachedBoundary : .missedBoundary }
        }
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        if index == bytes.count { throw JSONSyntaxError(.emptyFile, at: index) }
        let root = try parseValue()
        skipWhitespace()
        if index != bytes.count { throw JSONSyntaxError(.trailingContent, at: index) }
        return root
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func unexpected() -> JSONSyntaxError {
        guard index < bytes.count else { return JSONSyntaxError(.unexpectedEnd, at: index) }
        return JSONSyntaxError(.unexpectedCharacter(characterText(at: index)), at: index)
    }

    private func characterText(at offset: Int) -> String {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: index) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(try parseObject(), offset: start)
        case UInt8(ascii: "["): return JSONNode(try parseArray(), offset: start)
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), offset: start)
        default: throw unexpected()
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count, bytes[index] == expected else {
                index = index < bytes.count ? index : start
                throw unexpected()
            }
            index += 1
        }
    }

    private mutating func enterContainer() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw JSONSyntaxError(.tooDeep(limit: Self.maximumDepth), at: index) }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var members: [JSONMember] = []
        // Objects are small: a repeated key is looked for in the members, not in a hash set.
        var seenKeys: Set<String>?
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
            let keyOffset = index
            let key = try parseString()
            if members.count == 32 { seenKeys = Set(members.map(\.key)) }
            let isRepeated = seenKeys != nil ? !seenKeys!.insert(key).inserted
                : members.contains { $0.key.utf8.count == key.utf8.count && $0.key == key }
            if isRepeated { throw JSONSyntaxError(.duplicateKey(key), at: keyOffset) }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected() }
            index += 1
            skipWhitespace()
            if depth == 1, let handedOver, key == handedOver.key, index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                let start = index
                index = try handedOver.readArray(start)
                members.append(JSONMember(key, JSONNode(.array([]), offset: start), keyOffset: keyOffset))
            } else {
                members.append(JSONMember(key, try parseValue(), keyOffset: keyOffset))
            }
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw unexpected()
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw unexpected()
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw JSONSyntaxError(.controlCharacterInString, at: index) }
            index += 1
        }
        var scratch = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try appendEscape(to: &scratch)
            case 0..<0x20:
                throw JSONSyntaxError(.controlCharacterInString, at: index)
            default:
                scratch.append(byte)
                index += 1
            }
        }
        throw JSONSyntaxError(.unexpectedEnd, at: index)
    }

    private mutating func appendEscape(to scratch: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw JSONSyntaxError(.unexpectedEnd, at: index) }
        let simple: UInt8?
        switch bytes[index] {
        case UInt8(ascii: "\""): simple = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): simple = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw JSONSyntaxError(.invalidEscape, at: escapeStart)
        }
        index += 1
        if let simple {
            scratch.append(simple)
            return
        }
        var scalarValue = try parseHexQuad(escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(scalarValue) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
            }
            index += 2
            let low = try parseHexQuad(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(low) else { throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart) }
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart) }
        scratch.append(contentsOf: String(scalar).utf8)
    }

    private mutating func parseHexQuad(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONSyntaxError(.invalidUnicodeEscape, at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw JSONSyntaxError(.invalidNumber, at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw JSONSyntaxError(.invalidNumber, at: start) }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONSyntaxError(.invalidNumber, at: start) }
            skipDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONSyntaxError(.invalidNumber, at: start) }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
}
