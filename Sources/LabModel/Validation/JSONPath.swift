// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Where in a JSON document a value stands, written as `$.partners[3].scope`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// A component and the path before it: a path shares its beginning with the path it was made
    /// from. Its last component is held apart, so that the path of a field of an object read at the
    /// root, as every entity is when its file is read the quick way, costs no allocation at all.
    private final class Link: Sendable {
        let parent: Link?
        let component: Component

        init(parent: Link?, component: Component) {
            self.parent = parent
            self.component = component
        }
    }

    private let before: Link?
    private let last: Component?

    public init(_ components: [Component] = []) {
        before = components.dropLast().reduce(nil) { Link(parent: $0, component: $1) }
        last = components.last
    }

    private init(before: Link?, last: Component) {
        self.before = before
        self.last = last
    }

    public static let root = JSONPath()

    public var components: [Component] {
        guard let last else { return [] }
        var result = [last]
        var link = before
        while let current = link {
            result.append(current.component)
            link = current.parent
        }
        return result.reversed()
    }

    public func appending(_ key: String) -> JSONPath { appending(.key(key)) }
    public func appending(_ index: Int) -> JSONPath { appending(.index(index)) }

    private func appending(_ component: Component) -> JSONPath {
        JSONPath(before: last.map { Link(parent: before, component: $0) }, last: component)
    }

    public static func == (left: JSONPath, right: JSONPath) -> Bool {
        (left.before === right.before && left.last == right.last) || left.components == right.components
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(components)
    }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }):
                text += "." + key
            case .key(let key):
                var quoted = ""
                JSONWriter.writeString(key, into: &quoted)
                text += "[\(quoted)]"
            }
        }
        return text
    }
}

extension JSONNode {
    /// The value at `path` below this node, or the deepest one that exists on the way.
    public func deepestNode(along path: JSONPath) -> JSONNode {
        var node = self
        for component in path.components {
            switch (component, node.value) {
            case (.key(let key), .object(let members)):
                guard let member = members.first(where: { $0.key == key }) else { return node }
                node = member.value
            case (.index(let index), .array(let elements)) where elements.indices.contains(index):
                node = elements[index]
            default:
                return node
            }
        }
        return node
    }
}

extension Sequence where Element == JSONPath.Component {
    /// The names along a path, its indices left out: `contact.email` of `partners[2].contact.email`'s tail.
    var keys: [String] {
        compactMap { component in if case .key(let key) = component { key } else { nil } }
    }
}
