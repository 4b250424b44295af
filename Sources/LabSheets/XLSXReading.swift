// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel
import XMLCoder
import ZIPFoundation

/// Why a workbook cannot be read.
public struct XLSXFailure: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case notAWorkbook
        case missingPart(String)
        case unreadablePart(String, detail: String)
        case partTooLarge(String)
        case noSuchSheet(String, known: [String])
    }

    public let reason: Reason

    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch reason {
        case .notAWorkbook:
            return nl ? "dit is geen Excel-werkmap (.xlsx is een ZIP-bestand; dit bestand is dat niet)"
                : "this is not an Excel workbook (.xlsx is a ZIP file; this file is not)"
        case .missingPart(let part): return nl ? "de werkmap mist het onderdeel \(part)" : "the workbook lacks its part \(part)"
        case .unreadablePart(let part, let detail):
            return nl ? "het onderdeel \(part) van de werkmap kan niet gelezen worden (\(detail))"
                : "the workbook's part \(part) cannot be read (\(detail))"
        case .partTooLarge(let part):
            return nl ? "het onderdeel \(part) is uitgepakt groter dan \(XLSXReading.largestPart >> 20) MiB" : "the part \(part) unpacks to more than \(XLSXReading.largestPart >> 20) MiB"
        case .noSuchSheet(let name, let known):
            return (nl ? "de werkmap heeft geen blad \"\(name)\"; wel: " : "the workbook has no sheet \"\(name)\"; it has: ")
                + known.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }
}

/// Reads the sheets of an Office Open XML workbook (`.xlsx`): its parts are unpacked with ZIPFoundation
/// and read with XMLCoder. Numbers stay exact as written (`30000`, `0.1`), cells with a date format
/// become days, shared and inline texts become texts.
public enum XLSXReading {
    static let largestPart = 256 << 20

    public static func sheetNames(_ bytes: [UInt8]) -> Result<[String], XLSXFailure> {
        Result { () throws(XLSXFailure) in try Workbook(bytes).entries.map(\.name) }
    }

    /// The sheet called `name`, else the first.
    public static func read(_ bytes: [UInt8], sheet name: String? = nil) -> Result<Sheet, XLSXFailure> {
        Result { () throws(XLSXFailure) -> Sheet in
            let workbook = try Workbook(bytes)
            guard let entry = name.map({ wanted in workbook.entries.first { $0.name == wanted } }) ?? workbook.entries.first else {
                throw XLSXFailure(reason: .noSuchSheet(name ?? "", known: workbook.entries.map(\.name)))
            }
            return try workbook.sheet(entry)
        }
    }
}

private struct Workbook {
    struct Entry { let name: String; let part: String }

    let archive: Archive
    let entries: [Entry]
    let strings: [String]
    let dateStyles: Set<Int>

    init(_ bytes: [UInt8]) throws(XLSXFailure) {
        guard let archive = try? Archive(data: Data(bytes), accessMode: .read) else { throw XLSXFailure(reason: .notAWorkbook) }
        self.archive = archive
        let book: WorkbookXML = try Self.decode("xl/workbook.xml", from: archive)
        let relations: RelationshipsXML = try Self.decode("xl/_rels/workbook.xml.rels", from: archive)
        entries = book.sheets.sheet.compactMap { sheet in
            guard let target = relations.Relationship.first(where: { $0.Id == sheet.id })?.Target else { return nil }
            return Entry(name: sheet.name, part: target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target)
        }
        let shared: SharedStringsXML? = archive["xl/sharedStrings.xml"] == nil ? nil : try Self.decode("xl/sharedStrings.xml", from: archive)
        strings = shared?.si?.map(\.text) ?? []
        let styles: StylesXML? = archive["xl/styles.xml"] == nil ? nil : try Self.decode("xl/styles.xml", from: archive)
        dateStyles = styles?.dateStyles ?? []
    }

    func sheet(_ entry: Entry) throws(XLSXFailure) -> Sheet {
        let worksheet: WorksheetXML = try Self.decode(entry.part, from: archive)
        var rows: [SheetRow] = []
        for (position, row) in (worksheet.sheetData.row ?? []).enumerated() {
            var cells: [SheetCell] = []
            for (index, cell) in (row.c ?? []).enumerated() {
                let column = cell.r.flatMap { ColumnName.index(ofReference: $0) } ?? index
                if cells.count <= column { cells += Array(repeating: .empty, count: column + 1 - cells.count) }
                cells[column] = value(of: cell)
            }
            rows.append(SheetRow(number: row.r ?? (rows.last.map { $0.number + 1 } ?? position + 1), cells: cells))
        }
        return Sheet(name: entry.name, rows: rows)
    }

