/// The codecs of each shape: how the reader checks a field and how the writer writes it.
extension FieldCodec where Value == String {
    static func text(allowsEmpty: Bool) -> FieldCodec {
        FieldCodec(read: { reader, key in FieldRead(reader.string(key, allowEmpty: allowsEmpty)) }, write: { .string($0) })
    }

    static let id = FieldCodec(read: { reader, key in FieldRead(reader.id(key)) }, write: { .string($0) })

    static let email = FieldCodec(read: { reader, key in
        FieldRead(reader.value(key, required: true) { node, path -> String? in
            guard case .string(let text) = node.value, EmailAddress.isPlausible(text) else {
                let shown = if case .string(let text) = node.value { text } else { "" }
                reader.sink.report(.invalidEmail(shown), at: path, node: node)
                return nil
            }
            return text
        })
    }, write: { .string($0) })
}

extension FieldCodec where Value == Day {
    static let day = FieldCodec(read: { reader, key in FieldRead(reader.day(key)) }, write: { .string($0.description) })
}

extension FieldCodec where Value == Bool {
    static let flag = FieldCodec(read: { reader, key in FieldRead(reader.bool(key)) }, write: { .bool($0) })
}

extension FieldCodec {
    static func coded<Coded: CodedValue>(_ type: Coded.Type) -> FieldCodec<Coded> {
        FieldCodec<Coded>(read: { reader, key in FieldRead(reader.coded(key, as: Coded.self)) }, write: { .string($0.rawValue) })
    }

    static func amount<Scale>(_ type: FixedPoint<Scale>.Type) -> FieldCodec<FixedPoint<Scale>> {
        FieldCodec<FixedPoint<Scale>>(read: { reader, key in FieldRead(reader.amount(key, as: FixedPoint<Scale>.self)) },
                                      write: { .number($0.plainText) })
    }

    /// An object with fields of its own.
    static func group<Group>(_ catalogue: TypeCatalogue<Group>) -> FieldCodec<Group> {
        FieldCodec<Group>(read: { reader, key in FieldRead(reader.object(key).flatMap(catalogue.readReportingUnknown)) },
                          write: { catalogue.json(of: $0) })
    }

    /// A list of objects; one that cannot be read makes the list unread, after every element is checked.
    static func list<Element>(_ catalogue: TypeCatalogue<Element>) -> FieldCodec<[Element]> {
        FieldCodec<[Element]>(read: { reader, key in
            guard let elements = reader.elements(key) else { return .failed }
            let read = elements.map { node, path in ObjectReader(node, path: path, sink: reader.sink).flatMap(catalogue.readReportingUnknown) }
            let present = read.compactMap { $0 }
            return present.count == read.count ? .value(present) : .failed
        }, write: { .array($0.map { JSONNode(catalogue.json(of: $0)) }) })
    }
}

extension FieldCodec where Value == [String] {
    static let texts = FieldCodec(read: { reader, key in FieldRead(reader.strings(key)) },
                                  write: { .array($0.map { JSONNode(.string($0)) }) })

    /// Ids, each checked.
    static let ids = FieldCodec(read: { reader, key in
        guard let elements = reader.elements(key) else { return .failed }
        let ids = elements.compactMap { node, path -> String? in
            guard case .string(let text) = node.value else {
                reader.sink.report(.wrongType(expected: .string, found: node.value.typeName), at: path, node: node)
                return nil
            }
            return reader.checkedID(text, at: path, node: node)
        }
        return .value(ids)
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
