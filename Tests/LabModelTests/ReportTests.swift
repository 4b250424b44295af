// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// The report of the fixture in each format, against expected files checked by eye.
/// `SCHULDENLAB_UPDATE_EXPECTED=1 swift test` writes them anew after a deliberate change.
@Suite struct ReportTests {
    private static let expectedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    private func report(_ language: Language) -> Report {
        ReportBuilder(data: Fixture.data, referenceDate: Fixture.day, language: language).build()
    }

    private func compare(_ actual: String, with name: String) throws {
        let url = Self.expectedFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SCHULDENLAB_UPDATE_EXPECTED"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(actual == expected)
    }

    @Test func markdownInDutch() throws {
        try compare(report(.nl).rendered(as: .markdown), with: "report-nl.md")
    }

    @Test func markdownInEnglish() throws {
        try compare(report(.en).rendered(as: .markdown), with: "report-en.md")
    }

    @Test func csvFollowsRFC4180() throws {
        let csv = report(.en).rendered(as: .csv)
        try compare(csv, with: "report-en.csv")
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Read back as a spreadsheet reads it, quoted commas and all.
        let sheet = try CSVFormat.read(Array(csv.utf8), name: "report", dialect: .rfc4180).get().sheet
        #expect(sheet.rows.count == csv.components(separatedBy: "\r\n").count - 1)
        #expect(Set(sheet.rows.map(\.cells.count)).count == 1, "every record has the same number of fields")
    }

    @Test func csvForDutchExcel() throws {
        let csv = report(.nl).rendered(as: .csv, excelDutch: true)
        try compare(csv, with: "report-nl-excel.csv")
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains(";Gedeeld;2;0,00;0,20;0,10;0,30;"))
    }

    @Test func json() throws {
        let text = report(.en).rendered(as: .json)
        try compare(text, with: "report-en.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["referenceDate"] as? String == "2020-06-30")
    }

    @Test func moneyAddsUpExactly() {
        // The shared support holds 0.10 delivered and 0.20 pledged.
        let markdown = report(.nl).rendered(as: .markdown)
        #expect(markdown.contains("|  | Gedeeld | 2 | € 0,00 | € 0,20 | € 0,10 | € 0,30 |"))
        #expect(report(.en).rendered(as: .json).contains("\"firm\": 0.3"))
    }

    /// The fixture's report with the bank renamed.
    private func report(bankNamed name: String, in language: Language) -> Report {
        let data = Fixture.data
        var partners = data.partners
        partners[1].name = name
        let renamed = LabData(lab: data.lab, partners: partners, projects: data.projects, commitments: data.commitments)
        return ReportBuilder(data: renamed, referenceDate: Fixture.day, language: language).build()
    }

    @Test func dataCannotBreakTheMarkdownOrTheTerminal() {
        let markdown = report(bankNamed: "Bank | \u{1B}[31m*rood*", in: .nl).rendered(as: .markdown)
        #expect(markdown.contains("| bank | Bank \\| ␛\\[31m\\*rood\\* |"))
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func csvQuotesAndDefusesFormulas() {
        let csv = report(bankNamed: "=HYPERLINK(\"x\"), \"Bank\"", in: .en).rendered(as: .csv)
        #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\"), \"\"Bank\"\"\","))
    }

    /// Found by the hostile suite: a name with a window-title escape went into the CSV as it was,
    /// and so onto the terminal of whoever printed the report.
    @Test func csvShowsControlCharactersInsteadOfSendingThem() {
        let csv = report(bankNamed: "Bank\u{1B}]0;PWNED\u{07}\u{9B}31m", in: .en).rendered(as: .csv)
        #expect(csv.contains(",Bank␛]0;PWNED␇<U+009B>31m,"))
        #expect(!csv.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
    }

    /// Contact names and e-mail addresses are personal data: in the report by default, for the
    /// people who call partners, and left out for a wider audience.
    @Test(arguments: [ReportFormat.markdown, .csv, .json])
    func contactsAreInTheReportUnlessLeftOut(format: ReportFormat) {
        func rendered(includingContacts: Bool) -> String {
            ReportBuilder(data: SampleLab.data, referenceDate: SampleLab.asOf, language: .nl, includesContacts: includingContacts)
                .build().rendered(as: format)
        }
        let contacts = SampleLab.data.partners.compactMap(\.contact)
        #expect(contacts.count >= 5)
        let full = rendered(includingContacts: true)
        #expect(full.contains("impact@cz.example"))
        let without = rendered(includingContacts: false)
        for contact in contacts {
            #expect(!without.contains(contact.email), "\(contact.email)")
            #expect(!without.contains(contact.name), "\(contact.name)")
        }
    }
}
