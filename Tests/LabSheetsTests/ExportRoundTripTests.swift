// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabSheets

/// What the program exports imports back as nothing to do, in both languages and every format.
@Suite struct ExportRoundTripTests {
    private let data = SampleLab.data

    private func entities(_ kind: EntityKind) -> [EntityValue] {
        switch kind {
        case .partner: data.partners.map(EntityValue.partner)
        case .project: data.projects.map(EntityValue.project)
        case .commitment: data.commitments.map(EntityValue.commitment)
        }
    }

    private func expectNothingToDo(_ sheet: Sheet, _ kind: EntityKind, numberLanguage: Language? = nil) throws {
        let columns = try #require(SheetColumns.find(in: sheet, numberLanguage: numberLanguage))
        #expect(columns.kind == kind)
        #expect(columns.unmatched.isEmpty)
        let plan = ImportPlan(sheet: sheet, columns: columns, in: data, creatingMissing: false, author: "test")
        let notUnchanged = plan.rows.filter { if case .unchanged = $0.outcome { false } else { true } }
        #expect(notUnchanged.map { ImportWording.rowLine($0, in: plan, data: data, language: .en) } == [])
        #expect(plan.rows.count == entities(kind).count)
    }

    @Test(arguments: [Language.nl, .en])
    func aWorkbookOfEveryTableImportsBackUnchanged(language: Language) throws {
        let kinds: [EntityKind] = [.partner, .project, .commitment]
        let sheets = kinds.map { ExportSheet.sheet($0, entities($0), data: data, language: language) }
        let bytes = try XLSXWriting.workbook(sheets, language: language)
        for (kind, sheet) in zip(kinds, sheets) {
            try expectNothingToDo(try XLSXReading.read(bytes, sheet: sheet.name).get(), kind)
        }
    }

    @Test(arguments: [CSVDialect.excelDutch, .rfc4180])
    func csvImportsBackUnchanged(dialect: CSVDialect) throws {
        let language: Language = dialect == .excelDutch ? .nl : .en
        let sheet = ExportSheet.sheet(.commitment, entities(.commitment), data: data, language: language)
        let read = try CSVFormat.read(CSVFormat.write(sheet, dialect: dialect), name: "t.csv").get()
        try expectNothingToDo(read.sheet, .commitment, numberLanguage: read.dialect.numberLanguage)
    }

    @Test func theExportedHeaderAndARow() {
        let sheet = ExportSheet.sheet(.commitment, [EntityValue.commitment(data.commitment("c-0006")!)], data: data, language: .nl)
        #expect(sheet.rows[0].cells == ["Id", "Partner", "Project", "Soort", "Hoeveelheid", "Eenheid", "Waarde", "Van", "Tot", "Status", "Notitie"].map(SheetCell.text))
        #expect(sheet.rows[1].cells == [.text("c-0006"), .text("ING"), .text("Gedeelde ondersteuning (programmabureau)"),
                                        .text("geld"), .number("25000"), .text("euro"), .money(Money(25_000)),
                                        .day(Day(year: 2020, month: 1, day: 1)!), .day(Day(year: 2020, month: 12, day: 31)!),
                                        .text("toegezegd"), .text("Bedrag illustratief.")])
    }
}
