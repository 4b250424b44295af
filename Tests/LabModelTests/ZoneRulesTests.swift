// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// The program reads zones from the zone database itself; the full Foundation (with ICU, as the
/// program used before) must agree with it on every offset.
@Suite struct ZoneRulesTests {
    @Test(arguments: ["Europe/Amsterdam", "America/Curacao", "America/Paramaribo", "Pacific/Kiritimati", "America/Adak",
                      "Australia/Sydney", "Asia/Tehran", "America/Santiago", "Europe/Dublin", "Africa/Casablanca", "UTC"])
    func offsetsAgreeWithFoundationsTimeZone(name: String) throws {
        let ours = try #require(ZoneRules(identifier: name))
        let theirs = try #require(TimeZone(identifier: name))
        var generator = SimulatorTests.SeededGenerator(state: UInt64(name.utf8.count))
        // From 1970 (before it, ICU's copy of the database merges zones that agree since then) to 2090,
        // past the last transition of every file, where the POSIX rule takes over.
        for _ in 0..<3_000 {
            let seconds = Int.random(in: 0...3_786_912_000, using: &generator)
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(ours.secondsFromGMT(at: seconds) == theirs.secondsFromGMT(for: date), "\(name) at \(date)")
        }
    }

    @Test func summerTimeChangesAtTheSecondItShould() throws {
        let zone = try #require(ZoneRules(identifier: "Europe/Amsterdam"))
        // 29 March 2026, 01:00 UTC: 02:00 becomes 03:00; 25 October 2026, 01:00 UTC: 03:00 becomes 02:00.
        let spring = Day("2026-03-29")!.ordinal * 86_400 + 3_600, autumn = Day("2026-10-25")!.ordinal * 86_400 + 3_600
        #expect(zone.secondsFromGMT(at: spring - 1) == 3_600 && zone.secondsFromGMT(at: spring) == 7_200)
        #expect(zone.secondsFromGMT(at: autumn - 1) == 7_200 && zone.secondsFromGMT(at: autumn) == 3_600)
        // Far past the file's transitions the POSIX rule at its end gives the same.
        let later = Day("2099-07-01")!.ordinal * 86_400, winter = Day("2099-12-01")!.ordinal * 86_400
        #expect(zone.secondsFromGMT(at: later) == 7_200 && zone.secondsFromGMT(at: winter) == 3_600)
    }

    @Test(arguments: [
        ("CET-1CEST,M3.5.0,M10.5.0/3", "2026-07-01", 7_200), ("CET-1CEST,M3.5.0,M10.5.0/3", "2026-01-15", 3_600),
        ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-01-15", 39_600), ("AEST-10AEDT,M10.1.0,M4.1.0/3", "2026-07-01", 36_000),
        ("<+0330>-3:30", "2026-07-01", 12_600), ("<-03>3<-02>,M3.2.0,M11.1.0", "2026-07-01", -7_200),
        ("EST5EDT,J60/2,300", "2026-07-01", -14_400), ("UTC0", "2026-07-01", 0),
    ])
    func posixRulesAreRead(rule: String, day: String, offset: Int) throws {
        let parsed = try #require(PosixZoneRule(rule))
        #expect(parsed.offset(at: Day(day)!.ordinal * 86_400 + 43_200) == offset)
    }

    @Test(arguments: ["", "CE", "CET", "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.5.0", "<CET-1"])
    func brokenPosixRulesAreRefused(rule: String) {
        #expect(PosixZoneRule(rule) == nil)
    }

    @Test(arguments: ["Mars/Olympus", "../../etc/passwd", "Europe/../../etc/passwd", "/etc/localtime", "Europe/", "Europe//Amsterdam",
                      "Europe/Amsterdam\u{0}"])
    func onlyZonesOfTheDatabaseAreKnown(name: String) {
        #expect(ZoneRules(identifier: name) == nil)
    }
}
