// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension NumberRefusal {
    /// Why the number was not taken, and how to write what was meant.
    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .empty:
            return nl ? "vul een getal in" : "enter a number"
        case .notANumber(let text):
            return nl ? "\(quoted(text)) is geen getal; schrijf bijvoorbeeld 30000, 30.000 of 1234,56"
                : "\(quoted(text)) is not a number; write for example 30000, 30,000 or 1234.56"
        case .ambiguous(let text, let readings):
            let each = readings.map { "\($0.plain) (\($0.explanation(of: text, language)))" }
            let ways = readings.map { NumberInput.unambiguousText(plain: $0.plain) }
            return nl ? "\(quoted(text)) kan \(readings.count) getallen zijn: \(each.joined(separator: " of ")); schrijf \(ways.joined(separator: " of ")) om één ervan te bedoelen"
                : "\(quoted(text)) can be \(readings.count) numbers: \(each.joined(separator: " or ")); write \(ways.joined(separator: " or ")) to mean one of them"
        case .exponent(let text, let reading):
            let hint = reading.map { nl ? ", zoals \($0)" : ", such as \($0)" } ?? ""
            return nl ? "\(quoted(text)) is wetenschappelijke notatie; schrijf het getal voluit\(hint)"
                : "\(quoted(text)) is scientific notation; write the number in full\(hint)"
        case .negative(let text):
            return nl ? "\(quoted(text)) is negatief; hier kan alleen 0 of meer" : "\(quoted(text)) is negative; only 0 or more can go here"
        case .tooManyDecimals(let text, let allowed):
            return nl ? "\(quoted(text)) heeft te veel decimalen; ten hoogste \(allowed)" : "\(quoted(text)) has too many decimals; at most \(allowed)"
        case .tooLarge(let text):
            return nl ? "\(quoted(text)) is te groot; het moet kleiner zijn dan 1 biljoen (1.000.000.000.000)"
                : "\(quoted(text)) is too large; it must be below 1 trillion (1,000,000,000,000)"
        }
    }
}

extension NumberReading {
    /// What the separator in `text` stands for in this reading: `punt tussen duizendtallen`.
    func explanation(of text: String, _ language: Language) -> String {
        let nl = language == .nl
        let separator = text.contains(",") ? (nl ? "komma" : "comma") : (nl ? "punt" : "point")
        let groups = switch (convention, text.contains(",")) {
        case (.dutch, false), (.english, true): true
        default: false
        }
        if groups { return nl ? "\(separator) tussen duizendtallen" : "\(separator) between thousands" }
        return nl ? "\(separator) als decimaalteken" : "\(separator) as decimal mark"
    }
}
