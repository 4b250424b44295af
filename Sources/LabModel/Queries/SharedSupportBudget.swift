// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The shared support against its budget in one calendar year: what is pledged and delivered for
/// it in that year, what is short, and who does not contribute that year.
///
/// Only commitments running in the year count, each with the share of its days that fall in the
/// year, in whole euros (a commitment of € 30.000 over 2019 and 2020 counts € 15.000-odd in each); one without an
/// end is taken to run a year from its start, as the lab pledges by the year.
public struct SharedSupportYear: Sendable, Hashable {
    public let year: Int
    public let budget: Money
    public let pledged: Money
    public let delivered: Money
    /// Partners with no pledged or delivered commitment to the shared support running in the year.
    public let notContributing: [Partner]

    public var firm: Money { pledged + delivered }
    /// What the budget lacks; zero when the commitments cover it.
    public var shortfall: Money { budget < firm ? .zero : budget - firm }

    /// The part of the budget that is covered, in whole percents (`nil` without a budget).
    public var coveredPercent: Int? {
        guard budget.units > 0 else { return nil }
        return Int(firm.units * 100 / budget.units)
    }
}

extension LabData {
    /// The shared support against its budget, for every year the lab set a budget for.
    public func sharedSupportBudget() -> [SharedSupportYear] {
        lab.sharedSupport.budget.map { sharedSupport(in: $0.year, budget: $0.amount) }
    }

    /// The year's row, when the lab set a budget for that year.
    public func sharedSupportBudget(in year: Int) -> SharedSupportYear? {
        lab.sharedSupport.budget.first { $0.year == year }.map { sharedSupport(in: $0.year, budget: $0.amount) }
    }

    private func sharedSupport(in year: Int, budget: Money) -> SharedSupportYear {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else {
            return SharedSupportYear(year: year, budget: budget, pledged: .zero, delivered: .zero, notContributing: partners.map { $0 })
        }
        var pledged = Money.zero, delivered = Money.zero
        var contributors: Set<String> = []
        for commitment in sharedSupportCommitments where commitment.state.isFirm {
            let end = commitment.until ?? commitment.from.adding(days: 364)
            let overlap = min(end.ordinal, last.ordinal) - max(commitment.from.ordinal, first.ordinal) + 1
            guard overlap > 0 else { continue }
            let days = max(1, end.ordinal - commitment.from.ordinal + 1)
            // In whole euros, so that what is firm and what is short add up to the budget as shown.
            let cents = Int64(days) * 100
            let share = Money(units: (commitment.valueEUR.units * Int64(overlap) + cents / 2) / cents * 100)
            if commitment.state == .delivered { delivered = delivered + share } else { pledged = pledged + share }
            contributors.insert(commitment.partner)
        }
        return SharedSupportYear(year: year, budget: budget, pledged: pledged, delivered: delivered,
                                 notContributing: partners.filter { !contributors.contains($0.id) })
    }
}
