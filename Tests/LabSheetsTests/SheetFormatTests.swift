// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel
@testable import LabSheets

/// The files themselves: CSV in both dialects, workbooks written by the program and by LibreOffice.
@Suite struct SheetFormatTests {
    @Test func csvInBothDialectsWithQuotesLineBreaksAndWindowsText() throws {
        let rfc = try CSVFormat.read(Array("a,\"b, \"\"c\"\"\",d\r\n\"regel 1\nregel 2\",,x\n".utf8), name: "x").get()
        #expect(rfc.dialect == .rfc4180)
        #expect(rfc.sheet.rows.map(\.cells) == [[.text("a"), .text("b, \"c\""), .text("d")], [.text("regel 1\nregel 2"), .empty, .text("x")]])
        // Excel on a Dutch system: semicolons and, without a byte order mark, Windows-1252 (é is 0xE9).
        let dutch = try CSVFormat.read([0x43, 0x61, 0x66, 0xE9, 0x3B, 0x33, 0x30, 0x2E, 0x30, 0x30, 0x30, 0x2C, 0x35, 0x0D, 0x0A], name: "x").get()
        #expect(dutch.dialect == .excelDutch)
        #expect(dutch.sheet.rows.map(\.cells) == [[.text("Café"), .text("30.000,5")]])
    }

    @Test func aBrokenCSVSaysWhere() {
        #expect(CSVFormat.read(Array("a,b\nc,\"open\nd,e\n".utf8), name: "x").map(\.dialect) == .failure(CSVFailure(row: 2, column: 1, reason: .unclosedQuote)))
        let failure = CSVFailure(row: 2, column: 1, reason: .unclosedQuote)
        #expect(failure.message(in: .nl) == "rij 2, kolom B: het aanhalingsteken aan het begin van dit veld wordt nergens gesloten")
        #expect(CSVFormat.read(Array("a,\"b\"c\n".utf8), name: "x").map(\.dialect) == .failure(CSVFailure(row: 1, column: 1, reason: .textAfterQuote)))
    }

    @Test func csvWritingQuotesWhatItMustAndGuardsFormulas() {
        let sheet = Sheet(name: "t", rows: [SheetRow(number: 1, cells: [.text("=SOM(A1)"), .money(Money(30_000)), .number("0.5"), .day(Day(year: 2020, month: 1, day: 2)!), .text("a;b")])])
        #expect(String(decoding: CSVFormat.write(sheet, dialect: .excelDutch), as: UTF8.self) == "\u{FEFF}'=SOM(A1);30000,00;0,5;2020-01-02;\"a;b\"\r\n")
        #expect(String(decoding: CSVFormat.write(sheet, dialect: .rfc4180), as: UTF8.self) == "'=SOM(A1),30000.00,0.5,2020-01-02,a;b\r\n")
        let back = try? CSVFormat.read(CSVFormat.write(sheet, dialect: .excelDutch), name: "t").get()
        #expect(back?.sheet.rows.first?.cells.first == .text("=SOM(A1)"))
    }

