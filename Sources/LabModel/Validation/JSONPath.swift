/// Where in a JSON document a value stands, written as `$.partners[3].scope`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

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
