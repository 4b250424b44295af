// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// A day typed as the screens show it, as Dutch people write it, or as the files hold it.
@Suite struct DayInputTests {
    @Test(arguments: [
        ("2019-07-01", "2019-07-01"),
        ("1-7-2019", "2019-07-01"),
        ("01/07/2019", "2019-07-01"),
        ("1.7.2019", "2019-07-01"),
        ("1 jul 2019", "2019-07-01"),
        ("1 juli 2019", "2019-07-01"),
        ("1 Jul 2019", "2019-07-01"),
        ("1 July 2019", "2019-07-01"),
        ("14 mrt 2020", "2020-03-14"),
        ("14 maart 2020", "2020-03-14"),
        ("14 Mar 2020", "2020-03-14"),
        ("3 okt 2018", "2018-10-03"),
        ("3 Oct 2018", "2018-10-03"),
        ("30 sept. 2018", "2018-09-30"),
        ("31 mei 2019", "2019-05-31"),
        ("31  DEC  2019", "2019-12-31"),
    ])
    func readsADayInEveryWayItIsWritten(typed: String, day: String) {
        #expect(DayInput.parse(typed)?.description == day)
    }

    @Test(arguments: ["31 feb 2019", "1 ju 2019", "1 foo 2019", "1 jul 19", "jul 2019", "2019-7-1", "31-2-2020", "1 juli", ""])
    func refusesWhatIsNotADay(typed: String) {
        #expect(DayInput.parse(typed) == nil)
    }

    /// Whatever a screen shows as a day can be typed back into a form, in either language.
    @Test func everyDayAsTheScreenShowsItReadsBack() {
        var day = Day("2019-01-01")!
        while day.year == 2019 {
            for language in Language.allCases {
                #expect(DayInput.parse(LabTime.display(day, in: language)) == day, "\(LabTime.display(day, in: language))")
            }
            day = day.adding(days: 1)
        }
    }

    @Test func aFormSaysHowToWriteADay() throws {
        let field = try #require(FieldCatalogue.field(at: ["from"], of: .commitment)?.0)
        let refusal = FieldInput.value("32 dec 2019", for: field, context: .form(.nl), in: SampleLab.data)
        #expect(refusal == .failure(.unreadableDay("32 dec 2019")))
        #expect(ProblemKind.unreadableDay("32 dec 2019").message(in: .nl) == #"ongeldige datum "32 dec 2019"; schrijf 1 jul 2019, 1-7-2019 of 2019-07-01"#)
        #expect(FieldInput.value("1 jan 2020", for: field, context: .form(.nl), in: SampleLab.data) == .success(.string("2020-01-01")))
    }
}
