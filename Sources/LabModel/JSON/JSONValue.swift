// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A parsed JSON value that remembers where in its file it stood, so that every
/// problem found later can point at a line and column.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written, so that money never passes through a binary float.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
}

public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    /// Byte offset of the value's first character in its file; `nil` for values built in code.
    public var offset: Int?

    public init(_ value: JSONValue, offset: Int? = nil) {
        self.value = value
        self.offset = offset
    }
}

public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var value: JSONNode
    /// Byte offset of the key's opening quote; `nil` for members built in code.
    public var keyOffset: Int?

    public init(_ key: String, _ value: JSONNode, keyOffset: Int? = nil) {
        self.key = key
        self.value = value
        self.keyOffset = keyOffset
    }
}

extension JSONValue {
    /// The name of the value's type in the words of JSON, for messages.
    public var typeName: JSONTypeName {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}

public enum JSONTypeName: String, Sendable, Equatable {
    case null, boolean, number, string, array, object
}
