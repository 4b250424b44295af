// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Moments as the lab reads them: in its own time zone, `1 dec 2026 21:17` or `1 Dec 2026 21:17`.
/// Worked out by arithmetic on the RFC 3339 text, without a date formatter, so that a log of many
/// thousand edits is shown without delay.
public enum LabTime {
    public static let defaultZone = "Europe/Amsterdam"

    public static func zone(of lab: Lab) -> ZoneRules {
        lab.timeZone.flatMap(ZoneRules.init(identifier:)) ?? ZoneRules(identifier: defaultZone) ?? .utc
    }

    public static func display(_ timestamp: Timestamp, in language: Language, zone: ZoneRules) -> String {
        guard let local = local(timestamp, zone: zone) else { return timestamp.text }
        return display(local.day, in: language) + " " + two(local.minutes / 60) + ":" + two(local.minutes % 60)
    }

    /// Only the clock (`14:05`) for a moment on `today`, else as `display`.
    public static func display(_ timestamp: Timestamp, in language: Language, zone: ZoneRules, today: Day) -> String {
        guard let local = local(timestamp, zone: zone), local.day == today else { return display(timestamp, in: language, zone: zone) }
        return two(local.minutes / 60) + ":" + two(local.minutes % 60)
    }

    /// A day as every screen shows it: `16 dec 2019`, `16 Dec 2019`.
    public static func display(_ day: Day, in language: Language) -> String {
        "\(day.day) \(monthAbbreviations(language)[day.month - 1]) \(day.year)"
    }

    /// Today in the lab's time zone: a status update posted at night in another zone is dated as the lab lives it.
    public static func today(for lab: Lab, now: Date = Date()) -> Day {
        Day.today(now: now, zone: zone(of: lab))
    }

    /// The moment on `day` at the time of day the lab's clock shows at `now`: what a demo that reads as
    /// of an earlier day stamps its edits with, so that the room sees them on that day.
    public static func moment(on day: Day, atClockOf now: Date, zone: ZoneRules) -> Date {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down))
        let clock = ((seconds + zone.secondsFromGMT(for: now)) % 86_400 + 86_400) % 86_400
        let local = day.ordinal * 86_400 + clock
        return Date(timeIntervalSince1970: TimeInterval(local - zone.secondsFromGMT(at: local)))
    }

    /// The day a moment falls on in the lab's time zone.
    public static func day(of timestamp: Timestamp, zone: ZoneRules) -> Day {
        local(timestamp, zone: zone)?.day ?? timestamp.day
    }

    /// Seconds since 1970 in UTC, whatever offset the text was written with.
    public static func seconds(of timestamp: Timestamp) -> Int? {
        let bytes = Array(timestamp.text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return nil }
        var offset = 0
        if let sign = bytes.last(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }),
           let position = bytes.lastIndex(of: sign), position > 18,
           let offsetHours = number(position + 1, 2), let offsetMinutes = number(position + 4, 2) {
            offset = (offsetHours * 60 + offsetMinutes) * 60 * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        return timestamp.day.ordinal * 86_400 + hour * 3_600 + minute * 60 + second - offset
    }

    private static func local(_ timestamp: Timestamp, zone: ZoneRules) -> (day: Day, minutes: Int)? {
        guard let utc = seconds(of: timestamp) else { return nil }
        let shifted = utc + zone.secondsFromGMT(at: utc)
        let day = Day(containingSecond: shifted)
        return (day, (shifted - day.ordinal * 86_400) / 60)
    }

    static func monthAbbreviations(_ language: Language) -> [String] {
        language == .nl ? ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
