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
