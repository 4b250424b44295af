// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Euros as a reader of each language expects: `€ 1.234.567,50` in Dutch, `€1,234,567.50` in English.
public enum MoneyFormat {
    public static func display(_ money: Money, in language: Language) -> String {
        let (negative, whole, cents) = money.parts
        let grouped = group(whole, separator: language == .nl ? "." : ",")
        let number = grouped + (language == .nl ? "," : ".") + cents
        let sign = negative ? "-" : ""
        return language == .nl ? "€ " + sign + number : sign + "€" + number
    }

    /// A plain decimal without grouping, for spreadsheets: `1234567.50`, or `1234567,50` with a decimal comma.
    public static func plain(_ money: Money, decimalComma: Bool) -> String {
        let (negative, whole, cents) = money.parts
        return (negative ? "-" : "") + String(whole) + (decimalComma ? "," : ".") + cents
    }

    static func group(_ value: UInt64, separator: String) -> String {
        let digits = String(value)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}
