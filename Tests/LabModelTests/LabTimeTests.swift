// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// Times in the lab's own zone, worked out from the RFC 3339 text.
@Suite struct LabTimeTests {
    @Test(arguments: [
        ("2026-12-01T20:17:15Z", "1 dec 2026 21:17"),
        ("2026-07-01T20:17:15Z", "1 jul 2026 22:17"),
        ("2026-12-31T23:30:00Z", "1 jan 2027 00:30"),
        ("2026-12-01T21:17:00+01:00", "1 dec 2026 21:17"),
        ("2026-12-01T15:17:00.250-05:00", "1 dec 2026 21:17"),
    ])
    func momentsAreShownInTheLabsTimeZone(text: String, shown: String) throws {
        let zone = try #require(ZoneRules(identifier: "Europe/Amsterdam"))
        #expect(LabTime.display(try #require(Timestamp(text)), in: .nl, zone: zone) == shown)
    }

    @Test func aLabCanNameItsZone() throws {
        var lab = SampleLab.data.lab
        lab.timeZone = "America/Curacao"
        let moment = try #require(Timestamp("2026-12-01T20:17:15Z"))
        #expect(LabTime.display(moment, in: .en, zone: LabTime.zone(of: lab)) == "1 Dec 2026 16:17")
        #expect(LabTime.day(of: try #require(Timestamp("2026-12-01T02:00:00Z")), zone: LabTime.zone(of: lab)) == Day("2026-11-30"))
    }
}

extension LabTimeTests {
    /// Posted at the same moment in Kiritimati and in Adak, a status update is dated the lab's day.
    @Test func todayIsTheLabsDayWhateverTheMachinesZone() throws {
        var lab = SampleLab.data.lab
        lab.asOf = nil
        let moment = Date(timeIntervalSince1970: 1_796_162_400) // 2026-12-01 22:00 UTC, 23:00 in The Hague
        #expect(LabTime.today(for: lab, now: moment) == Day("2026-12-01"))
        #expect(Day.today(now: moment, zone: ZoneRules(identifier: "Pacific/Kiritimati")!) == Day("2026-12-02"))
        #expect(ReferenceDate.resolve(lab: lab) == LabTime.today(for: lab))
    }
}

/// A demo's edits are stamped on the lab's own day at the clock time of the room.
@Suite struct LabMomentTests {
    @Test func theClockOfNowOnTheLabsDay() throws {
        let zone = try #require(ZoneRules(identifier: "Europe/Amsterdam"))
        // 6 December 2026, 02:15 UTC is 03:15 in Amsterdam.
        let now = Date(timeIntervalSince1970: TimeInterval(Day("2026-12-06")!.ordinal * 86_400 + 2 * 3_600 + 15 * 60))
        let moment = LabTime.moment(on: Day("2019-12-31")!, atClockOf: now, zone: zone)
        #expect(LabTime.display(Timestamp(moment), in: .nl, zone: zone) == "31 dec 2019 03:15")
        // In summer time the offset is two hours: the clock time stays the room's.
        let summer = LabTime.moment(on: Day("2019-07-01")!, atClockOf: now, zone: zone)
        #expect(LabTime.display(Timestamp(summer), in: .en, zone: zone) == "1 Jul 2019 03:15")
    }
}
