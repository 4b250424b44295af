// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// An element of a workbook part, as far as reading a sheet needs: its name and its attributes'
/// names without their namespace prefix (`r:id` is `id`), its children and its text.
struct XMLElement: Sendable {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement] = []
    /// The text directly inside it, entities and character references resolved.
    var text = ""

    func children(named name: String) -> [XMLElement] { children.filter { $0.name == name } }
    func child(named name: String) -> XMLElement? { children.first { $0.name == name } }
    subscript(attribute: String) -> String? { attributes[attribute] }
}

/// Reads the XML 1.0 of a workbook part into `XMLElement`s: elements, attributes, text, CDATA,
/// comments and processing instructions. A document type declaration is refused, so that no entity
/// can be defined, expanded or fetched; a workbook never has one.
struct XMLReader {
    struct Failure: Error {
        let reason: String
        let offset: Int
    }

    static let deepest = 256

    private let bytes: [UInt8]
    private var position = 0

    static func root(of bytes: [UInt8]) throws(Failure) -> XMLElement {
        var reader = XMLReader(bytes: bytes)
        return try reader.document()
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    private mutating func document() throws(Failure) -> XMLElement {
        try skipMisc()
        guard peek == UInt8(ascii: "<") else { throw fail("no root element") }
        let root = try element(depth: 0)
        try skipMisc()
        guard position == bytes.count else { throw fail("text after the root element") }
        return root
    }

    /// Whitespace, comments and processing instructions between the parts of a document.
    private mutating func skipMisc() throws(Failure) {
        while true {
            skipSpace()
            if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<!DOCTYPE") || starts(with: "<!doctype") {
                throw fail("a document type declaration, which a workbook never has")
            } else {
                return
            }
        }
    }

    private mutating func element(depth: Int) throws(Failure) -> XMLElement {
        guard depth < Self.deepest else { throw fail("elements nested deeper than \(Self.deepest)") }
        position += 1
        let qualified = try name()
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            if starts(with: "/>") {
                position += 2
                return XMLElement(name: Self.local(qualified), attributes: attributes)
            }
            if peek == UInt8(ascii: ">") {
                position += 1
                break
            }
            let key = try name()
            skipSpace()
            guard peek == UInt8(ascii: "=") else { throw fail("an attribute without a value") }
            position += 1
            skipSpace()
            attributes[Self.local(key)] = try quoted()
        }
        var element = XMLElement(name: Self.local(qualified), attributes: attributes)
        var text: [UInt8] = []
        while true {
            guard position < bytes.count else { throw fail("the element <\(qualified)> is not closed") }
            if starts(with: "</") {
                position += 2
                guard try name() == qualified else { throw fail("</…> does not close <\(qualified)>") }
                skipSpace()
                guard peek == UInt8(ascii: ">") else { throw fail("an end tag without >") }
                position += 1
                element.text = String(decoding: text, as: UTF8.self)
                return element
            } else if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                position += 9
                let start = position
                try skip(past: "]]>")
                text += bytes[start..<(position - 3)]
            } else if starts(with: "<?") {
                try skip(past: "?>")
            } else if peek == UInt8(ascii: "<") {
                element.children.append(try self.element(depth: depth + 1))
            } else if peek == UInt8(ascii: "&") {
                text += try reference()
            } else {
                text.append(bytes[position])
                position += 1
            }
        }
    }

    private mutating func quoted() throws(Failure) -> String {
        guard let quote = peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw fail("an attribute value without quotes") }
        position += 1
        var value: [UInt8] = []
        while true {
            guard let byte = peek else { throw fail("an attribute value that does not end") }
            if byte == quote {
                position += 1
                return String(decoding: value, as: UTF8.self)
            }
            if byte == UInt8(ascii: "&") {
                value += try reference()
            } else {
                value.append(byte)
                position += 1
            }
        }
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xNN;`, as UTF-8.
    private mutating func reference() throws(Failure) -> [UInt8] {
        guard let end = bytes[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw fail("an & that starts no reference") }
        let body = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
        let scalar: Unicode.Scalar?
        switch body {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        default:
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = nil
            }
        }
        guard let scalar else { throw fail("an unknown reference &\(body);") }
        position = end + 1
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func name() throws(Failure) -> String {
        let start = position
        while let byte = peek, !Self.isSpace(byte), ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(byte) {
            position += 1
        }
        guard position > start else { throw fail("a name was expected") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private static func local(_ qualified: String) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? qualified
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { bytes[position..<(position + count)].elementsEqual($0) }
    }

    private mutating func skip(past end: StaticString) throws(Failure) {
        while position < bytes.count {
            if starts(with: end) {
                position += end.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw fail("\(end) was expected")
    }

    private mutating func skipSpace() {
        while let byte = peek, Self.isSpace(byte) { position += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func fail(_ reason: String) -> Failure {
        Failure(reason: reason, offset: position)
    }
}
