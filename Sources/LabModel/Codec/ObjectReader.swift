// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Reads the fields of one JSON object, reporting every missing, mistyped or unknown field
/// to the sink instead of stopping at the first.
final class ObjectReader {
    let node: JSONNode
    let path: JSONPath
    let sink: ProblemSink
    /// Objects have a handful of fields, so they are looked up in order rather than hashed.
    private let members: [JSONMember]
    private var isRead: [Bool]
    private var askedKeys: [String] = []
    /// Where the next field asked for is looked for first: files written by the program hold the
    /// fields in the order the catalogue asks for them.
    private var nextPosition = 0

    /// `nil`, with the problem reported, when the node is not an object.
    init?(_ node: JSONNode, path: JSONPath, sink: ProblemSink) {
        guard case .object(let list) = node.value else {
            sink.report(.wrongType(expected: .object, found: node.value.typeName), at: path, node: node)
            return nil
        }
        self.node = node
        self.path = path
        self.sink = sink
        members = list
        isRead = Array(repeating: false, count: list.count)
        askedKeys.reserveCapacity(list.count + 3)
    }

    /// The keys of the object, in order.
    var keys: [String] { members.map(\.key) }

    /// Reports the fields nobody asked for: they would silently disappear on the next save.
    func reportUnknownFields(allowing ignored: Set<String> = [],
                             as kind: (String, String?) -> ProblemKind = ProblemKind.unknownField) {
        for (member, isRead) in zip(members, isRead) where !isRead && !ignored.contains(member.key) {
            let suggestion = FieldNameSuggestion.closest(to: member.key, among: Set(askedKeys))
            sink.report(kind(member.key, suggestion), at: path.appending(member.key),
                        node: JSONNode(.null, offset: member.keyOffset))
        }
    }

    // MARK: Generic access

    /// The field's node when present and not null; reports it missing when `required`.
    func field(_ key: String, required: Bool) -> (node: JSONNode, path: JSONPath)? {
        askedKeys.append(key)
        let position = position(of: key)
        if let position {
            isRead[position] = true
            nextPosition = position + 1
        }
        guard let value = position.map({ members[$0].value }), value.value != .null else {
            if required { sink.report(.missingField(key), at: path, node: node) }
            return nil
        }
        return (value, path.appending(key))
    }

    private func position(of key: String) -> Int? {
        if nextPosition < members.count, members[nextPosition].key == key { return nextPosition }
        return members.firstIndex { $0.key.utf8.count == key.utf8.count && $0.key == key }
    }

    func value<T>(_ key: String, required: Bool, _ convert: (JSONNode, JSONPath) -> T?) -> T? {
        guard let (node, path) = field(key, required: required) else { return nil }
        return convert(node, path)
    }

    // MARK: Typed access

    func string(_ key: String, required: Bool = true, allowEmpty: Bool = false) -> String? {
        value(key, required: required) { string($0, at: $1, allowEmpty: allowEmpty) }
    }

    func bool(_ key: String, required: Bool = true) -> Bool? {
        value(key, required: required, bool)
    }

    func id(_ key: String, required: Bool = true) -> String? {
        value(key, required: required, id)
    }

    func day(_ key: String, required: Bool = true) -> Day? {
        value(key, required: required, day)
    }

    func coded<Value: CodedValue>(_ key: String, as type: Value.Type = Value.self) -> Value? {
        value(key, required: true) { coded($0, at: $1, as: type) }
    }

    /// A non-negative exact number.
    func amount<Scale>(_ key: String, as type: FixedPoint<Scale>.Type = FixedPoint<Scale>.self) -> FixedPoint<Scale>? {
        value(key, required: true) { amount($0, at: $1, as: type) }
    }

    // MARK: Typed access to a value already found

    func string(_ node: JSONNode, at path: JSONPath, allowEmpty: Bool) -> String? {
        guard case .string(let text) = node.value else { return mismatch(.string, node, path) }
        if !allowEmpty, text.isBlank {
            sink.report(.emptyText, at: path, node: node)
            return nil
        }
        return text
    }

    func bool(_ node: JSONNode, at path: JSONPath) -> Bool? {
        guard case .bool(let flag) = node.value else { return mismatch(.boolean, node, path) }
        return flag
    }