    private func value(of cell: CellXML) -> SheetCell {
        switch cell.t {
        case "s": return cell.v.flatMap(Int.init).flatMap { $0 < strings.count ? .text(strings[$0]) : nil } ?? .empty
        case "inlineStr": return cell.is.map { .text($0.text) } ?? .empty
        case "str", "e": return cell.v.map(SheetCell.text) ?? .empty
        case "b": return cell.v.map { .text($0 == "1" ? "ja" : "nee") } ?? .empty
        default:
            guard let text = cell.v, let plain = ExactNumber.plain(text) else { return cell.v.map(SheetCell.text) ?? .empty }
            if let style = cell.s, dateStyles.contains(style), let serial = Int(plain.split(separator: ".")[0]), let day = ExcelSerial.day(serial) {
                return .day(day)
            }
            return .number(plain)
        }
    }

    private static func decode<Part: Decodable>(_ name: String, from archive: Archive) throws(XLSXFailure) -> Part {
        guard let entry = archive[name] else { throw XLSXFailure(reason: .missingPart(name)) }
        guard entry.uncompressedSize <= XLSXReading.largestPart else { throw XLSXFailure(reason: .partTooLarge(name)) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
            decoder.shouldProcessNamespaces = true
            return try decoder.decode(Part.self, from: data)
        } catch {
            throw XLSXFailure(reason: .unreadablePart(name, detail: String(describing: error).prefix(200).description))
        }
    }
}

/// A spreadsheet's number (`30000`, `1.5E-3`, `0.30000000000000004`) in plain form, to the fifteen
/// significant digits a spreadsheet keeps.
enum ExactNumber {
    static func plain(_ text: String) -> String? {
        guard let double = Double(text), double.isFinite else { return nil }
        if double == double.rounded(), abs(double) < 1e15 { return String(Int64(double)) }
        guard let decimal = Decimal(string: String(format: "%.15g", double)) else { return nil }
        return decimal.description
    }
}

// MARK: The parts of a workbook that are read

private struct WorkbookXML: Decodable {
    struct Sheets: Decodable { let sheet: [SheetXML] }
    struct SheetXML: Decodable {
        let name: String
        /// The relationship that names the sheet's part: `r:id`, read with its prefix as the parser hands it over.
        let id: String

        enum CodingKeys: String, CodingKey { case name, id = "r:id", unprefixedID = "id" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            id = try container.decodeIfPresent(String.self, forKey: .id) ?? container.decode(String.self, forKey: .unprefixedID)
        }
    }
    let sheets: Sheets
}

private struct RelationshipsXML: Decodable {
    struct RelationshipXML: Decodable { let Id: String; let Target: String }
    let Relationship: [RelationshipXML]
}

private struct TextXML: Decodable {
    let value: String?
    enum CodingKeys: String, CodingKey { case value = "" }
}

/// A text as a shared string or an inline string holds it: plain, or in runs of differing format.
private struct RichTextXML: Decodable {
    struct Run: Decodable { let t: TextXML? }
    let t: TextXML?
    let r: [Run]?

    var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
}

private struct SharedStringsXML: Decodable {
    let si: [RichTextXML]?
}

private struct CellXML: Decodable {
    let r: String?
    let t: String?
    let s: Int?
    let v: String?
    let `is`: RichTextXML?
}

private struct WorksheetXML: Decodable {
    struct SheetData: Decodable { let row: [RowXML]? }
    struct RowXML: Decodable { let r: Int?; let c: [CellXML]? }
    let sheetData: SheetData
}

private struct StylesXML: Decodable {
    struct NumberFormats: Decodable { let numFmt: [NumberFormat]? }
    struct NumberFormat: Decodable { let numFmtId: Int; let formatCode: String }
    struct CellFormats: Decodable { let xf: [CellFormat]? }
    struct CellFormat: Decodable { let numFmtId: Int? }
    let numFmts: NumberFormats?
    let cellXfs: CellFormats?

    /// The cell styles whose number format shows a date.
    var dateStyles: Set<Int> {
        let custom = Dictionary((numFmts?.numFmt ?? []).map { ($0.numFmtId, $0.formatCode) }, uniquingKeysWith: { first, _ in first })
        let styles = (cellXfs?.xf ?? []).enumerated().filter { _, format in
            guard let id = format.numFmtId else { return false }
            return Self.builtInDates.contains(id) || custom[id].map(Self.showsDate) == true
        }
        return Set(styles.map(\.offset))
    }

    /// The built-in formats that show dates (14 to 22; 27 to 36 and 50 to 58 in East Asian locales; 45 to 47 times).
    private static let builtInDates: Set<Int> = Set(14...17).union(22...22).union(27...36).union(50...58)

    /// A format code shows a date when, outside quoted text and brackets, it has a day or a year.
    private static func showsDate(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false
        for character in code.lowercased() {
            switch character {
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "y" where !inQuotes && !inBrackets: return true
            default: break
            }
        }
        return false
    }
}
