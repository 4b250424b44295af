// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// `import` and `export` by the real binary on a real folder: a Dutch Excel sheet in, the second
/// import a no-op, a refused sheet writing nothing, the export importing back as nothing to do.
@Suite struct ImportExportTests {
    private let sheet = """
        \u{FEFF}Partner;Project;Soort;Bedrag;Eenheid;Van;Tot;Status
        ING;Jongeren Perspectief Fonds;Geld;30.000;EUR;1-1-2020;31-12-2020;toegezegd
        Stichting Nieuw;fiKks;uren;120;uur;2020-01-01;;voorgesteld

        """

    private func journalLines(_ folder: String) -> Int {
        ((try? String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test func aSheetComesInOnceAndTheSecondTimeChangesNothing() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let file = scratch.file("toezeggingen.csv")
        try Data(sheet.utf8).write(to: URL(fileURLWithPath: file))

        let refused = try Run(["import", file, "--data", folder, "--author", "anna"])
        #expect(refused.status == 1)
        #expect(refused.output.contains("rij 3: geweigerd:\n  kolom A (Partner): er is geen partner \"Stichting Nieuw\""), "\(refused.output)")
        #expect(refused.error.contains("Er is niets opgeslagen: rij 3 heeft een probleem."), "\(refused.error)")
        #expect(journalLines(folder) == 0)

        let dry = try Run(["import", file, "--data", folder, "--create-missing", "--dry-run"])
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("Proefdraai, er is niets opgeslagen: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 geweigerd; 1 nieuwe partner."), "\(dry.output)")
        #expect(journalLines(folder) == 0)

        let saved = try Run(["import", file, "--data", folder, "--create-missing", "--author", "anna"])
        #expect(saved.status == 0, "\(saved.error)")
        #expect(saved.output.hasPrefix("Blad \"toezeggingen.csv\": kopregel op rij 1, 8 kolommen gelezen, de rijen eronder als toezeggingen\n"), "\(saved.output)")
        #expect(saved.output.contains("rij 2: nieuw: toezegging c-0094 (ING · Jongeren Perspectief Fonds · geld · € 30.000)"), "\(saved.output)")
        #expect(saved.output.hasSuffix("Opgeslagen: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 geweigerd; 1 nieuwe partner.\n"))
        #expect(journalLines(folder) == 3)
        let data = try #require(DataFolder(path: folder).load().data)
        #expect(data.commitment("c-0094")?.amount == Quantity(30_000))
        #expect(data.commitment("c-0095")?.partner == "stichting-nieuw")
        #expect(data.commitment("c-0094")?.stamp.updatedBy == "anna")

        let again = try Run(["import", file, "--data", folder, "--author", "anna", "--lang", "en"])
        #expect(again.status == 0, "\(again.error)")
        #expect(again.output.hasSuffix("Nothing to do: the sheet is in already.\n"), "\(again.output)")
        #expect(journalLines(folder) == 3)
    }

    @Test(arguments: ["lab.xlsx", "lab.csv"])
    func anExportImportsBackAsNothingToDo(name: String) throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let file = scratch.file(name)
        let export = try Run(["export", file, "--data", folder] + (name.hasSuffix(".csv") ? ["--pane", "toezeggingen"] : []))
        #expect(export.status == 0, "\(export.error)")
        #expect(export.output.contains("Toezeggingen: 93"), "\(export.output)")
        for sheet in name.hasSuffix(".xlsx") ? ["Partners", "Projecten", "Toezeggingen"] : [nil] {
            let back = try Run(["import", file, "--data", folder, "--dry-run"] + (sheet.map { ["--sheet", $0] } ?? []))
            #expect(back.status == 0, "\(back.error)")
            #expect(back.output.contains(" nieuw, 0 gewijzigd,") && back.output.contains("Proefdraai, er is niets opgeslagen: 0 nieuw, 0 gewijzigd"), "\(back.output)")
        }
    }

    @Test func aFilteredExportHoldsTheRowsThePaneWouldShow() throws {
        let scratch = Scratch()
        let file = scratch.file("aegon.csv")
        let export = try Run(["export", file, "--pane", "commitments", "--filter", "aegon", "--lang", "en"])
        #expect(export.status == 0, "\(export.error)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("Id,Partner,Project,Kind,Amount,Unit,Value,From,Until,State,Note\r\n"))
        let rows = text.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 1)
        #expect(rows.allSatisfy { $0.contains(",Aegon,") }, "\(text)")
    }

    @Test func anExportTakesFieldTermsAndRefusesOneItCannotRead() throws {
        let scratch = Scratch()
        let file = scratch.file("voorgesteld.csv")
        let export = try Run(["export", file, "--pane", "commitments", "--filter", "status:voorgesteld waarde>=10.000"])
        #expect(export.status == 0, "\(export.error)")
        let rows = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(";voorgesteld;") }, "\(rows)")
        let refused = try Run(["export", scratch.file("niets.csv"), "--pane", "commitments", "--filter", "waarde>abc"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("--filter: waarde: \"abc\" is geen getal"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("niets.csv")))
    }

    @Test func aFIFOWhereTheSheetShouldBeIsRefusedAtOnce() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let fifo = scratch.file("blad.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        let run = try Run(["import", fifo, "--data", folder])
        #expect(run.status == 2)
        #expect(run.error.contains("blad.csv: dit is geen gewoon bestand"), "\(run.error)")
        let export = try Run(["export", fifo, "--data", folder, "--lang", "en"])
        #expect(export.status == 2)
        #expect(export.error.contains("blad.csv: this is not a regular file (a folder or a device?); nothing was written."), "\(export.error)")
    }
}
