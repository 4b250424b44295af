// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The day every "within N days" figure counts from: a date given on the command line,
/// else the lab's own `asOf`, else today.
public enum ReferenceDate {
    public static func resolve(given: Day?, lab: Lab, today: Day) -> Day {
        given ?? lab.asOf ?? today
    }

    /// As above, with today as it is in the lab's time zone, not the machine's.
    public static func resolve(given: Day? = nil, lab: Lab) -> Day {
        resolve(given: given, lab: lab, today: LabTime.today(for: lab))
    }
}
