// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What takes the keys right now, as the key resolver sees the program's modes.
public enum InputContext: Hashable, Sendable {
    /// The panes; `touring` while a demo tour runs, whose keys come first.
    case panes(touring: Bool)
    /// The filter or the command line.
    case textInput
    case help
    case form
    case confirm
    case conflict

    /// The scopes searched for a key, first match wins.
    var scopes: [ActionScope] {
        switch self {
        case .panes(let touring): touring ? [.tour, .list, .global] : [.list, .global]
        case .textInput: [.input, .global]
        case .help: [.help, .list, .global]
        case .form: [.form, .input, .global]
        case .confirm: [.confirm, .global]
        case .conflict: [.conflict, .global]
        }
    }

    /// Whether the action can be reached in this context at all.
    func reaches(_ action: Action) -> Bool {
        if action.id == .quitProgram { return true }
        switch self {
        case .panes: return true
        case .textInput: return action.scope == .input
        case .help: return action.scope == .help || action.group == .navigation
        case .form: return action.scope == .form || [.acceptInput, .cancelInput, .deleteBackward].contains(action.id)
        case .confirm: return action.scope == .confirm
        case .conflict: return action.scope == .conflict
        }
    }

    /// The scopes whose actions the hint bar offers.
    var hintedScopes: [ActionScope] {
        switch self {
        case .panes: [.tour, .list, .global]
        case .textInput: [.input]
        case .help: [.help]
        case .form: [.input, .form]
        case .confirm: [.confirm]
        case .conflict: [.conflict]
        }
    }
}

/// What a key does now.
public enum KeyResolution: Hashable, Sendable {
    case perform(ActionID)
    /// The key means this action here, but what it needs does not hold: the user is told why.
    case refuse(ActionID, missing: Conditions)
    /// The key means nothing here; in a text it is typed.
    case unbound
}

extension Keymap {
    /// The one answer to "what does this key do", for handling keys, the hint bar and the help.
    public func resolve(_ key: Key, in context: InputContext, given conditions: Conditions) -> KeyResolution {
        for scope in context.scopes {
            for action in ActionTable.all where action.scope == scope && context.reaches(action) && keys(for: action.id).contains(key) {
                let missing = action.requires.subtracting(conditions)
                return missing.isEmpty ? .perform(action.id) : .refuse(action.id, missing: missing)
            }
        }
        return .unbound
    }

    /// Whether one of the action's keys would do it now, as the `?` help shows it.
    public func isAvailable(_ id: ActionID, in context: InputContext, given conditions: Conditions) -> Bool {
        keys(for: id).contains { resolve($0, in: context, given: conditions) == .perform(id) }
    }

    /// What the hint bar offers now: each enabled action with a hint, by its first key.
    public func hints(in context: InputContext, given conditions: Conditions) -> [(key: Key, action: Action)] {
        ActionTable.all.compactMap { action in
            guard action.isHinted, context.hintedScopes.contains(action.scope), context.reaches(action),
                  action.isEnabled(given: conditions), let key = keys(for: action.id).first else { return nil }
            return (key, action)
        }
    }

    /// The hints as one line of text: `Enter opslaan · Esc annuleren`.
    public func hintLine(in context: InputContext, given conditions: Conditions, language: ActionLanguage) -> String {
        hints(in: context, given: conditions).map { "\($0.key.name) \($0.action.short(in: language))" }.joined(separator: " · ")
    }
}
