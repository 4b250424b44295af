// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the edits folded into the files are kept: `history.jsonl`, as earlier versions kept them
/// all, and `history/NNNNNN.jsonl`, one segment for each compaction since. A segment is written
/// whole and made current with the rest of its compaction, and each edit in it carries the earlier
/// values of the fields it changed, so that any run of the latest segments says what each of its edits
/// changed: opening the program reads only the latest, and one entity's history only its lines.
enum HistorySegments {
    static let folderName = "history"

    /// The names in the data folder of the history's files, oldest first, or why the segments'
    /// folder cannot be used.
    static func names(in folder: String) -> (names: [String], problem: Problem?) {
        // Whatever is there by that name (a link or a FIFO too) is listed, so that reading it says what it is.
        var names = isThere(folder + "/" + DataFolder.historyFileName) ? [DataFolder.historyFileName] : []
        var status = stat()
        guard lstat(folder + "/" + folderName, &status) == 0 else { return (names, nil) }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            let what = status.st_mode & S_IFMT == S_IFLNK ? SystemError.describeOpening(ELOOP) : OpenFailure(kind: status.st_mode & S_IFMT, path: folderName).description
            return (names, Problem(file: folderName, kind: .folderUnreadable(reason: what)))
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + folderName) else {
            return (names, Problem(file: folderName, kind: .folderUnreadable(reason: SystemError.describe(errno))))
        }
        names += entries.compactMap(number).sorted().map(segmentName)
        return (names, nil)
    }

    /// The name of the segment the next compaction writes, making the segments' folder when it is not there.
    static func nextName(in folder: String) throws(WriteFailure) -> String {
        let path = folder + "/" + folderName
        if mkdir(path, 0o750) == 0 {
            // The umask may have narrowed it; a wider one must not open it to others.
            chmod(path, 0o750)
        } else if errno != EEXIST {
            throw WriteFailure(path: path, reason: SystemError.describe(errno))
        }
        // A link where the folder should be could lead the segment out of the data folder.
        if let problem = names(in: folder).problem, case .folderUnreadable(let reason) = problem.kind {
            throw WriteFailure(path: path, reason: reason)
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return segmentName((entries.compactMap(number).max() ?? 0) + 1)
    }

    static func isSegment(_ name: String) -> Bool {
        name.hasPrefix(folderName + "/") && number(String(name.dropFirst(folderName.count + 1))) != nil
    }

    private static func segmentName(_ number: Int) -> String {
        let digits = String(number)
        return folderName + "/" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".jsonl"
    }

    private static func number(_ entry: String) -> Int? {
        guard entry.hasSuffix(".jsonl"), !entry.hasPrefix(".") else { return nil }
        let digits = entry.dropLast(6)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    private static func isThere(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }
}
