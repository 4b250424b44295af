// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Writes JSON the way the data folder keeps it: two-space indentation, keys sorted,
/// one value a line, a final newline; so that a diff of two versions reads well.
public enum JSONWriter {
    public static func prettyPrinted(_ value: JSONValue) -> String {
        var output = JSONBytes()
        output.writePretty(value, indent: 0)
        output.append(ascii: "\n")
        return output.text
    }

    /// The value on one line, keys sorted, no spaces: a line of the journal.
    public static func compact(_ value: JSONValue) -> String {
        var output = JSONBytes()
        output.writeCompact(value)
        return output.text
    }

    static func writeString(_ text: String, into output: inout String) {
        var bytes = JSONBytes()
        bytes.writeString(text)
        output += bytes.text
    }
}

/// UTF-8 being written as JSON: the one place that says how a value is spelled.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(ascii character: Unicode.Scalar) {
        bytes.append(UInt8(ascii: character))
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func indent(_ width: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
    }

    mutating func writeCompact(_ value: JSONValue) {
        switch value {
        case .array(let elements):
            append(ascii: "[")
            for (position, element) in elements.enumerated() {
                if position > 0 { append(ascii: ",") }
                writeCompact(element.value)
            }
            append(ascii: "]")
        case .object(let members):
            append(ascii: "{")
            for (position, member) in Self.sorted(members).enumerated() {
                if position > 0 { append(ascii: ",") }
                writeString(member.key)
                append(ascii: ":")
                writeCompact(member.value.value)
            }
            append(ascii: "}")
        default:
            writePretty(value, indent: 0)
        }
    }

    mutating func writePretty(_ value: JSONValue, indent width: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): flag ? append("true") : append("false")
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .string(let text): writeString(text)
        case .array(let elements):
            guard !elements.isEmpty else { append("[]"); return }
            openArray()
            for (position, element) in elements.enumerated() {
                writeElement(element.value, indent: width + 2, isLast: position == elements.count - 1)
            }
            closeArray(indent: width)
        case .object(let members):
            guard !members.isEmpty else { append("{}"); return }
            append("{\n")
            let sorted = Self.sorted(members)
            for (position, member) in sorted.enumerated() {
                indent(width + 2)
                writeString(member.key)
                append(": ")
                writePretty(member.value.value, indent: width + 2)
                position == sorted.count - 1 ? append("\n") : append(",\n")
            }
            indent(width)
            append(ascii: "}")
        }
    }

    /// An array of at least one element, pretty-printed, is these three steps; a file's collection
    /// is written with them piece by piece.
    mutating func openArray() {
        append("[\n")
    }

    mutating func writeElement(_ value: JSONValue, indent width: Int, isLast: Bool) {
        indent(width)
        writePretty(value, indent: width)
        isLast ? append("\n") : append(",\n")
    }

    mutating func closeArray(indent width: Int) {
        indent(width)
        append(ascii: "]")
    }

    private static func sorted(_ members: [JSONMember]) -> [JSONMember] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Escapes quotes, backslashes and every control character (C0, DEL and C1, and the line and
    /// paragraph separators), so a file shown in a terminal or an editor never carries a raw
    /// escape sequence. Text with none of them, nearly all, is copied as it is.
    mutating func writeString(_ text: String) {
        append(ascii: "\"")
        var text = text
        text.withUTF8 { utf8 in
            if utf8.allSatisfy(Self.isPlain) {
                bytes.append(contentsOf: utf8)
            } else {
                escape(String(decoding: utf8, as: UTF8.self))
            }
        }
        append(ascii: "\"")
    }

    /// Printable ASCII but the quote and the backslash: no byte of a character that needs escaping.
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    private mutating func escape(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"")
            case "\\": append("\\\\")
            case "\n": append("\\n")
            case "\r": append("\\r")
            case "\t": append("\\t")
            case "\u{08}": append("\\b")
            case "\u{0C}": append("\\f")
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    append("\\u")
                    let digits = String(scalar.value, radix: 16)
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - digits.utf8.count))
                    bytes.append(contentsOf: digits.utf8)
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
    }
}
