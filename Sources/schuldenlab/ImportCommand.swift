// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel
import LabSheets

extension EntityKind: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Neem een spreadsheet over (.xlsx of .csv). / Take in a spreadsheet (.xlsx or .csv).",
        discussion: "Columns are matched to fields by their header in Dutch or English; partners and projects by id or name. "
            + "Each row becomes an edit, checked as a form checks it; nothing is saved unless every row passes (or --skip-invalid). "
            + "A row that matches a commitment already there (by id, or by partner, project, kind and period) changes it, "
            + "so importing the same sheet twice changes nothing the second time. "
            + "A mapping file (JSON; `schuldenlab schema import-map`) names the field of a header the program does not know; "
            + "kept as import-map.json in the data folder it is used without --map. "
            + "Exit 0 saved (or nothing to do), 1 refused, 2 the file or the folder cannot be read or written."
    )

    @OptionGroup var edit: EditOptions
    @Argument(help: ArgumentHelp("The spreadsheet: .xlsx, or .csv (RFC 4180 or Dutch Excel).", valueName: "FILE")) var file: String
    @Option(help: "The sheet of a workbook to read (default: the mapping's, else the first).") var sheet: String?
    @Option(help: ArgumentHelp("A mapping file: which field a header means, which columns to leave out.", valueName: "MAPFILE")) var map: String?
    @Option(help: "What the rows are: commitment, partner or project (default: what the headers name).") var kind: EntityKind?
    @Flag(name: .customLong("dry-run"), help: "Say per row what would be added, changed or refused; save nothing.") var dryRun = false
    @Flag(name: .customLong("create-missing"), help: "Add the partners and projects that rows name and the folder lacks.") var createMissing = false
    @Flag(name: .customLong("skip-invalid"), help: "Save the rows that pass and say which were left.") var skipInvalid = false
    @Flag(name: .customLong("excel-nl"), help: "Read the CSV as Dutch Excel writes it (semicolons, decimal comma); else it is detected.")
    var excelDutch = false

    func run() throws {
        let language = edit.language
        let folder = try edit.folder()
        let mapping = try readMapping(folder: folder, language: language)
        let (sheet, dialect) = try readSheet(sheetName: sheet ?? mapping.sheet, language: language)
        guard let columns = SheetColumns.find(in: sheet, kind: kind ?? mapping.kind, mapping: mapping, numberLanguage: dialect?.numberLanguage) else {
            Output.error(ImportText.noHeader(file, sheet: sheet, language: language))
            throw ExitCode(1)
        }
        Output.out(ImportWording.reading(sheet, columns: columns, language: language) + "\n")
        for header in columns.unmatched { Output.error(ImportText.warning(ImportWording.unmatched(header, kind: columns.kind, language: language), language)) }
        if dryRun { return try preview(folder: folder, sheet: sheet, columns: columns, language: language) }
        var planned: ImportPlan?
        let (data, entries) = try commit(folder: folder) { data in
            let plan = ImportPlan(sheet: sheet, columns: columns, in: data, creatingMissing: createMissing, author: edit.authorName)
            planned = plan
            return plan.refusedRows.isEmpty || skipInvalid ? plan.changes : []
        }
        guard let plan = planned else { return }
        Output.out(ImportText.lines(plan, data: data, language: language))
        if !plan.refusedRows.isEmpty && !skipInvalid {
            Output.error(ImportText.nothingSaved(plan, language: language))
            throw ExitCode(1)
        }
        Output.out(ImportText.saved(plan, entries: entries.count, language: language))
        if !plan.refusedRows.isEmpty { Output.error(ImportText.leftOut(plan, language: language)) }
    }

    private func preview(folder: DataFolder, sheet: Sheet, columns: SheetColumns, language: Language) throws {
        let report = folder.load()
        guard let data = report.data, report.problems.isEmpty else {
            throw ExitCode(Output.reportUnusable(report, source: .folder(folder.path, chosenBy: .option), language: language))
        }
        let plan = ImportPlan(sheet: sheet, columns: columns, in: data, creatingMissing: createMissing, author: edit.authorName)
        Output.out(ImportText.lines(plan, data: data, language: language))
        Output.out(ImportText.wouldSave(plan, language: language))
        if !plan.refusedRows.isEmpty && !skipInvalid { throw ExitCode(1) }
    }

    /// Saves the changes as one edit of many rows, with the messages of a single edit when it cannot.
    private func commit(folder: DataFolder, _ makeChanges: (LabData) -> [EntityChange]) throws -> (data: LabData, entries: [JournalEntry]) {
        do {
            let saved = try folder.commitAll(author: edit.authorName) { data throws(EditFailure) in makeChanges(data) }
            saved.entries.forEach(ActivityLog.saved)
            return saved
        } catch {
            ActivityLog.note("import not saved: \(error)")
            Output.error(EditMessages.describe(error, language: edit.language, data: nil))
            throw ExitCode(EditMessages.exitCode(for: error))
        }
    }

    private func readMapping(folder: DataFolder, language: Language) throws -> ImportMapping {
        let kept = folder.path + "/" + ImportMapping.keptFileName
        guard let path = map ?? (FileManager.default.fileExists(atPath: kept) ? kept : nil) else { return .none }
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path) } catch {
            Output.error("\(path): \(error.description)\n")
            throw ExitCode(2)
        }
        let (mapping, problems) = ImportMapping.read(bytes, file: path)
        guard problems.isEmpty else {
            Output.error(problems.map { $0.rendered(in: language) + "\n" }.joined())
            throw ExitCode(1)
        }
        return mapping
    }

    private func readSheet(sheetName: String?, language: Language) throws -> (Sheet, CSVDialect?) {
        switch SheetFile.read(file, sheetName: sheetName, dialect: excelDutch ? .excelDutch : nil) {
        case .success(let read): return read
        case .failure(let failure):
            Output.error(failure.message(in: language) + "\n")
            switch failure {
            case .unreadable, .notARegularFile: throw ExitCode(2)
            default: throw ExitCode(1)
            }
        }
    }
}

