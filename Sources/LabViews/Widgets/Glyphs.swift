// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabKeys

/// The characters for borders, bars and marks: Unicode where the terminal speaks UTF-8,
/// plain ASCII where it does not.
public struct Glyphs: Sendable, Hashable {
    let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    let barFull: String
    let barEmpty: String
    let shades: [String]
    let dot: String
    let check: String
    let pending: String
    let ascending: String
    let descending: String
    let ellipsisArrow: String
    /// Columns are left out on this side of a table.
    let moreLeft: String
    let moreRight: String
    /// A row withdrawn since the day `:since` set.
    let withdrawnMark: String
    /// Before the count of edits not yet sent to the git server, and of those waiting there.
    let toSend: String
    let toReceive: String

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
                                       bottomRight: "┘", barFull: "█", barEmpty: "░", shades: ["░", "▒", "▓", "█"],
                                       dot: "•", check: "✓", pending: "·", ascending: "▲", descending: "▼", ellipsisArrow: "›",
                                       moreLeft: "◂", moreRight: "▸", withdrawnMark: "×", toSend: "↑", toReceive: "↓")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
                                     bottomRight: "+", barFull: "#", barEmpty: ".", shades: [".", ":", "+", "#"],
                                     dot: "o", check: "x", pending: "-", ascending: "^", descending: "v", ellipsisArrow: ">",
                                     moreLeft: "<", moreRight: ">", withdrawnMark: "x", toSend: "+", toReceive: "-")
}

extension Glyphs {
    /// A key as help and hints show it: the arrow keys as arrows where the terminal can draw them,
    /// since `Left` is an English word on a Dutch screen; every other key by its keymap name.
    public func label(of key: Key) -> String {
        guard self == .unicode else { return key.name }
        switch key {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return key.name
        }
    }
}

/// What a drawing needs besides the state.
public struct RenderContext: Sendable {
    public var theme: Theme
    public var glyphs: Glyphs

    public init(theme: Theme, glyphs: Glyphs = .unicode) {
        self.theme = theme
        self.glyphs = glyphs
    }

    func style(_ slot: ThemeSlot) -> Style { theme[slot] }
}
