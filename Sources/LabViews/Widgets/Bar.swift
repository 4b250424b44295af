// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A horizontal bar of `width` cells filled in proportion to `value` of `maximum`.
enum Bar {
    static func text(_ value: Int64, of maximum: Int64, width: Int, glyphs: Glyphs) -> (filled: String, empty: String) {
        guard width > 0 else { return ("", "") }
        let filled = maximum > 0 ? Int(min(Int64(width), (value * Int64(width) + maximum / 2) / maximum)) : 0
        let shown = value > 0 ? max(1, filled) : 0
        return (String(repeating: glyphs.barFull, count: shown), String(repeating: glyphs.barEmpty, count: width - shown))
    }

    static func line(label: String, labelWidth: Int, value: Int64, maximum: Int64, barWidth: Int, suffix: String,
                     glyphs: Glyphs, slot: ThemeSlot = .chartBar) -> Line {
        let (filled, empty) = text(value, of: maximum, width: barWidth, glyphs: glyphs)
        return Line([Span(label.padded(toWidth: labelWidth) + " "), Span(filled, slot), Span(empty, .muted), Span(" " + suffix)])
    }
}
