// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The action table as a document, for `schuldenlab keys` and the man page's KEYS section:
/// generated from the same table as the `?` help, never copied by hand.
public enum KeyTable {
    public struct Row: Sendable {
        public let keys: [String]
        public let id: String
        public let help: String
        public let isDangerous: Bool
    }

    /// Every action, grouped as the `?` help groups them, with the keys `keymap` gives it.
    public static func groups(keymap: Keymap, language: ActionLanguage) -> [(title: String, rows: [Row])] {
        ActionGroup.allCases.map { group in
            (group.title(in: language), ActionTable.all.filter { $0.group == group }.map { action in
                Row(keys: keymap.keys(for: action.id).map(\.name), id: action.id.rawValue, help: action.help(in: language),
                    isDangerous: action.isDangerous)
            })
        }
    }

    /// Plain text in columns: keys, the action id that a keymap file names, what it does.
    public static func text(keymap: Keymap, language: ActionLanguage) -> String {
        var lines: [String] = []
        for (title, rows) in groups(keymap: keymap, language: language) {
            if !lines.isEmpty { lines.append("") }
            lines.append(title)
            for row in rows {
                let keys = row.keys.joined(separator: " ")
                lines.append("  " + keys.padding(to: 18) + " " + row.id.padding(to: 20) + " " + help(row, language))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A section of a man page in roff.
    public static func roff(keymap: Keymap, language: ActionLanguage) -> String {
        var lines = [".PD 0"]
        for (title, rows) in groups(keymap: keymap, language: language) {
            lines.append(".SS " + escaped(title))
            for row in rows {
                lines.append(".TP")
                lines.append(".B " + escaped(row.keys.joined(separator: " ")))
                lines.append(escaped(help(row, language)) + " (" + escaped(row.id) + ")")
            }
        }
        lines.append(".PD")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func help(_ row: Row, _ language: ActionLanguage) -> String {
        row.help + (row.isDangerous ? (language == .nl ? " (vraagt eerst)" : " (asks first)") : "")
    }

    /// One line set in roff, which reads a backslash as an escape and a leading dot or quote as a
    /// request; hyphens become minus signs, as options are written.
    public static func escaped(_ text: String) -> String {
        let body = text.replacing("\\", with: "\\e").replacing("-", with: "\\-")
        return body.first == "." || body.first == "'" ? "\\&" + body : body
    }
}
