import Foundation

/// Which keys trigger which actions: the defaults of the action table, with a user's own
/// keymap file laid over them.
public struct Keymap: Sendable {
    public private(set) var keys: [ActionID: [Key]]

    public init() {
        keys = Dictionary(uniqueKeysWithValues: ActionTable.all.map { ($0.id, $0.defaultKeys) })
    }

    public func keys(for id: ActionID) -> [Key] {
        keys[id] ?? []
    }

    /// The action a key triggers in the first of `scopes` that binds it.
    public func action(for key: Key, in scopes: [ActionScope]) -> ActionID? {
        for scope in scopes {
            for action in ActionTable.all where action.scope == scope && keys(for: action.id).contains(key) {
                return action.id
            }
        }
        return nil
    }

    /// Lays a keymap file's entries over the defaults. The file maps action ids to a key name or a
    /// list of them: `{"move-down": ["j", "Down", "Ctrl-N"]}`. An entry that is wrong is reported
    /// and leaves that action's defaults in place; the other entries still apply.
    public mutating func apply(fileContents data: Data) -> [KeymapProblem] {
        guard let object = try? JSONSerialization.jsonObject(with: data), let entries = object as? [String: Any] else {
            return [.notAnObject]
        }
        var problems: [KeymapProblem] = []
        for (name, value) in entries.sorted(by: { $0.key < $1.key }) {
            guard let id = ActionID(rawValue: name) else {
                problems.append(.unknownAction(name))
                continue
            }
            let names = (value as? [Any]) ?? [value]
            var parsed: [Key] = []
            var entryIsValid = true
            for item in names {
                guard let keyName = item as? String, let key = Key(name: keyName) else {
                    problems.append(.unknownKey(action: id, key: "\(item)"))
                    entryIsValid = false
                    continue
                }
                if ActionTable.action(id).isDangerous, case .control = key {
                    problems.append(.dangerousOnControl(action: id, key: keyName))
                    entryIsValid = false
                    continue
                }
                parsed.append(key)
            }
            if entryIsValid, !parsed.isEmpty { keys[id] = parsed }
        }
        problems += removeClashes()
        return problems
    }

    /// Two actions of one scope on the same key cannot both work: the user's binding wins and the
    /// default that clashes with it loses that key.
    private mutating func removeClashes() -> [KeymapProblem] {
        var problems: [KeymapProblem] = []
        let defaults = Keymap()
        for scope in ActionScope.allCases {
            var owner: [Key: ActionID] = [:]
            let actions = ActionTable.all.filter { $0.scope == scope }
            // Changed entries claim their keys first.
            let ordered = actions.filter { keys(for: $0.id) != defaults.keys(for: $0.id) }
                + actions.filter { keys(for: $0.id) == defaults.keys(for: $0.id) }
            for action in ordered {
                for key in keys(for: action.id) {
                    if let other = owner[key] {
                        problems.append(.clash(key: key.name, kept: other, dropped: action.id))
                        keys[action.id]?.removeAll { $0 == key }
                    } else {
                        owner[key] = action.id
                    }
                }
            }
        }
        return problems
    }
}

public enum KeymapProblem: Hashable, Sendable {
    /// The file cannot be read (a FIFO, a link, no permission): the reason in the system's words.
    case unreadable(String)
    case notAnObject
    case unknownAction(String)
    case unknownKey(action: ActionID, key: String)
    case dangerousOnControl(action: ActionID, key: String)
    case clash(key: String, kept: ActionID, dropped: ActionID)

    public func message(in language: ActionLanguage) -> String {
        switch (self, language) {
        case (.unreadable(let reason), .nl): "kan niet gelezen worden (\(reason)); de standaardtoetsen blijven"
        case (.unreadable(let reason), .en): "cannot be read (\(reason)); the default keys stay"
        case (.notAnObject, .nl): "geen JSON-object van actie naar toetsen; de standaardtoetsen blijven"
        case (.notAnObject, .en): "not a JSON object of action to keys; the default keys stay"
        case (.unknownAction(let name), .nl): "onbekende actie \"\(name)\"; de standaardtoetsen blijven"
        case (.unknownAction(let name), .en): "unknown action \"\(name)\"; the default keys stay"
        case (.unknownKey(let action, let key), .nl): "\(action.rawValue): onbekende toets \"\(key)\"; de standaardtoetsen blijven"
        case (.unknownKey(let action, let key), .en): "\(action.rawValue): unknown key \"\(key)\"; the default keys stay"
        case (.dangerousOnControl(let action, let key), .nl):
            "\(action.rawValue): \(key) kan niet, een ingrijpende actie staat nooit op een Ctrl-toets"
        case (.dangerousOnControl(let action, let key), .en):
            "\(action.rawValue): \(key) is not allowed, a destructive action is never on a Ctrl key"
        case (.clash(let key, let kept, let dropped), .nl):
            "\(dropped.rawValue): toets \(key) is al van \(kept.rawValue) en werkt hier niet"
        case (.clash(let key, let kept, let dropped), .en):
            "\(dropped.rawValue): key \(key) already belongs to \(kept.rawValue) and does not work here"
        }
    }
}
