// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// Numbers from files and options are bounded, so that counting on from them never traps (issue 14, point 3).
@Suite struct BoundedNumbersTests {
    @Test func anIdWithAHugeNumberDoesNotStopTheNextOne() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let huge = try Run(["add", "commitment", "--data", folder, "--id", "c-9223372036854775807", "--partner", "ing", "--kind", "money",
                            "--amount", "1", "--unit", "EUR"])
        #expect(huge.status == 0, "\(huge.error)")
        let next = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "money", "--amount", "1", "--unit", "EUR"])
        #expect(next.status == 0 && next.output == "c-0094\n", "\(next.status) \(next.error)")
        #expect(try Run(["check", "--data", folder]).status == 0)
    }

    @Test func aRevisionOrAnAmountOutOfRangeIsReportedWithItsPlace() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let file = folder + "/commitments.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var edited = text.replacingOccurrences(of: "\"revision\": 1,", with: "\"revision\": 9223372036854775807,", options: [], range: text.range(of: "\"revision\": 1,"))
        edited = edited.replacingOccurrences(of: "\"amount\": 150000,", with: "\"amount\": 1000000000000,")
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let check = try Run(["check", "--data", folder, "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.output.contains("$.commitments[0].revision: revision \"9223372036854775807\" must be a whole number from 1 to 1,000,000,000"),
                "\(check.output)")
        #expect(check.output.contains("$.commitments[0].amount: amount \"1000000000000\" does not fit: at most 4 decimals and below 1 trillion"),
                "\(check.output)")
        let update = try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "x"])
        #expect(update.status == 1, "refused with the folder's problems, not a trap: \(update.error)")
    }

    @Test func aTypedAmountOfABillionOrMoreIsRefused() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let run = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "money", "--amount", "1000000000000",
                           "--unit", "EUR"])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("--amount: \"1000000000000\" is te groot"), "\(run.error)")
    }
}
