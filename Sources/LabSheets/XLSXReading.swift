// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

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

/// Reads the sheets of an Office Open XML workbook (`.xlsx`): its parts are unpacked from the ZIP
/// archive (`ZipArchive`) and read as XML (`XMLReader`). Numbers stay exact as written (`30000`, `0.1`),
/// cells with a date format become days, shared and inline texts become texts.
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

    let archive: ZipArchive
    let entries: [Entry]
    let strings: [String]
    let dateStyles: Set<Int>

    init(_ bytes: [UInt8]) throws(XLSXFailure) {
        guard let archive = try? ZipArchive(bytes) else { throw XLSXFailure(reason: .notAWorkbook) }
        self.archive = archive
        let book = try Self.part("xl/workbook.xml", from: archive)
        let relations = try Self.part("xl/_rels/workbook.xml.rels", from: archive)
        let targets = Dictionary(relations.children(named: "Relationship").compactMap { relation in
            relation["Id"].flatMap { id in relation["Target"].map { (id, $0) } }
        }, uniquingKeysWith: { first, _ in first })
        entries = (book.child(named: "sheets")?.children(named: "sheet") ?? []).compactMap { sheet in
            guard let name = sheet["name"], let target = sheet["id"].flatMap({ targets[$0] }) else { return nil }
            return Entry(name: name, part: target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target)
        }
        let shared = archive["xl/sharedStrings.xml"] == nil ? nil : try Self.part("xl/sharedStrings.xml", from: archive)
        strings = shared?.children(named: "si").map(Self.text) ?? []
        let styles = archive["xl/styles.xml"] == nil ? nil : try Self.part("xl/styles.xml", from: archive)
        dateStyles = styles.map(DateStyles.of) ?? []
    }

    func sheet(_ entry: Entry) throws(XLSXFailure) -> Sheet {
        let worksheet = try Self.part(entry.part, from: archive)
        var rows: [SheetRow] = []
        for (position, row) in (worksheet.child(named: "sheetData")?.children(named: "row") ?? []).enumerated() {
            var cells: [SheetCell] = []
            for (index, cell) in row.children(named: "c").enumerated() {
                let column = cell["r"].flatMap { ColumnName.index(ofReference: $0) } ?? index
                if cells.count <= column { cells += Array(repeating: .empty, count: column + 1 - cells.count) }
                cells[column] = value(of: cell)
            }
            rows.append(SheetRow(number: row["r"].flatMap(Int.init) ?? (rows.last.map { $0.number + 1 } ?? position + 1), cells: cells))
        }
        return Sheet(name: entry.name, rows: rows)
    }

    private func value(of cell: XMLElement) -> SheetCell {
        let value = cell.child(named: "v")?.text
        switch cell["t"] {
        case "s": return value.flatMap(Int.init).flatMap { $0 < strings.count ? .text(strings[$0]) : nil } ?? .empty
        case "inlineStr": return cell.child(named: "is").map { .text(Self.text($0)) } ?? .empty
        case "str", "e": return value.map(SheetCell.text) ?? .empty
        case "b": return value.map { .text($0 == "1" ? "ja" : "nee") } ?? .empty
        default:
            guard let text = value, let plain = ExactNumber.plain(text) else { return value.map(SheetCell.text) ?? .empty }
            if let style = cell["s"].flatMap(Int.init), dateStyles.contains(style), let serial = Int(plain.split(separator: ".")[0]),
               let day = ExcelSerial.day(serial) {
                return .day(day)
            }
            return .number(plain)
        }
    }

    /// A text as a shared string or an inline string holds it: plain (`<t>`), or in runs of differing format (`<r><t>`).
    private static func text(_ element: XMLElement) -> String {
        element.child(named: "t")?.text ?? element.children(named: "r").map { $0.child(named: "t")?.text ?? "" }.joined()
    }

    private static func part(_ name: String, from archive: ZipArchive) throws(XLSXFailure) -> XMLElement {
        guard let entry = archive[name] else { throw XLSXFailure(reason: .missingPart(name)) }
        guard entry.size <= XLSXReading.largestPart else { throw XLSXFailure(reason: .partTooLarge(name)) }
        do {
            return try XMLReader.root(of: try archive.contents(of: entry))
        } catch let failure as XMLReader.Failure {
            throw XLSXFailure(reason: .unreadablePart(name, detail: "\(failure.reason), byte \(failure.offset)"))
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
        guard let decimal = Decimal(string: String(cFormat: "%.15g", double)) else { return nil }
        return decimal.description
    }
}

/// The cell styles whose number format shows a date, from `xl/styles.xml`.
private enum DateStyles {
    static func of(_ styles: XMLElement) -> Set<Int> {
        let custom = Dictionary((styles.child(named: "numFmts")?.children(named: "numFmt") ?? []).compactMap { format in
            format["numFmtId"].flatMap(Int.init).flatMap { id in format["formatCode"].map { (id, $0) } }
        }, uniquingKeysWith: { first, _ in first })
        let formats = styles.child(named: "cellXfs")?.children(named: "xf") ?? []
        return Set(formats.enumerated().filter { _, format in
            guard let id = format["numFmtId"].flatMap(Int.init) else { return false }
            return builtInDates.contains(id) || custom[id].map(showsDate) == true
        }.map(\.offset))
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