    func id(_ node: JSONNode, at path: JSONPath) -> String? {
        string(node, at: path, allowEmpty: false).flatMap { checkedID($0, at: path, node: node) }
    }

    func checkedID(_ text: String, at path: JSONPath, node: JSONNode?) -> String? {
        guard Slug.isValid(text) else {
            sink.report(.invalidID(text), at: path, node: node)
            return nil
        }
        return text
    }

    func day(_ node: JSONNode, at path: JSONPath) -> Day? {
        guard case .string(let text) = node.value else { return mismatch(.string, node, path) }
        guard let day = Day(text) else {
            sink.report(.invalidDate(text), at: path, node: node)
            return nil
        }
        return day
    }

    func timestamp(_ key: String) -> Timestamp? {
        value(key, required: true) { node, path in
            guard case .string(let text) = node.value else { return mismatch(.string, node, path) }
            guard let timestamp = Timestamp(text) else {
                sink.report(.invalidTimestamp(text), at: path, node: node)
                return nil
            }
            return timestamp
        }
    }

    func coded<Value: CodedValue>(_ node: JSONNode, at path: JSONPath, as type: Value.Type = Value.self) -> Value? {
        guard case .string(let text) = node.value else { return mismatch(.string, node, path) }
        guard let coded = Value(rawValue: text) else {
            sink.report(.unknownValue(text, allowed: Value.allRawValues), at: path, node: node)
            return nil
        }
        return coded
    }

    func amount<Scale>(_ node: JSONNode, at path: JSONPath, as type: FixedPoint<Scale>.Type = FixedPoint<Scale>.self) -> FixedPoint<Scale>? {
        guard case .number(let text) = node.value else { return mismatch(.number, node, path) }
        guard let amount = FixedPoint<Scale>(exactly: text) else {
            sink.report(.invalidAmount(text, decimals: Scale.decimals), at: path, node: node)
            return nil
        }
        guard !amount.isNegative else {
            sink.report(.negativeAmount(text), at: path, node: node)
            return nil
        }
        return amount
    }

    func revision(_ key: String) -> Int? {
        value(key, required: true) { node, path in
            guard case .number(let text) = node.value else { return mismatch(.number, node, path) }
            guard let revision = Int(text), (1...Stamp.maximumRevision).contains(revision) else {
                sink.report(.invalidRevision(text), at: path, node: node)
                return nil
            }
            return revision
        }
    }

    func object(_ key: String, required: Bool = true) -> ObjectReader? {
        value(key, required: required) { node, path in ObjectReader(node, path: path, sink: sink) }
    }

    /// The elements of a list field; a missing optional list is empty.
    func elements(_ key: String, required: Bool = true) -> [(node: JSONNode, path: JSONPath)]? {
        guard let (node, path) = field(key, required: required) else { return required ? nil : [] }
        return elements(node, at: path)
    }

    func elements(_ node: JSONNode, at path: JSONPath) -> [(node: JSONNode, path: JSONPath)]? {
        guard case .array(let elements) = node.value else { return mismatch(.array, node, path) }
        return elements.enumerated().map { ($1, path.appending($0)) }
    }

    func strings(_ key: String, required: Bool = true) -> [String]? {
        elements(key, required: required)?.compactMap { node, path in
            guard case .string(let text) = node.value else { return mismatch(.string, node, path) }
            return text
        }
    }

    func localizedText(_ key: String, allowEmpty: Bool = false) -> LocalizedText? {
        guard let reader = object(key) else { return nil }
        defer { reader.reportUnknownFields() }
        let dutch = reader.string("nl", allowEmpty: allowEmpty)
        let english = reader.string("en", allowEmpty: allowEmpty)
        guard let dutch, let english else { return nil }
        return LocalizedText(nl: dutch, en: english)
    }

    func stamp() -> Stamp? {
        let revision = revision("revision")
        let updatedAt = timestamp("updatedAt")
        let updatedBy = string("updatedBy")
        guard let revision, let updatedAt, let updatedBy else { return nil }
        return Stamp(revision: revision, updatedAt: updatedAt, updatedBy: updatedBy)
    }

    private func mismatch<T>(_ expected: JSONTypeName, _ node: JSONNode, _ path: JSONPath) -> T? {
        sink.report(.wrongType(expected: expected, found: node.value.typeName), at: path, node: node)
        return nil
    }
}
