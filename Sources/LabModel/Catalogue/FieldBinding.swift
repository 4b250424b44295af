// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What reading one field of an object gave.
enum FieldRead<Value> {
    case value(Value)
    /// The problem is reported already.
    case failed
}

/// One field of a type, described once and bound to its property: the reader reads it by its shape
/// into the property, the writer writes the property back. The catalogue of each entity is a list of
/// these, so that a field is added to the files by adding it here.
public struct FieldBinding<Owner: Sendable>: Sendable {
    public let descriptor: FieldDescriptor
    let read: @Sendable (ObjectReader, inout Owner) -> Bool
    let write: @Sendable (Owner) -> JSONValue?
    /// For an amount or a date: the value as a number that sorts as it does (an amount in ten-
    /// thousandths, a date as its day number), read without writing it as JSON first; a filter
    /// compares a hundred thousand of them at a key.
    let ordinal: (@Sendable (Owner) -> Int64?)?

    /// A field of any shape whose values `codec` reads and writes; a required one left out is reported missing.
    init<Value: Sendable>(_ descriptor: FieldDescriptor, _ property: WritableKeyPath<Owner, Value> & Sendable, _ codec: FieldCodec<Value>) {
        self.descriptor = descriptor
        let key = descriptor.key
        read = { reader, owner in
            guard let (node, path) = reader.field(key, required: true), case .value(let value) = codec.read(reader, node, path) else {
                return false
            }
            owner[keyPath: property] = value
            return true
        }
        write = { owner in codec.write(owner[keyPath: property]) }
        ordinal = Self.ordinal(property)
    }

    /// An optional field: left out when the property is `nil`, and `nil` when the file leaves it out.
    init<Value: Sendable>(_ descriptor: FieldDescriptor, _ property: WritableKeyPath<Owner, Value?> & Sendable, _ codec: FieldCodec<Value>) {
        self.descriptor = descriptor
        let key = descriptor.key
        read = { reader, owner in
            guard let (node, path) = reader.field(key, required: false) else {
                owner[keyPath: property] = nil
                return true
            }
            guard case .value(let value) = codec.read(reader, node, path) else { return false }
            owner[keyPath: property] = value
            return true
        }
        write = { owner in owner[keyPath: property].flatMap(codec.write) }
        if let found = property as? WritableKeyPath<Owner, Day?> {
            // A key path is immutable; the cast only loses what the compiler knew of it.
            nonisolated(unsafe) let days = found
            ordinal = { owner in owner[keyPath: days].map { Int64($0.ordinal) } }
        } else {
            ordinal = nil
        }
    }

    /// A list that may be left out, which then reads as empty.
    init<Element: Sendable>(_ descriptor: FieldDescriptor, _ property: WritableKeyPath<Owner, [Element]> & Sendable,
                            optionalList codec: FieldCodec<[Element]>) {
        self.descriptor = descriptor
        let key = descriptor.key
        read = { reader, owner in
            guard let (node, path) = reader.field(key, required: false) else {
                owner[keyPath: property] = []
                return true
            }
            guard case .value(let value) = codec.read(reader, node, path) else { return false }
            owner[keyPath: property] = value
            return true
        }
        write = { owner in codec.write(owner[keyPath: property]) }
        ordinal = nil
    }

    private static func ordinal<Value>(_ property: WritableKeyPath<Owner, Value> & Sendable) -> (@Sendable (Owner) -> Int64?)? {
        // A key path is immutable; the casts only lose what the compiler knew of it.
        if let found = property as? WritableKeyPath<Owner, Money> {
            nonisolated(unsafe) let money = found
            let scale = Int64(pow10(Quantity.decimalsKept - Money.decimalsKept))
            return { owner in owner[keyPath: money].units * scale }
        }
        if let found = property as? WritableKeyPath<Owner, Quantity> {
            nonisolated(unsafe) let quantity = found
            return { owner in owner[keyPath: quantity].units }
        }
        if let found = property as? WritableKeyPath<Owner, Day> {
            nonisolated(unsafe) let days = found
            return { owner in Int64(owner[keyPath: days].ordinal) }
        }
        return nil
    }

