// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// Writes sheets as an Office Open XML workbook that Excel and LibreOffice open as their own: the
/// first row a frozen, bold header, numbers and dates as real numbers (so they sum and sort), euros in
/// euro format, and columns as wide as their longest text.
public enum XLSXWriting {
    public static func workbook(_ sheets: [Sheet], language: Language) throws -> [UInt8] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbookPart(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(sheets.count)),
            ("xl/styles.xml", styles(language)),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))) }
        return try ZipArchive.archive(parts.map { (name: $0.0, contents: Array($0.1.utf8)) })
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(_ count: Int) -> String {
        header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + (0..<count).map { #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"# }.joined()
            + "</Types>"
    }

    private static let rootRelations = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbookPart(_ sheets: [Sheet]) -> String {
        header + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationNamespace)"><sheets>"#
            + sheets.enumerated().map { #"<sheet name="\#(Sheet.workbookName($1.name).xmlEscaped)" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
            + "</sheets></workbook>"
    }

    private static func workbookRelations(_ count: Int) -> String {
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + (0..<count).map { #"<Relationship Id="rId\#($0 + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"# }.joined()
            + #"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// The cell styles: 0 plain, 1 the bold header, 2 a date, 3 euros.
    private static func styles(_ language: Language) -> String {
        let dateFormat = language == .nl ? "d-m-yyyy" : "yyyy-mm-dd"
        // Format codes are written the American way; the spreadsheet shows them with the reader's own separators.
        let euroFormat = ##""€ "#,##0.00"##
        return header + #"<styleSheet xmlns="\#(mainNamespace)">"#
            + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="\#(dateFormat.xmlEscaped)"/><numFmt numFmtId="165" formatCode="\#(euroFormat.xmlEscaped)"/></numFmts>"#
            + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
            + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
            + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
            + "</styleSheet>"
    }

    private static func worksheet(_ sheet: Sheet) -> String {
        let columnCount = sheet.rows.map(\.cells.count).max() ?? 0
        let widths = (0..<columnCount).map { column in
            min(60, max(8, sheet.rows.map { shownLength($0[column]) }.max() ?? 0) + 2)
        }
        var text = header + #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationNamespace)">"#
        text += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        if !widths.isEmpty {
            text += "<cols>" + widths.enumerated().map { #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#($1)" customWidth="1"/>"# }.joined() + "</cols>"
        }
        text += "<sheetData>"
        for (index, row) in sheet.rows.enumerated() {
            text += #"<row r="\#(row.number)">"#
            for (column, cell) in row.cells.enumerated() {
                text += self.cell(cell, at: ColumnName.letters(column) + String(row.number), isHeader: index == 0)
            }
            text += "</row>"
        }
        text += "</sheetData>"
        if columnCount > 0, sheet.rows.count > 1 {
            text += #"<autoFilter ref="A1:\#(ColumnName.letters(columnCount - 1))\#(sheet.rows.last!.number)"/>"#
        }
        return text + "</worksheet>"
    }

    private static func cell(_ cell: SheetCell, at reference: String, isHeader: Bool) -> String {
        switch cell {
        case .empty: return ""
        case .text(let text):
            return #"<c r="\#(reference)" t="inlineStr"\#(isHeader ? #" s="1""# : "")><is><t xml:space="preserve">\#(text.xmlEscaped)</t></is></c>"#
        case .number(let plain): return #"<c r="\#(reference)"><v>\#(plain)</v></c>"#
        case .money(let money): return #"<c r="\#(reference)" s="3"><v>\#(money.plainText)</v></c>"#
        case .day(let day): return #"<c r="\#(reference)" s="2"><v>\#(ExcelSerial.serial(of: day))</v></c>"#
        }
    }

    private static func shownLength(_ cell: SheetCell) -> Int {
        switch cell {
        case .empty: 0
        case .text(let text): text.split(separator: "\n").map(\.count).max() ?? 0
        case .number(let plain): plain.count + plain.count / 3
        case .money(let money): money.plainText.count + 6
        case .day: 10
        }
    }
}
