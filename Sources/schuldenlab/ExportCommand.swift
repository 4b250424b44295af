// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel
import LabSheets
import LabViews

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Schrijf tabellen naar een spreadsheet. / Write tables to a spreadsheet.",
        discussion: "FILE.xlsx gets a sheet per table (partners, projects, commitments, or the one --pane names); FILE.csv one table "
            + "(--pane, default the commitments), for Dutch Excel in Dutch and as RFC 4180 in English (or --excel-nl). "
            + "Numbers and dates are real numbers, so a spreadsheet sums and sorts them; the file imports back unchanged. "
            + "--filter keeps the rows the pane would show with that filter typed."
    )

    @OptionGroup var options: CommonOptions
    @Argument(help: ArgumentHelp("The file to write: .xlsx or .csv.", valueName: "FILE")) var file: String
    @Option(help: "The table: partners, projects or commitments (Dutch names too: toezeggingen, projecten).") var pane: String?
    @Option(help: "Only the rows that match, as the pane's filter matches them (words in any column; field:value, waarde>10000).") var filter: String?
    @Flag(name: .customLong("excel-nl"), help: "CSV for Dutch Excel (semicolons, decimal comma, byte-order mark), whatever the language.")
    var excelDutch = false

    func run() throws {
        let (data, _, day, language) = try options.usableLab()
        let panes = try chosenPanes(language: language)
        let sheets = try panes.map { pane in
            let kind = PaneRows.kind(of: pane)!
            switch PaneRows.entities(in: pane, filter: filter ?? "", data: data, language: language, day: day) {
            case .success(let entities):
                return ExportSheet.sheet(kind, entities, data: data, language: language)
            case .failure(let problem):
                Output.error("--filter: \(problem.message(in: language))" + (language == .nl ? "; er is niets geschreven.\n" : "; nothing was written.\n"))
                throw ExitCode(2)
            }
        }
        let dialect: CSVDialect = excelDutch || language == .nl ? .excelDutch : .rfc4180
        switch SheetFile.write(sheets, to: file, language: language, dialect: dialect) {
        case .success:
            let counts = sheets.map { "\($0.name): \(NumberFormat.display(Quantity($0.rows.count - 1), in: language))" }.joined(separator: ", ")
            Output.out((language == .nl ? "Geschreven: \(file) (" : "Written: \(file) (") + counts + ")\n")
        case .failure(let failure):
            Output.error(failure.message(in: language) + (language == .nl ? "; er is niets geschreven.\n" : "; nothing was written.\n"))
            throw ExitCode(2)
        }
    }

    private func chosenPanes(language: Language) throws -> [PaneID] {
        guard let pane else {
            return SheetFile.Format(path: file) == .csv ? [.commitments] : [.partners, .projects, .commitments]
        }
        guard let chosen = PaneID(name: pane), PaneRows.kind(of: chosen) != nil else {
            throw ValidationError("--pane \(pane.visible): " + (language == .nl ? "kies partners, projecten of toezeggingen" : "choose partners, projects or commitments"))
        }
        return [chosen]
    }
}
