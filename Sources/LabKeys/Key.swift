// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// One key press as the program understands it, independent of the terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character, space included.
    case character(Character)
    /// Ctrl with a letter, kept as the lower-case letter.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
}

extension Key {
    private static let namedKeys: [(String, Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("Shift-Tab", .backTab), ("Backspace", .backspace),
        ("Delete", .delete), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("Home", .home),
        ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Space", .character(" ")),
    ]

    /// The name used in help, hints and keymap files: `j`, `G`, `Enter`, `Shift-Tab`, `Ctrl-C`, `F1`.
    public var name: String {
        if let named = Self.namedKeys.first(where: { $0.1 == self }) { return named.0 }
        switch self {
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-" + letter.uppercased()
        case .function(let number): return "F\(number)"
        default: return "?"
        }
    }

    /// Reads a key name as written in a keymap file; `nil` when it names no key.
    public init?(name: String) {
        if let named = Self.namedKeys.first(where: { $0.0.lowercased() == name.lowercased() }) {
            self = named.1
            return
        }
        if name.count == 1, let character = name.first, !character.isWhitespace,
           character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
            self = .character(character)
            return
        }
        let lowered = name.lowercased()
        if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last, letter.isASCII, letter.isLetter {
            self = .control(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }
}
