// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A governance arrangement ("sturingsarrangement"): how lead, risk and money are shared.
public struct Arrangement: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var summary: LocalizedText

    public init(id: String, name: LocalizedText, summary: LocalizedText) {
        self.id = id
        self.name = name
        self.summary = summary
    }
}

/// One of the phases a household passes on its way out of debt.
public struct DebtPhase: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

public struct SharedSupport: Sendable, Hashable {
    public var name: LocalizedText
    public var summary: LocalizedText
    /// What the shared support needs each year, oldest year first; empty when the lab has set none.
    public var budget: [YearBudget]

    public init(name: LocalizedText, summary: LocalizedText, budget: [YearBudget] = []) {
        self.name = name
        self.summary = summary
        self.budget = budget
    }
}

/// The euros the shared support needs in one calendar year.
public struct YearBudget: Sendable, Hashable {
    public var year: Int
    public var amount: Money

    public init(year: Int, amount: Money) {
        self.year = year
        self.amount = amount
    }

    /// The years a budget may be set for.
    public static let years = 1900...2200
}

public struct Lab: Sendable, Hashable {
    public static let schemaVersion = 1

    public var name: String
    public var city: String
    public var founded: Day
    public var mission: String
    /// The day the data describes; when set, "within N days" figures count from it.
    public var asOf: Day?
    /// Ordered from government-led to partner-led.
    public var arrangements: [Arrangement]
    /// In the order a household passes them.
    public var debtPhases: [DebtPhase]
    public var sharedSupport: SharedSupport
    /// What an hour and a full-time year are worth, to value commitments of time in euros.
    public var rates: Rates?
    /// The lab's time zone (an IANA name); times are shown in it. Europe/Amsterdam when not set.
    public var timeZone: String?
    /// How often projects and commitments should report, in days; `updateInterval` gives the default.
    public var updateIntervalDays: Int?

    public init(name: String, city: String, founded: Day, mission: String, asOf: Day?,
                arrangements: [Arrangement], debtPhases: [DebtPhase], sharedSupport: SharedSupport,
                rates: Rates? = nil, timeZone: String? = nil, updateIntervalDays: Int? = nil) {
        self.name = name
        self.city = city
        self.founded = founded
        self.mission = mission
        self.asOf = asOf
        self.arrangements = arrangements
        self.debtPhases = debtPhases
        self.sharedSupport = sharedSupport
        self.rates = rates
        self.timeZone = timeZone
        self.updateIntervalDays = updateIntervalDays
    }
}