    private static func pow10(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * 10 }
    }
}

/// How values of one shape are read from a field and written back.
struct FieldCodec<Value: Sendable>: Sendable {
    /// Reads the value of a field that is there and not null.
    let read: @Sendable (ObjectReader, JSONNode, JSONPath) -> FieldRead<Value>
    let write: @Sendable (Value) -> JSONValue?
}

extension FieldRead {
    init(_ value: Value?) {
        self = value.map(FieldRead.value) ?? .failed
    }
}

/// The fields of one type, in the order they are read, and what an object of it starts as before it is read.
public struct TypeCatalogue<Owner: Sendable>: Sendable {
    public let bindings: [FieldBinding<Owner>]
    /// Each binding's reader alone: reading an entity then retains one closure per field, not a
    /// whole binding with its descriptor (a tenth of the time of opening a large folder).
    private let readers: [@Sendable (ObjectReader, inout Owner) -> Bool]
    /// Each field's key and writer, for the same reason when a compaction writes them all.
    private let writers: [(key: String, write: @Sendable (Owner) -> JSONValue?)]
    /// A value whose every field is overwritten by reading.
    let blank: Owner
    /// For an entity: its record of edits, read and written after its fields.
    let stamp: (WritableKeyPath<Owner, Stamp> & Sendable)?

    init(_ bindings: [FieldBinding<Owner>], blank: Owner, stamp: (WritableKeyPath<Owner, Stamp> & Sendable)? = nil) {
        self.bindings = bindings
        readers = bindings.map(\.read)
        writers = bindings.map { ($0.descriptor.key, $0.write) }
        self.blank = blank
        self.stamp = stamp
    }

    public var fields: [FieldDescriptor] { bindings.map(\.descriptor) }

    /// Reads every field, reporting each problem; `nil` when any field could not be read.
    func read(from reader: ObjectReader) -> Owner? {
        var owner = blank
        var complete = true
        for read in readers where !read(reader, &owner) { complete = false }
        if let stamp {
            if let read = reader.stamp() { owner[keyPath: stamp] = read } else { complete = false }
        }
        return complete ? owner : nil
    }

    func members(of owner: Owner) -> [JSONMember] {
        var members = writers.compactMap { key, write in write(owner).map { JSONMember(key, JSONNode($0)) } }
        if let stamp {
            var builder = JSONObjectBuilder()
            owner[keyPath: stamp].write(into: &builder)
            members += builder.members
        }
        return members
    }

    func json(of owner: Owner) -> JSONValue { .object(members(of: owner)) }

    /// One field of entities of this type, for a filter that reads it from many entities without
    /// writing each whole; `owner` takes an entity's value of this type out of it.
    func access(to key: String, owner: @escaping @Sendable (EntityValue) -> Owner?) -> FieldAccess? {
        guard let binding = bindings.first(where: { $0.descriptor.key == key }) else { return nil }
        let write = binding.write
        let value: @Sendable (EntityValue) -> JSONValue? = { entity in
            guard let found = owner(entity) else { return nil }
            return write(found)
        }
        guard let ordinal = binding.ordinal else { return FieldAccess(value: value, ordinal: nil) }
        return FieldAccess(value: value, ordinal: { entity in
            guard let found = owner(entity) else { return nil }
            return ordinal(found)
        })
    }
}

/// One field read from entities of any kind: as the files hold it, and, for an amount or a date, as
/// a number that sorts as it does (`FieldBinding.ordinal`).
public struct FieldAccess: Sendable {
    public let value: @Sendable (EntityValue) -> JSONValue?
    public let ordinal: (@Sendable (EntityValue) -> Int64?)?
}
