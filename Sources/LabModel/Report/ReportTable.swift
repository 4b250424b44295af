// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// One value in a report, typed so that each format can write it its own way.
public enum ReportCell: Sendable, Hashable {
    case text(String)
    case money(Money)
    case count(Int)
    case day(Day?)
    /// A measured figure, to so many decimals; `nil` where the measure has no value.
    case figure(Double?, digits: Int)
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
    /// The overview's and the arrangements' figures as bars, for the formats that draw.
    public var charts: [ReportChart] = []
    public var matrix: ReportMatrix?
}

/// Bars of one measure: euros or a count per label.
public struct ReportChart: Sendable, Hashable {
    public enum Unit: Sendable, Hashable { case euros, count }

    public struct Bar: Sendable, Hashable {
        public let label: String
        /// Cents for euros, else the count.
        public let value: Int64
    }

    public let title: String
    public let unit: Unit
    public let bars: [Bar]
}

/// Who works on what: a row per partner, a column per project, a symbol per cell, and what each symbol means.
public struct ReportMatrix: Sendable, Hashable {
    public let title: String
    public let columns: [String]
    public let rows: [(label: String, cells: [String])]
    public let legend: [(symbol: String, meaning: String)]

    public static func == (left: ReportMatrix, right: ReportMatrix) -> Bool {
        left.title == right.title && left.columns == right.columns && left.rows.map(\.label) == right.rows.map(\.label)
            && left.rows.map(\.cells) == right.rows.map(\.cells) && left.legend.map(\.symbol) == right.legend.map(\.symbol)
            && left.legend.map(\.meaning) == right.legend.map(\.meaning)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(columns)
        for row in rows { hasher.combine(row.label); hasher.combine(row.cells) }
    }
}
