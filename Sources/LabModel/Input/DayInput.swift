// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// A day as a person types it: as the screens show it (`1 jul 2019`, `1 juli 2019`, `1 Jul 2019`),
/// the Dutch way (`1-7-2019`, `1/7/2019`, `1.7.2019`), or as the files hold it (`2019-07-01`).
public enum DayInput {
    public static func parse(_ text: String) -> Day? {
        if let day = Day(text) { return day }
        // Three words with the month by name, else three numbers between dashes, slashes or dots.
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let byName = words.count == 3
        let parts = byName ? words : text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let year = Int(parts[2]),
              let month = byName ? month(named: String(parts[1])) : Int(parts[1]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The ways to write a day that a refusal and the command line's help name: `1 jul 2019, 1-7-2019 of 2019-07-01`.
    public static func ways(in language: Language) -> String {
        let shown = LabTime.display(Day(year: 2019, month: 7, day: 1)!, in: language)
        return "\(shown), 1-7-2019 \(language == .nl ? "of" : "or") 2019-07-01"
    }

    /// 1 to 12 for a month's name in Dutch or English: the short form the screens show (`mrt`,
    /// `okt`, `Oct`), or the full name or its first three letters or more (`maart`, `sept`, `October`).
    static func month(named typed: String) -> Int? {
        var word = typed.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        for language in Language.allCases {
            if let index = LabTime.monthAbbreviations(language).firstIndex(where: { $0.lowercased() == word }) { return index + 1 }
        }
        guard word.count >= 3 else { return nil }
        for names in fullMonthNames.values {
            if let index = names.firstIndex(where: { $0.hasPrefix(word) }) { return index + 1 }
        }
        return nil
    }

    private static let fullMonthNames: [Language: [String]] = [
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        .en: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
    ]
}
