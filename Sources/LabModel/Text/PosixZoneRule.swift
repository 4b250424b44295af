// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A POSIX time zone rule as a zone file ends with: `CET-1CEST,M3.5.0,M10.5.0/3` is one hour ahead
/// of UTC, two in summer, from the last Sunday of March at 02:00 to the last Sunday of October at 03:00.
struct PosixZoneRule: Sendable {
    /// Offsets as seconds to add to UTC (POSIX writes them the other way round).
    let standardOffset: Int
    private let summer: Summer?

    private struct Summer: Sendable {
        let offset: Int
        let start: DateRule
        let startTime: Int
        let end: DateRule
        let endTime: Int
    }

    private enum DateRule: Sendable {
        case julianWithoutLeapDay(Int)
        case dayOfYear(Int)
        case weekday(month: Int, week: Int, weekday: Int)

        /// The day the rule names in `year`, as days since 1970.
        func ordinal(in year: Int) -> Int? {
            guard let newYear = Day(year: year, month: 1, day: 1)?.ordinal else { return nil }
            switch self {
            case .julianWithoutLeapDay(let number):
                let isLeap = Day.daysInMonth(2, of: year) == 29
                return newYear + number - 1 + (isLeap && number >= 60 ? 1 : 0)
            case .dayOfYear(let number):
                return newYear + number
            case .weekday(let month, let week, let weekday):
                guard let first = Day(year: year, month: month, day: 1)?.ordinal else { return nil }
                // 1 January 1970 was a Thursday (weekday 4, Sunday being 0).
                let firstWeekday = ((first + 4) % 7 + 7) % 7
                var day = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
                while day - first >= Day.daysInMonth(month, of: year) { day -= 7 }
                return day
            }
        }
    }

    init?(_ text: String) {
        var reader = Reader(bytes: Array(text.utf8))
        guard reader.name(), let standard = reader.offset() else { return nil }
        standardOffset = -standard
        guard !reader.isAtEnd else {
            summer = nil
            return
        }
        guard reader.name() else { return nil }
        let summerOffset = reader.offset().map { -$0 } ?? standardOffset + 3_600
        var start = DateRule.weekday(month: 3, week: 2, weekday: 0), end = DateRule.weekday(month: 11, week: 1, weekday: 0)
        var startTime = 7_200, endTime = 7_200
        if reader.skip(",") {
            guard let ruleStart = reader.dateRule() else { return nil }
            start = ruleStart
            if reader.skip("/") { guard let time = reader.offset() else { return nil }; startTime = time }
            guard reader.skip(","), let ruleEnd = reader.dateRule() else { return nil }
            end = ruleEnd
            if reader.skip("/") { guard let time = reader.offset() else { return nil }; endTime = time }
        }
        guard reader.isAtEnd else { return nil }
        summer = Summer(offset: summerOffset, start: start, startTime: startTime, end: end, endTime: endTime)
    }

    func offset(at seconds: Int) -> Int {
        guard let summer else { return standardOffset }
        let year = Day(containingSecond: seconds + standardOffset).year
        guard let startDay = summer.start.ordinal(in: year), let endDay = summer.end.ordinal(in: year) else { return standardOffset }
        // Summer time starts at a moment of standard time and ends at a moment of summer time.
        let start = startDay * 86_400 + summer.startTime - standardOffset
        let end = endDay * 86_400 + summer.endTime - summer.offset
        let inSummer = start < end ? (start <= seconds && seconds < end) : !(end <= seconds && seconds < start)
        return inSummer ? summer.offset : standardOffset
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var isAtEnd: Bool { position == bytes.count }

        mutating func skip(_ character: Character) -> Bool {
            guard position < bytes.count, bytes[position] == character.asciiValue else { return false }
            position += 1
            return true
        }

        /// `CET`, or a quoted name such as `<+0330>`.
        mutating func name() -> Bool {
            if skip("<") {
                guard let close = bytes[position...].firstIndex(of: UInt8(ascii: ">")), close > position else { return false }
                position = close + 1
                return true
            }
            let start = position
            while position < bytes.count, (65...90).contains(bytes[position]) || (97...122).contains(bytes[position]) { position += 1 }
            return position - start >= 3
        }

        /// `[+-]hh[:mm[:ss]]` in seconds, as written (west of Greenwich positive).
        mutating func offset() -> Int? {
            var sign = 1
            if skip("-") { sign = -1 } else { _ = skip("+") }
            guard let hours = number(), hours <= 167 else { return nil }
            var seconds = hours * 3_600
            if skip(":") {
                guard let minutes = number(), minutes < 60 else { return nil }
                seconds += minutes * 60
                if skip(":") {
                    guard let rest = number(), rest < 60 else { return nil }
                    seconds += rest
                }
            }
            return sign * seconds
        }

        mutating func dateRule() -> DateRule? {
            if skip("M") {
                guard let month = number(), (1...12).contains(month), skip("."), let week = number(), (1...5).contains(week),
                      skip("."), let weekday = number(), (0...6).contains(weekday) else { return nil }
                return .weekday(month: month, week: week, weekday: weekday)
            }
            if skip("J") {
                guard let day = number(), (1...365).contains(day) else { return nil }
                return .julianWithoutLeapDay(day)
            }
            guard let day = number(), (0...365).contains(day) else { return nil }
            return .dayOfYear(day)
        }

        private mutating func number() -> Int? {
            let start = position
            var value = 0
            while position < bytes.count, (48...57).contains(bytes[position]), position - start < 4 {
                value = value * 10 + Int(bytes[position] - 48)
                position += 1
            }
            return position > start ? value : nil
        }
    }
}
