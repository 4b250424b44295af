// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

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

    /// Binds the action named `actionName` to the keys named, in place of its defaults: one entry
    /// of a keymap file, `"move-down": ["j", "Down", "Ctrl-N"]`. A wrong entry leaves the defaults
    /// and says why. Call `settleClashes` after the last entry.
    public mutating func bind(_ actionName: String, to keyNames: [String]) -> [KeymapProblem] {
        guard let id = ActionID(rawValue: actionName) else { return [.unknownAction(actionName)] }
        var problems: [KeymapProblem] = []
        var parsed: [Key] = []
        for keyName in keyNames {
            guard let key = Key(name: keyName) else {
                problems.append(.unknownKey(action: id, key: keyName))
                continue
            }
            if ActionTable.action(id).isDangerous, case .control = key {
                problems.append(.dangerousOnControl(action: id, key: keyName))
                continue
            }
            parsed.append(key)
        }
        if problems.isEmpty, !parsed.isEmpty { keys[id] = parsed }
        return problems
    }

    /// Two actions of one scope on the same key cannot both work: the user's binding wins and the
    /// default that clashes with it loses that key.
    public mutating func settleClashes() -> [KeymapProblem] {
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
    case unknownAction(String)
    case unknownKey(action: ActionID, key: String)
    case dangerousOnControl(action: ActionID, key: String)
    case clash(key: String, kept: ActionID, dropped: ActionID)

    public func message(in language: ActionLanguage) -> String {
        switch (self, language) {
        case (.unknownAction(let name), .nl): "onbekende actie \"\(name)\"; de standaardtoetsen blijven"
        case (.unknownAction(let name), .en): "unknown action \"\(name)\"; the default keys stay"
        case (.unknownKey(_, let key), .nl): "onbekende toets \"\(key)\"; de standaardtoetsen blijven"
        case (.unknownKey(_, let key), .en): "unknown key \"\(key)\"; the default keys stay"
        case (.dangerousOnControl(_, let key), .nl):
            "\(key) kan niet, een ingrijpende actie staat nooit op een Ctrl-toets"
        case (.dangerousOnControl(_, let key), .en):
            "\(key) is not allowed, a destructive action is never on a Ctrl key"
        case (.clash(let key, let kept, let dropped), .nl):
            "\(dropped.rawValue): toets \(key) is al van \(kept.rawValue) en werkt hier niet"
        case (.clash(let key, let kept, let dropped), .en):
            "\(dropped.rawValue): key \(key) already belongs to \(kept.rawValue) and does not work here"
        }
    }
}
