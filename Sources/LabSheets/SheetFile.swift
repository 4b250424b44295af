// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// A spreadsheet on disk, `.xlsx` or `.csv`, by its name's ending: read as every file is (a regular
/// file, not followed through a link, never waited on), written through a temporary file and renamed.
public enum SheetFile {
    public enum Format: Sendable, Hashable {
        case xlsx
        case csv

        public init?(path: String) {
            switch path.split(separator: ".").last?.lowercased() {
            case "xlsx": self = .xlsx
            case "csv", "txt": self = .csv
            default: return nil
            }
        }
    }

    public enum Failure: Error, Sendable {
        case unknownFormat(String)
        /// A link, a FIFO, a folder or a device where the spreadsheet should be: never followed, read or replaced.
        case notARegularFile(String)
        case unreadable(String, FileReadFailure)
        case workbook(String, XLSXFailure)
        case csv(String, CSVFailure)
        case unwritable(WriteFailure)

        public func message(in language: Language) -> String {
            let nl = language == .nl
            switch self {
            case .unknownFormat(let path):
                return nl ? "\(path): onbekend soort bestand; gebruik .xlsx of .csv" : "\(path): unknown kind of file; use .xlsx or .csv"
            case .notARegularFile(let path): return "\(path): " + ProblemKind.notARegularFile.message(in: language)
            case .unreadable(let path, let failure): return "\(path): " + failure.description
            case .workbook(let path, let failure): return "\(path): " + failure.message(in: language)
            case .csv(let path, let failure): return "\(path): " + failure.message(in: language)
            case .unwritable(let failure): return failure.description
            }
        }
    }

    /// The sheet in the file: for a workbook the sheet called `sheetName`, else its first; for CSV the
    /// dialect given, else the one the file shows, which is returned.
    public static func read(_ path: String, sheetName: String? = nil, dialect: CSVDialect? = nil) -> Result<(sheet: Sheet, dialect: CSVDialect?), Failure> {
        guard let format = Format(path: path) else { return .failure(.unknownFormat(path)) }
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path) } catch {
            if case .notRegularFile = error { return .failure(.notARegularFile(path)) }
            return .failure(.unreadable(path, error))
        }
        let name = String(path.split(separator: "/").last ?? "")
        switch format {
        case .xlsx: return XLSXReading.read(bytes, sheet: sheetName).map { ($0, nil) }.mapError { .workbook(path, $0) }
        case .csv: return CSVFormat.read(bytes, name: name, dialect: dialect).map { ($0.sheet, $0.dialect) }.mapError { .csv(path, $0) }
        }
    }

    /// Writes the sheets: a workbook with one sheet each, or (CSV holding one table) the first.
    public static func write(_ sheets: [Sheet], to path: String, language: Language, dialect: CSVDialect) -> Result<Void, Failure> {
        guard let format = Format(path: path) else { return .failure(.unknownFormat(path)) }
        if isOtherThanAFile(path) { return .failure(.notARegularFile(path)) }
        let bytes: [UInt8]
        switch format {
        case .xlsx:
            do { bytes = try XLSXWriting.workbook(sheets, language: language) } catch {
                return .failure(.unwritable(WriteFailure(path: path, reason: String(describing: error))))
            }
        case .csv:
            bytes = sheets.first.map { CSVFormat.write($0, dialect: dialect) } ?? []
        }
        return replace(path, with: bytes)
    }

    /// Writes a report's text, as a sheet is written.
    public static func write(text: String, to path: String) -> Result<Void, Failure> {
        if isOtherThanAFile(path) { return .failure(.notARegularFile(path)) }
        return replace(path, with: Array(text.utf8))
    }

    /// A link, a FIFO or a folder where the file should go is not replaced.
    private static func isOtherThanAFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFREG
    }

    private static func replace(_ path: String, with bytes: [UInt8]) -> Result<Void, Failure> {
        do {
            try AtomicFile.write(to: path) { write throws(WriteFailure) in try write(bytes) }
            return .success(())
        } catch {
            return .failure(.unwritable(error))
        }
    }
}
