// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel

@Suite struct DayTests {
    @Test func readsOnlyRealDatesInTheOneFormat() {
        #expect(Day("2019-12-31")?.description == "2019-12-31")
        #expect(Day("2020-02-29") != nil)
        #expect(Day("2019-02-29") == nil)
        #expect(Day("2019-13-01") == nil)
        #expect(Day("31-12-2019") == nil)
        #expect(Day("2019-1-1") == nil)
        #expect(Day("2019-12-31T00:00:00Z") == nil)
    }

    @Test func countsDaysAcrossMonthsAndLeapYears() {
        let day = Day("2019-12-31")!
        #expect(day.adding(days: 60).description == "2020-02-29")
        #expect(day.adding(days: 90).description == "2020-03-30")
        #expect(Day("2016-07-07")!.days(until: day) == 1272)
        #expect(Day(ordinal: 0).description == "1970-01-01")
        #expect(Day(ordinal: day.ordinal) == day)
    }

    @Test func readsRFC3339Timestamps() {
        #expect(Timestamp("2019-07-01T09:30:00Z") != nil)
        #expect(Timestamp("2019-07-01T11:30:00.123+02:00") != nil)
        #expect(Timestamp("2019-07-01 09:30:00") == nil)
        #expect(Timestamp("2019-07-01T25:30:00Z") == nil)
        #expect(Timestamp("2019-07-01T09:30:00") == nil)
    }
}

extension DayTests {
    /// A moment's day counts whole days down, before 1970 too.
    @Test(arguments: [(0, "1970-01-01"), (86_399, "1970-01-01"), (86_400, "1970-01-02"), (-1, "1969-12-31"),
                      (-86_400, "1969-12-31"), (-86_401, "1969-12-30")])
    func theDayThatHoldsAMoment(seconds: Int, day: String) {
        #expect(Day(containingSecond: seconds).description == day)
    }
}
