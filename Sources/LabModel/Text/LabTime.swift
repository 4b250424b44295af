import Foundation

/// Moments as the lab reads them: in its own time zone, `1 dec 2026 21:17` or `1 Dec 2026 21:17`.
public enum LabTime {
    public static let defaultZone = "Europe/Amsterdam"

    public static func zone(of lab: Lab) -> TimeZone {
        lab.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: defaultZone) ?? .gmt
    }

    public static func display(_ timestamp: Timestamp, in language: Language, zone: TimeZone) -> String {
        guard let date = date(of: timestamp) else { return timestamp.text }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let month = monthNames(language)[(parts.month ?? 1) - 1]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 0) " + two(parts.hour ?? 0) + ":" + two(parts.minute ?? 0)
    }

    /// The day a moment falls on in the lab's time zone.
    public static func day(of timestamp: Timestamp, zone: TimeZone) -> Day {
        guard let date = date(of: timestamp) else { return timestamp.day }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1) ?? timestamp.day
    }

    public static func date(of timestamp: Timestamp) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: timestamp.text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: timestamp.text)
    }

    fileprivate static func monthNames(_ language: Language) -> [String] {
        language == .nl ? ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

extension LabTime {
    /// A day as in the log: `16 dec 2019`.
    public static func display(_ day: Day, in language: Language) -> String {
        "\(day.day) \(monthNames(language)[day.month - 1]) \(day.year)"
    }
}