/// What the import command prints, around the words of `ImportWording`.
enum ImportText {
    static func lines(_ plan: ImportPlan, data: LabData, language: Language) -> String {
        let created = plan.created.map { ImportWording.created($0, language: language) + "\n" }
        let rows = plan.rows.map { ImportWording.rowLine($0, in: plan, data: data, language: language) + "\n" }
        return (created + rows).joined()
    }

    static func wouldSave(_ plan: ImportPlan, language: Language) -> String {
        (language == .nl ? "Proefdraai, er is niets opgeslagen: " : "Dry run, nothing was saved: ") + ImportWording.summary(plan, language: language) + ".\n"
    }

    static func saved(_ plan: ImportPlan, entries: Int, language: Language) -> String {
        if entries == 0 { return language == .nl ? "Niets te doen: het blad staat er al zo in.\n" : "Nothing to do: the sheet is in already.\n" }
        return (language == .nl ? "Opgeslagen: " : "Saved: ") + ImportWording.summary(plan, language: language) + ".\n"
    }

    static func nothingSaved(_ plan: ImportPlan, language: Language) -> String {
        let rows = plan.refusedRows.map { String($0.number) }.joined(separator: ", ")
        return language == .nl
            ? "Er is niets opgeslagen: rij \(rows) \(plan.refusedRows.count == 1 ? "heeft" : "hebben") een probleem. Verbeter het blad, of sla de rest op met --skip-invalid.\n"
            : "Nothing was saved: row\(plan.refusedRows.count == 1 ? "" : "s") \(rows) \(plan.refusedRows.count == 1 ? "has" : "have") a problem. Mend the sheet, or save the rest with --skip-invalid.\n"
    }

    static func leftOut(_ plan: ImportPlan, language: Language) -> String {
        let rows = plan.refusedRows.map { String($0.number) }.joined(separator: ", ")
        return language == .nl ? "Niet opgeslagen (--skip-invalid): rij \(rows).\n" : "Not saved (--skip-invalid): row\(plan.refusedRows.count == 1 ? "" : "s") \(rows).\n"
    }

    static func noHeader(_ file: String, sheet: Sheet, language: Language) -> String {
        language == .nl
            ? "\(file), blad \"\(sheet.name)\": geen kopregel gevonden; de eerste tien rijen noemen nergens twee velden (zoals Partner, Soort, Hoeveelheid). Geef de koppen met --map.\n"
            : "\(file), sheet \"\(sheet.name)\": no header row found; none of the first ten rows names two fields (such as Partner, Kind, Amount). Give the headers with --map.\n"
    }

    static func warning(_ text: String, _ language: Language) -> String {
        (language == .nl ? "Let op: " : "Note: ") + text + "\n"
    }
}
