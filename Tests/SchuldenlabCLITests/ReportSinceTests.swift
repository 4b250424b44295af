// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// `report --since` by the real binary, after edits made with the binary itself.
@Suite struct ReportSinceTests {
    @Test func editsMadeTodayAreReportedSinceToday() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        #expect(try Run(["update", "commitment", "c-0006", "--state", "geleverd", "--data", folder, "--author", "bram"]).status == 0)
        #expect(try Run(["withdraw", "commitment", "c-0007", "--data", folder, "--author", "carla"]).status == 0)
        let today = LabTime.today(for: SampleLab.data.lab).description
        let dutch = try Run(["report", "--since", today, "--data", folder])
        #expect(dutch.status == 0, "\(dutch.error)")
        #expect(dutch.output.contains("| c-0006 | ING | Gedeelde ondersteuning (programmabureau) | Status: toegezegd → geleverd | bram |"), "\(dutch.output)")
        #expect(dutch.output.contains("| c-0007 | Rabobank | Gedeelde ondersteuning (programmabureau) | € 20.000,00 | carla |"), "\(dutch.output)")
        let english = try Run(["report", "--since", today, "--data", folder, "--lang", "en", "--format", "csv"])
        #expect(english.output.contains("Changed commitments,c-0006,ING,Shared support (programme office),State: pledged → delivered,bram,"), "\(english.output)")
        let tomorrow = try Run(["report", "--since", Day(today)!.adding(days: 1).description, "--data", folder, "--lang", "en"])
        #expect(tomorrow.output.contains("No changed commitments."), "\(tomorrow.output)")
    }

    @Test func aDayThatIsNoDayIsRefused() throws {
        let run = try Run(["report", "--since", "31-2-2020"])
        #expect(run.status != 0)
        #expect(run.error.contains(#"--since: invalid date "31-2-2020"; write 1 Jul 2019, 1-7-2019 or 2019-07-01"#), "\(run.error)")
    }
}
