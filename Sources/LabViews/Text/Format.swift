// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// Numbers, amounts and periods as each language writes them.
enum Format {
    static func money(_ money: Money, _ language: Language) -> String {
        MoneyFormat.display(money, in: language)
    }

    /// Whole euros, for tables and charts where cents only add noise.
    static func euros(_ money: Money, _ language: Language) -> String {
        let whole = Money(units: money.units / 100 * 100)
        let text = MoneyFormat.display(whole, in: language)
        return String(text.dropLast(3))
    }

    /// A count grouped as the language groups it: `10.000` in Dutch, `10,000` in English.
    static func count(_ count: Int, _ language: Language) -> String {
        NumberFormat.display(Quantity(count), in: language)
    }

    static func quantity(_ quantity: Quantity, _ language: Language) -> String {
        NumberFormat.display(quantity, in: language)
    }

    /// `€ 150.000`, `16 uur per week`, `0,8 fte`.
    static func amount(_ commitment: Commitment, _ language: Language) -> String {
        NumberFormat.amount(commitment.amount, unit: MeasureUnit(code: commitment.unit), in: language)
    }

    /// Where a commitment goes: its project's name, or the shared support.
    static func destination(of commitment: Commitment, in data: LabData, _ language: Language) -> String {
        commitment.project.map { data.projectName($0) } ?? UIText.sharedSupport.text(in: language)
    }

    static func period(from: Day, until: Day?, _ language: Language) -> String {
        let start = LabTime.display(from, in: language)
        guard let until else { return (language == .nl ? "vanaf " : "from ") + start }
        return "\(start) – \(LabTime.display(until, in: language))"
    }

    static func percent(_ part: Quantity, of whole: Quantity) -> Int {
        guard whole.units > 0 else { return 0 }
        return Int(part.units * 100 / whole.units)
    }
}
