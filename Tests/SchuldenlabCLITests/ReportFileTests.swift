// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
import LabSheets

/// The report for the minutes as a file: HTML rendered by a real headless browser, and a workbook.
@Suite struct ReportFileTests {
    private func editedSample(_ scratch: Scratch) throws -> String {
        let folder = try scratch.sampleFolder()
        #expect(try Run(["update", "commitment", "c-0006", "--state", "geleverd", "--data", folder, "--author", "bram"]).status == 0)
        return folder
    }

    private var today: String { LabTime.today(for: SampleLab.data.lab).description }

    @Test func theHTMLReportRendersInChromiumWithEveryPart() throws {
        let scratch = Scratch()
        let folder = try editedSample(scratch)
        let html = scratch.file("verslag.html")
        let made = try Run(["report", "--format", "html", "-o", html, "--data", folder, "--since", today])
        #expect(made.status == 0, "\(made.error)")
        let text = try String(contentsOfFile: html, encoding: .utf8)
        #expect(!text.contains("<script") && !text.contains(" src=") && !text.contains("href="), "self-contained: nothing is fetched or run")
        #expect(text.contains("@media print") && text.contains("@page { size: A4"))

        let browser = ["/usr/bin/env", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
        let dom = try Run(command: browser + ["--dump-dom", "file://" + html])
        #expect(dom.status == 0, "\(dom.error)")
        for part in ["Schuldenlab070 — stand per 2019-12-31", "Hard toegezegd per soort", "Projecten per arrangement", "Wie werkt waaraan",
                     "trekker van het project", "Gedeelde ondersteuning (programmabureau): wie draagt nog niet bij", "Vraagt aandacht",
                     "Gewijzigde toezeggingen", "Status: toegezegd → geleverd", "Vooruitblik: wat loopt per kwartaal"] {
            #expect(dom.output.contains(part), "\(part)")
        }
        #expect(dom.output.components(separatedBy: "<svg").count - 1 == 5, "a chart each for kinds, stages, arrangements, coverage and the horizon")
        let picture = scratch.file("verslag.png")
        #expect(try Run(command: browser + ["--window-size=1100,1600", "--screenshot=" + picture, "file://" + html]).status == 0)
        let png = try FileBytes.read(picture)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 20_000, "a picture with something in it")
    }

    @Test func aNameWithMarkupIsShownNotObeyed() throws {
        var data = SampleLab.data
        var partner = data.partner("ing")!
        partner.name = "<script>alert(1)</script> & \u{1B}[31mrood"
        data.put(.partner(partner))
        let html = ReportBuilder(data: data, referenceDate: SampleLab.asOf, language: .en).build().rendered(as: .html)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "))
        #expect(!html.contains("\u{1B}"))
    }

    @Test func theWorkbookHasASheetPerSection() throws {
        let scratch = Scratch()
        let folder = try editedSample(scratch)
        let file = scratch.file("verslag.xlsx")
        let made = try Run(["report", "--format", "xlsx", "-o", file, "--data", folder, "--since", today, "--lang", "en"])
        #expect(made.status == 0, "\(made.error)")
        let bytes = try FileBytes.read(file)
        let names = try XLSXReading.sheetNames(bytes).get()
        #expect(names.first == "Summary")
        #expect(names.contains("Changed commitments"))
        #expect(names.allSatisfy { $0.count <= 31 && !$0.contains(":") })
        #expect(Set(names).count == names.count)
        let changed = try XLSXReading.read(bytes, sheet: "Changed commitments").get()
        #expect(changed.rows[1].cells.prefix(4) == [.text("c-0006"), .text("ING"), .text("Shared support (programme office)"),
                                                    .text("State: pledged → delivered")])
        let refused = try Run(["report", "--format", "xlsx"])
        #expect(refused.status != 0)
        #expect(refused.error.contains("--format xlsx writes a workbook: name it with --output FILE.xlsx"))
    }
}