    @Test func excelSerialDays() {
        #expect(ExcelSerial.day(1) == Day(year: 1900, month: 1, day: 1))
        #expect(ExcelSerial.day(59) == Day(year: 1900, month: 2, day: 28))
        #expect(ExcelSerial.day(60) == nil)
        #expect(ExcelSerial.day(61) == Day(year: 1900, month: 3, day: 1))
        #expect(ExcelSerial.day(45292) == Day(year: 2024, month: 1, day: 1))
        for serial in [1, 59, 61, 45292] { #expect(ExcelSerial.serial(of: ExcelSerial.day(serial)!) == serial) }
    }

    @Test func aWorkbookWrittenByTheProgramReadsBackCellForCell() throws {
        let sheets = [
            Sheet(name: "Toezeggingen", rows: [
                SheetRow(number: 1, cells: [.text("Partner"), .text("Hoeveelheid"), .text("Van")]),
                SheetRow(number: 2, cells: [.text("ING & <co>"), .money(Money(exactly: "30000.5")!), .day(Day(year: 2020, month: 1, day: 1)!)]),
                SheetRow(number: 3, cells: [.text("  spaties  "), .number("0.0001"), .empty]),
            ]),
            Sheet(name: "Partners", rows: [SheetRow(number: 1, cells: [.text("Naam")])]),
        ]
        let bytes = try XLSXWriting.workbook(sheets, language: .nl)
        #expect(try XLSXReading.sheetNames(bytes).get() == ["Toezeggingen", "Partners"])
        let back = try XLSXReading.read(bytes).get()
        #expect(back.rows.map(\.cells) == [
            [.text("Partner"), .text("Hoeveelheid"), .text("Van")],
            [.text("ING & <co>"), .number("30000.5"), .day(Day(year: 2020, month: 1, day: 1)!)],
            [.text("  spaties  "), .number("0.0001")],
        ])
        #expect(XLSXReading.read(bytes, sheet: "Nergens").map(\.name) == .failure(XLSXFailure(reason: .noSuchSheet("Nergens", known: ["Toezeggingen", "Partners"]))))
        #expect(XLSXReading.read(Array("geen zip".utf8)).map(\.name) == .failure(XLSXFailure(reason: .notAWorkbook)))
    }

    /// The workbook LibreOffice makes of `file` (`blad.csv`, `blad.html`) in a folder of its own.
    private func libreOfficeWorkbook(of text: String, named file: String, filter: [String] = []) throws -> [UInt8] {
        let folder = NSTemporaryDirectory() + "schuldenlab-lo-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        let office = Process()
        office.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        office.arguments = ["soffice", "-env:UserInstallation=file://\(folder)/profile", "--headless"] + filter
            + ["--convert-to", "xlsx", "--outdir", folder, folder + "/" + file]
        office.standardOutput = FileHandle.nullDevice
        office.standardError = FileHandle.nullDevice
        try office.run()
        office.waitUntilExit()
        return try FileBytes.read(folder + "/" + file.split(separator: ".")[0] + ".xlsx")
    }

    @Test func aWorkbookWrittenByLibreOfficeIsReadWithNumbersAndDates() throws {
        let csv = "Toezeggingen 2020,,,,,\nPartner,Project,Soort,Hoeveelheid,Eenheid,Van\nING,Jongeren Perspectief Fonds,geld,30000,EUR,2020-01-01\nCZ,fiKks,uren,12.5,uur,2020-02-01\n"
        let bytes = try libreOfficeWorkbook(of: csv, named: "blad.csv", filter: ["--infilter=CSV:44,34,76,1"])
        let sheet = try XLSXReading.read(bytes).get()
        #expect(sheet.rows[2].cells == [.text("ING"), .text("Jongeren Perspectief Fonds"), .text("geld"), .number("30000"), .text("EUR"),
                                       .day(Day(year: 2020, month: 1, day: 1)!)])
        #expect(sheet.rows[3][3] == .number("12.5"))
        let columns = try #require(SheetColumns.find(in: sheet))
        #expect(columns.headerIndex == 1)
        let plan = ImportPlan(sheet: sheet, columns: columns, in: SampleLab.data, creatingMissing: false, author: "test")
        #expect(plan.refusedRows.isEmpty)
        #expect(plan.changes.count == 2)
    }

    /// A title merged across the columns above the header, as people make them in a spreadsheet.
    @Test func aMergedTitleRowAboveTheHeaderIsPassedOver() throws {
        let html = """
            <html><body><table>
            <tr><td colspan="5"><b>Toezeggingen najaar 2019</b></td></tr>
            <tr><td>Partner</td><td>Project</td><td>Soort</td><td>Hoeveelheid</td><td>Eenheid</td></tr>
            <tr><td>ING</td><td>fiKks</td><td>geld</td><td>30000</td><td>EUR</td></tr>
            </table></body></html>
            """
        let sheet = try XLSXReading.read(try libreOfficeWorkbook(of: html, named: "blad.html", filter: ["--infilter=HTML (StarCalc)"])).get()
        #expect(sheet.rows[0][0] == .text("Toezeggingen najaar 2019"))
        let columns = try #require(SheetColumns.find(in: sheet))
        #expect(columns.headerIndex == 1)
        #expect(columns.unmatched.isEmpty)
        let plan = ImportPlan(sheet: sheet, columns: columns, in: SampleLab.data, creatingMissing: false, author: "test")
        guard case .added(.commitment(let commitment))? = plan.rows.first?.outcome else {
            Issue.record("the row under the header is a new commitment: \(plan.rows)")
            return
        }
        #expect(commitment.amount == Quantity(30_000))
    }
}
