// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// How one cell looks: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()

    /// The style on a terminal of `depth` colours. Without colour, what a background set apart
    /// (a selection, the status bar) is shown in reverse, so it stays visible.
    public func reduced(to depth: ColorDepth) -> Style {
        guard depth != .none else {
            return Style(bold: bold, underline: underline, reverse: reverse != (background != .terminalDefault))
        }
        var reduced = self
        reduced.foreground = ColorReduction.reduce(foreground, to: depth)
        reduced.background = ColorReduction.reduce(background, to: depth)
        return reduced
    }
}

/// The semantic places a theme gives a style to.
public enum ThemeSlot: String, CaseIterable, Sendable, Hashable {
    case background, text, muted, accent, title, border, borderFocus, selection, header
    case ok, attention, blocked, chartBar, statusBar, statusKey, tab, tabActive, input, error
}
