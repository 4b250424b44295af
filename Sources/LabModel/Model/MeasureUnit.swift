// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// The unit of a commitment's amount: one the program knows, with a name in each language and a way
/// to value it in euros, or any other unit (`standaardregeling`, `werkplekken`), kept as typed.
public enum MeasureUnit: Sendable, Hashable {
    case euro, hours, hoursPerWeek, fte, days, pieces
    case other(String)

    public static let known: [MeasureUnit] = [.euro, .hours, .hoursPerWeek, .fte, .days, .pieces]

    /// The unit written in the files as `code`.
    public init(code: String) {
        self = Self.known.first { $0.code == code } ?? .other(code)
    }

    public var code: String {
        switch self {
        case .euro: "EUR"
        case .hours: "hours"
        case .hoursPerWeek: "hours/week"
        case .fte: "FTE"
        case .days: "days"
        case .pieces: "pieces"
        case .other(let text): text
        }
    }

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.euro, _): "euro"
        case (.hours, .nl): "uur"
        case (.hours, .en): "hours"
        case (.hoursPerWeek, .nl): "uur per week"
        case (.hoursPerWeek, .en): "hours per week"
        case (.fte, .nl): "fte"
        case (.fte, .en): "FTE"
        case (.days, .nl): "dagen"
        case (.days, .en): "days"
        case (.pieces, .nl): "stuks"
        case (.pieces, .en): "pieces"
        case (.other(let text), _): text
        }
    }

    /// Other names people type for the known units, besides the code and the names above.
    var synonyms: [String] {
        switch self {
        case .euro: ["€", "euro's", "euros"]
        case .hours: ["uren", "u", "hour", "h"]
        case .hoursPerWeek: ["uur/week", "uren per week", "u/w", "hours per week", "h/week"]
        case .fte: []
        case .days: ["dag", "day"]
        case .pieces: ["stuk", "piece", "pcs"]
        case .other: []
        }
    }

    /// The unit a person typed: a known unit by its code, either name or a synonym (case and
    /// accents do not matter), else the text as typed.
    public static func typed(_ text: String) -> MeasureUnit {
        let wanted = MatchKey(text)
        for unit in known where ([unit.code, unit.name(in: .nl), unit.name(in: .en)] + unit.synonyms).contains(where: { MatchKey($0) == wanted }) {
            return unit
        }
        return .other(text.trimmingSpaces())
    }
}

/// What the lab reckons an hour and a year of a full-time person to be worth, to value commitments
/// of time in euros (lab.json `rates`).
public struct Rates: Sendable, Hashable {
    public var perHour: Money?
    public var perFTEYear: Money?

    public init(perHour: Money? = nil, perFTEYear: Money? = nil) {
        self.perHour = perHour
        self.perFTEYear = perFTEYear
    }
}

/// The value in euros that a commitment's amount stands for, when it can be worked out.
public enum Valuation {
    public enum Outcome: Sendable, Hashable {
        case value(Money)
        /// A unit of time, but the lab has not set the rate it needs.
        case needsRate(MeasureUnit)
        /// A unit the program cannot value (`standaardregeling`).
        case notValued
        /// The value would be a thousand billion euros or more.
        case tooLarge
    }

    /// Hours per day, and days a week of a rate without an end date run for (a year).
    static let hoursPerDay: Decimal = 8
    static let weeksPerYear: Decimal = 52

    public static func value(amount: Quantity, unit: MeasureUnit, from: Day, until: Day?, rates: Rates?) -> Outcome {
        let amount = Decimal(string: amount.plainText)!
        let hourly = rates?.perHour.map { Decimal(string: $0.plainText)! }
        switch unit {
        case .euro: return money(amount)
        case .hours:
            guard let hourly else { return .needsRate(unit) }
            return money(amount * hourly)
        case .days:
            guard let hourly else { return .needsRate(unit) }
            return money(amount * hoursPerDay * hourly)
        case .hoursPerWeek:
            guard let hourly else { return .needsRate(unit) }
            let weeks = until.map { Decimal($0.ordinal - from.ordinal + 1) / 7 } ?? weeksPerYear
            return money(amount * hourly * weeks)
        case .fte:
            guard let yearly = rates?.perFTEYear.map({ Decimal(string: $0.plainText)! }) else { return .needsRate(unit) }
            let years = until.map { Decimal($0.ordinal - from.ordinal + 1) / 365 } ?? 1
            return money(amount * yearly * years)
        case .pieces, .other: return .notValued
        }
    }

    /// Whether the commitment's value is what its amount, unit and period give, rather than set by hand.
    public static func isDerived(_ commitment: Commitment, rates: Rates?) -> Bool {
        value(amount: commitment.amount, unit: MeasureUnit(code: commitment.unit), from: commitment.from, until: commitment.until,
              rates: rates) == .value(commitment.valueEUR)
    }

    private static func money(_ value: Decimal) -> Outcome {
        Money(rounding: value.description).map(Outcome.value) ?? .tooLarge
    }
}
