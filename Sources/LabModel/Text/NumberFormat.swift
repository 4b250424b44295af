// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Numbers as a reader of each language expects them, grouped: `30.000` and `0,5` in Dutch,
/// `30,000` and `0.5` in English.
public enum NumberFormat {
    public static func display<Scale>(_ number: FixedPoint<Scale>, in language: Language) -> String {
        let (negative, whole, fraction) = number.parts
        var decimals = fraction
        while decimals.hasSuffix("0") { decimals.removeLast() }
        let grouped = MoneyFormat.group(whole, separator: language == .nl ? "." : ",")
        return (negative ? "-" : "") + grouped + (decimals.isEmpty ? "" : (language == .nl ? "," : ".") + decimals)
    }

    /// A measured figure to `digits` decimals, with the language's decimal sign: `0,523`; `—` when there is none.
    public static func decimal(_ value: Double?, digits: Int, in language: Language) -> String {
        guard let value, value.isFinite else { return "—" }
        let text = String(cFormat: "%.*f", Int32(digits), value)
        return language == .nl ? text.replacing(".", with: ",") : text
    }

    /// A share as a whole percentage: `42%`.
    public static func percent(_ share: Double) -> String {
        share.isFinite ? "\(Int((share * 100).rounded()))%" : "—"
    }

    /// Euros as in a change or a detail: whole euros without `,00`, else to the cent.
    public static func euros(_ money: Money, in language: Language) -> String {
        money.units % 100 == 0 ? String(MoneyFormat.display(money, in: language).dropLast(3)) : MoneyFormat.display(money, in: language)
    }

    /// An amount in its unit: `€ 150.000`, `16 uur per week`, `0,8 fte`, `17 standaardregeling`.
    public static func amount(_ amount: Quantity, unit: MeasureUnit, in language: Language) -> String {
        if unit == .euro, let money = Money(exactly: amount.plainText) { return euros(money, in: language) }
        return display(amount, in: language) + " " + unit.name(in: language)
    }
}
