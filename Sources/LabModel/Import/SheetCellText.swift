// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// A cell as a person would have typed it into the field's form, so that a sheet is read by the same
/// rules as a form: a number in the sheet's language, a date as a date, an Excel date serial as its day.
enum SheetCellText {
    static func text(_ cell: SheetCell, for field: FieldDescriptor, language: Language) -> String? {
        switch cell {
        case .empty:
            return nil
        case .text(let text):
            let trimmed = text.trimmingWhitespace()
            if trimmed.isEmpty { return nil }
            // Five digits in a date column are a date that lost its format on the way (45292 is 2024-01-01).
            if case .day = field.shape, trimmed.count == 5, let serial = Int(trimmed), let day = ExcelSerial.day(serial) { return day.description }
            return trimmed
        case .number(let plain):
            if case .day = field.shape, let serial = Int(plain.split(separator: ".")[0]), let day = ExcelSerial.day(serial) { return day.description }
            return written(plain, in: language)
        case .money(let money):
            return written(money.plainText, in: language)
        case .day(let day):
            return day.description
        }
    }

    /// The plain number as the language writes it, without grouping: `1234,5` in Dutch.
    private static func written(_ plain: String, in language: Language) -> String {
        language == .nl ? plain.replacing(".", with: ",") : plain
    }
}

/// Days as spreadsheets count them: 1 is 1900-01-01, and 60 the 29th of February 1900 that Lotus 1-2-3
/// counted and Excel still counts, though it never was.
public enum ExcelSerial {
    /// Serial 25569 is 1970-01-01, the day the program counts from.
    private static let unixEpoch = 25_569

    public static func day(_ serial: Int) -> Day? {
        switch serial {
        case 1..<60: Day(ordinal: serial - unixEpoch + 1)
        case 61...2_958_465: Day(ordinal: serial - unixEpoch)
        default: nil
        }
    }

    public static func serial(of day: Day) -> Int {
        let serial = day.ordinal + unixEpoch
        return serial < 61 ? serial - 1 : serial
    }
}
