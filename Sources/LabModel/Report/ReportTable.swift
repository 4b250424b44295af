/// One value in a report, typed so that each format can write it its own way.
public enum ReportCell: Sendable, Hashable {
    case text(String)
    case money(Money)
    case count(Int)
    case day(Day?)
}

public struct ReportColumn: Sendable, Hashable {
    public let id: String
    public let title: String
    /// Numbers are aligned right in text formats.
    public let isNumeric: Bool
}

/// A titled table of the report; a section with no rows says so in `emptyNote`.
public struct ReportSection: Sendable, Hashable {
    public let id: String
    public let title: String
    public let columns: [ReportColumn]
    public let rows: [[ReportCell]]
    public let emptyNote: String
}

public struct Report: Sendable, Hashable {
    public let title: String
    public let referenceDate: Day
    public let language: Language
    public let sections: [ReportSection]
}
