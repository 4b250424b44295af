// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// A person's right to erasure: `forget partner ID --contact` removes a contact from every file (issue 14, point 8).
@Suite struct ForgetTests {
    @Test func aContactIsErasedFromTheFilesTheJournalAndTheHistory() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        for (name, email) in [("Jan Geheim", "jan.geheim@example.nl"), ("Jan Geheim", "jan.nieuw@example.nl")] {
            #expect(try Run(["update", "partner", "ing", "--data", folder, "--contact-name", name, "--contact-email", email]).status == 0)
        }
        #expect(try Run(["compact", "--data", folder]).status == 0)
        #expect(try Run(["update", "partner", "ing", "--data", folder, "--contact-name", "Jan Geheim", "--contact-email", "jan.derde@example.nl"])
                    .status == 0)

        let forget = try Run(["forget", "partner", "ing", "--contact", "--data", folder, "--author", "privacy"])
        #expect(forget.status == 0, "\(forget.error)")
        #expect(forget.output.hasPrefix("De contactpersoon van ing is gewist uit de bestanden, het journaal en "))
        for (name, contents) in scratch.contents(of: folder) {
            let text = String(decoding: contents, as: UTF8.self)
            #expect(!text.contains("Geheim") && !text.contains("jan.geheim") && !text.contains("jan.nieuw") && !text.contains("jan.derde"),
                    "\(name) still holds the contact")
        }
        #expect(DataFolder(path: folder).load().data?.partner("ing")?.contact == nil)
        #expect(try Run(["check", "--data", folder]).status == 0)
        let log = try Run(["log", "--data", folder, "--entity", "ing"]).output
        #expect(log.contains("privacy  partner ing  revisie") && log.contains("    Contactpersoon: gewist op verzoek\n"), "\(log)")
        #expect(try Run(["forget", "partner", "ing", "--contact", "--data", folder]).status == 0, "again, it finishes without harm")
    }

    @Test func whatToForgetMustBeSaid() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let run = try Run(["forget", "partner", "ing", "--data", folder])
        #expect(run.status == 2)
        #expect(run.error.contains("--contact"))
    }
}
