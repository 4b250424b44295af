// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The codecs of each shape: how the reader checks a field's value and how the writer writes it.
extension FieldCodec where Value == String {
    static func text(allowsEmpty: Bool) -> FieldCodec {
        FieldCodec(read: { reader, node, path in FieldRead(reader.string(node, at: path, allowEmpty: allowsEmpty)) }, write: { .string($0) })
    }

    static let id = FieldCodec(read: { reader, node, path in FieldRead(reader.id(node, at: path)) }, write: { .string($0) })

    static let email = FieldCodec(read: { reader, node, path in
        guard case .string(let text) = node.value, EmailAddress.isPlausible(text) else {
            let shown = if case .string(let text) = node.value { text } else { "" }
            reader.sink.report(.invalidEmail(shown), at: path, node: node)
            return .failed
        }
        return .value(text)
    }, write: { .string($0) })
}

extension FieldCodec where Value == Day {
    static let day = FieldCodec(read: { reader, node, path in FieldRead(reader.day(node, at: path)) }, write: { .string($0.description) })
}

extension FieldCodec where Value == Bool {
    static let flag = FieldCodec(read: { reader, node, path in FieldRead(reader.bool(node, at: path)) }, write: { .bool($0) })
}

extension FieldCodec {
    static func coded<Coded: CodedValue>(_ type: Coded.Type) -> FieldCodec<Coded> {
        FieldCodec<Coded>(read: { reader, node, path in FieldRead(reader.coded(node, at: path, as: Coded.self)) }, write: { .string($0.rawValue) })
    }

    static func amount<Scale>(_ type: FixedPoint<Scale>.Type) -> FieldCodec<FixedPoint<Scale>> {
        FieldCodec<FixedPoint<Scale>>(read: { reader, node, path in FieldRead(reader.amount(node, at: path, as: FixedPoint<Scale>.self)) },
                                      write: { .number($0.plainText) })
    }

    /// An object with fields of its own.
    static func group<Group>(_ catalogue: TypeCatalogue<Group>) -> FieldCodec<Group> {
        FieldCodec<Group>(read: { reader, node, path in
            FieldRead(ObjectReader(node, path: path, sink: reader.sink).flatMap(catalogue.readReportingUnknown))
        }, write: { catalogue.json(of: $0) })
    }

    /// A list of objects; one that cannot be read makes the list unread, after every element is checked.
    static func list<Element>(_ catalogue: TypeCatalogue<Element>) -> FieldCodec<[Element]> {
        FieldCodec<[Element]>(read: { reader, node, path in
            guard let elements = reader.elements(node, at: path) else { return .failed }
            let read = elements.map { node, path in ObjectReader(node, path: path, sink: reader.sink).flatMap(catalogue.readReportingUnknown) }
            let present = read.compactMap { $0 }
            return present.count == read.count ? .value(present) : .failed
        }, write: { .array($0.map { JSONNode(catalogue.json(of: $0)) }) })
    }
}

extension FieldCodec where Value == [String] {
    /// Texts; an element that is no text is reported and left out.
    static let texts = FieldCodec(read: { reader, node, path in
        guard let elements = reader.elements(node, at: path) else { return .failed }
        return .value(elements.compactMap { node, path in reader.string(node, at: path, allowEmpty: true) })
    }, write: { .array($0.map { JSONNode(.string($0)) }) })

    /// Ids, each checked; one that is not an id is reported and left out.
    static let ids = FieldCodec(read: { reader, node, path in
        guard let elements = reader.elements(node, at: path) else { return .failed }
        return .value(elements.compactMap { node, path in
            reader.string(node, at: path, allowEmpty: true).flatMap { reader.checkedID($0, at: path, node: node) }
        })
    }, write: { .array($0.map { JSONNode(.string($0)) }) })
}

extension TypeCatalogue {
    /// Reads the object and reports the fields it has that the catalogue does not know.
    func readReportingUnknown(_ reader: ObjectReader) -> Owner? {
        let owner = read(from: reader)
        reader.reportUnknownFields()
        return owner
    }
}
