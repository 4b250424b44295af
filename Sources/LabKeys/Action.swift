// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What must hold for an action to be available; the views say what holds now.
public struct Conditions: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The pane shows a list with at least one row.
    public static let hasRows = Conditions(rawValue: 1 << 0)
    /// A filter is set, so there are matches to jump between.
    public static let hasFilter = Conditions(rawValue: 1 << 1)
    /// The list can be sorted by its columns.
    public static let isSortable = Conditions(rawValue: 1 << 2)
    /// The selected row opens into a detail view.
    public static let canOpen = Conditions(rawValue: 1 << 3)
    /// A detail view or an overlay is open, so there is something to go back from.
    public static let canGoBack = Conditions(rawValue: 1 << 4)
    /// The data comes from a folder that can be read again.
    public static let hasFolder = Conditions(rawValue: 1 << 5)
    /// The pane is a list, so it can be filtered.
    public static let hasList = Conditions(rawValue: 1 << 6)
    /// The data comes from a folder this user may write, and --read-only is not given.
    public static let canWrite = Conditions(rawValue: 1 << 7)
    /// The pane's list takes new entries (partners, projects, commitments).
    public static let canAdd = Conditions(rawValue: 1 << 8)
    /// A project is selected.
    public static let isProject = Conditions(rawValue: 1 << 9)
    /// A commitment is selected.
    public static let isCommitment = Conditions(rawValue: 1 << 10)
    /// This program saved an edit that can be undone.
    public static let hasOwnEdit = Conditions(rawValue: 1 << 11)
    /// A demo tour is running.
    public static let hasTour = Conditions(rawValue: 1 << 12)
    /// This program undid an edit of its own that can be done again.
    public static let hasUndoneEdit = Conditions(rawValue: 1 << 13)
}

/// Where an action applies. Text input and the help overlay take keys before the panes do.
public enum ActionScope: String, Hashable, Sendable, CaseIterable {
    case global, list, input, help, form, confirm, conflict, tour
}

/// The groups of the help overlay, in the order it shows them.
public enum ActionGroup: String, Hashable, Sendable, CaseIterable {
    case panes, navigation, list, editing, form, input, tour, program

    public func title(in language: ActionLanguage) -> String {
        switch (self, language) {
        case (.panes, .nl): "Schermen"
        case (.panes, .en): "Panes"
        case (.navigation, .nl): "Bewegen"
        case (.navigation, .en): "Moving"
        case (.list, .nl): "Lijsten"
        case (.list, .en): "Lists"
        case (.tour, .nl): "Rondleiding (demo)"
        case (.tour, .en): "Tour (demo)"
        case (.editing, .nl): "Bewerken"
        case (.editing, .en): "Editing"
        case (.form, .nl): "Formulier, bevestigen en conflict"
        case (.form, .en): "Form, confirmation and conflict"
        case (.input, .nl): "Invoer (filter en opdrachtregel)"
        case (.input, .en): "Input (filter and command line)"
        case (.program, .nl): "Programma"
        case (.program, .en): "Program"
        }
    }
}

/// The two languages of the help texts; LabKeys stands on Foundation alone, so it has its own.
public enum ActionLanguage: String, Sendable {
    case nl, en
}

/// One thing a user can do: the single source for key handling, the `?` help, the hint bar and the docs.
public struct Action: Hashable, Sendable {
    public let id: ActionID
    public let defaultKeys: [Key]
    public let helpNL: String
    public let helpEN: String
    public let group: ActionGroup
    public let scope: ActionScope
    public let requires: Conditions
    /// Dangerous actions ask first and are never bound to Ctrl-letters.
    public let isDangerous: Bool
    /// The short label of the hint bar, in Dutch and English; `nil` keeps the action out of it.
    public let hint: (nl: String, en: String)?

    public var isHinted: Bool { hint != nil }

    public func help(in language: ActionLanguage) -> String {
        language == .nl ? helpNL : helpEN
    }

    public func short(in language: ActionLanguage) -> String {
        guard let hint else { return help(in: language) }
        return language == .nl ? hint.nl : hint.en
    }

    public static func == (left: Action, right: Action) -> Bool { left.id == right.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    public func isEnabled(given conditions: Conditions) -> Bool {
        conditions.isSuperset(of: requires)
    }
}
