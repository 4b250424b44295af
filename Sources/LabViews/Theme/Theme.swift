// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// A named set of styles for every slot.
public struct Theme: Sendable, Hashable {
    public let name: String
    private let styles: [ThemeSlot: Style]

    public init(name: String, styles: [ThemeSlot: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(slot: ThemeSlot) -> Style {
        styles[slot] ?? .plain
    }

    /// Reads a theme file: `{"name": "...", "slots": {"text": {"fg": "#d0d0d0", "bg": "default", "bold": true}, ...}}`.
    /// Every slot must be there; every problem is said at once, with its line and column.
    public static func parse(_ data: Data, file: String = "theme.json") throws(ThemeProblem) -> Theme {
        let settings = SettingsFile(bytes: Array(data), file: file)
        var styles: [ThemeSlot: Style] = [:]
        let name = settings.root?.value("name", required: true)?.string
        if name?.isEmpty == true { settings.root?.value("name")?.refuse(.emptyText) }
        // What the schema allows besides: a reference to it, and a line about the theme.
        _ = settings.root?.value("$schema")?.string
        if let description = settings.root?.value("description")?.object {
            _ = description.value("nl")?.string
            _ = description.value("en")?.string
            description.finish()
        }
        if let slots = settings.root?.value("slots", required: true)?.object {
            for slot in ThemeSlot.allCases {
                guard let entry = slots.value(slot.rawValue, required: true)?.object else { continue }
                styles[slot] = style(from: entry)
                entry.finish()
            }
            slots.finish()
        }
        settings.root?.finish()
        guard settings.problems.isEmpty, let name else { throw .invalid(settings.problems) }
        return Theme(name: name, styles: styles)
    }

    private static func style(from entry: SettingsObject) -> Style {
        func color(_ key: String) -> TerminalColor {
            guard let value = entry.value(key), let text = value.string else { return .terminalDefault }
            guard let color = TerminalColor(name: text) else {
                value.refuse(.unknownValue(text, allowed: ["default", "#rrggbb", "0-255"] + TerminalColor.names))
                return .terminalDefault
            }
            return color
        }
        func flag(_ key: String) -> Bool { entry.value(key)?.bool ?? false }
        return Style(foreground: color("fg"), background: color("bg"), bold: flag("bold"), underline: flag("underline"), reverse: flag("reverse"))
    }
}

public enum ThemeProblem: Error, Hashable, Sendable {
    /// What is wrong in the file, every problem with its place.
    case invalid([Problem])
    case notFound(String, choices: [String])
    case unreadable(String)

    /// One line for the status bar: the first problem, and how many more there are.
    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .invalid(let problems):
            return (problems.first?.rendered(in: language) ?? "") + (problems.count > 1 ? " (+\(problems.count - 1))" : "")
        case .notFound(_, let choices):
            return (nl ? "bestaat niet; kies uit " : "not found; choose from ") + choices.joined(separator: ", ")
        case .unreadable(let reason): return (nl ? "kan niet gelezen worden: " : "cannot be read: ") + reason
        }
    }
}
