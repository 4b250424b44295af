// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A small JSON file a person writes by hand to set the program up: a theme, a keymap, a tour,
/// the configuration. It is read with the parser and reader of the data files, so it gets what
/// they get: duplicate keys refused, and every problem at once, each with file, line and column.
public final class SettingsFile {
    private let sink: ProblemSink
    /// The top-level object; `nil` (with the problem said) when the file is not JSON or not an object.
    public let root: SettingsObject?

    public init(bytes: [UInt8], file: String) {
        let lineIndex = LineIndex(bytes: bytes)
        let sink = ProblemSink(file: file, lineIndex: lineIndex)
        self.sink = sink
        do {
            let node = try JSONParser.parse(bytes)
            root = ObjectReader(node, path: .root, sink: sink).map(SettingsObject.init)
        } catch {
            sink.add(Problem(file: file, position: lineIndex.position(ofByte: error.offset), kind: .syntax(error.reason)))
            root = nil
        }
    }

    public var problems: [Problem] { sink.problems }
}

/// One object of a settings file; what is read of it is checked, and `finish` names the fields
/// nobody read, with the nearest known name.
public final class SettingsObject {
    private let reader: ObjectReader

    init(_ reader: ObjectReader) {
        self.reader = reader
    }

    public var keys: [String] { reader.keys }

    public func value(_ key: String, required: Bool = false) -> SettingsValue? {
        reader.field(key, required: required).map { SettingsValue(node: $0.node, path: $0.path, sink: reader.sink) }
    }

    public func finish() {
        reader.reportUnknownFields(as: ProblemKind.unknownSetting)
    }

    /// Says the problem at the object itself.
    public func refuse(_ kind: ProblemKind) {
        reader.sink.report(kind, at: reader.path, node: reader.node)
    }
}

/// One value of a settings file, with its place for what is said about it.
public struct SettingsValue {
    let node: JSONNode
    public let path: JSONPath
    let sink: ProblemSink

    public var string: String? {
        guard case .string(let text) = node.value else { return mismatch(.string) }
        return text
    }

    /// A text with something in it; a blank one is refused.
    public var nonBlankString: String? {
        guard let text = string else { return nil }
        guard !text.isBlank else {
            refuse(.emptyText)
            return nil
        }
        return text
    }

    public var bool: Bool? {
        guard case .bool(let flag) = node.value else { return mismatch(.boolean) }
        return flag
    }

    public var number: Double? {
        guard case .number(let text) = node.value, let number = Double(text) else { return mismatch(.number) }
        return number
    }

    public var object: SettingsObject? {
        ObjectReader(node, path: path, sink: sink).map(SettingsObject.init)
    }

    public var elements: [SettingsValue]? {
        guard case .array(let nodes) = node.value else { return mismatch(.array) }
        return nodes.enumerated().map { SettingsValue(node: $1, path: path.appending($0), sink: sink) }
    }

    /// A text, or a list of texts (`"j"` or `["j", "Down"]`).
    public var strings: [String]? {
        if case .string(let text) = node.value { return [text] }
        guard let elements else { return nil }
        let texts = elements.map(\.string)
        return texts.contains(nil) ? nil : texts.compactMap { $0 }
    }

    /// Says what is wrong with this value, at its place.
    public func refuse(_ kind: ProblemKind) {
        sink.report(kind, at: path, node: node)
    }

    private func mismatch<T>(_ expected: JSONTypeName) -> T? {
        refuse(.wrongType(expected: expected, found: node.value.typeName))
        return nil
    }
}
