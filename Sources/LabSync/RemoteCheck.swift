// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// What arrives from a remote is checked as a hand edit is before anything of it is taken in: only
/// the files of a data folder, each a plain file of a sane size, no line of an unreadable length,
/// and the folder they make reads without a problem. The first thing wrong refuses the whole of it.
enum RemoteCheck {
    /// A file larger than this is refused without being read.
    static let largestFile = 512 << 20
    /// A line of the journal, history or conflicts longer than this is refused.
    static let longestLine = 1 << 20

    /// Why `tree` may not be taken in, or `nil` when it may.
    static func refusal(of tree: GitTree, in git: Git) -> SyncRefusal? {
        for entry in tree.entries {
            let problem: LocalizedText? = if SyncedFile.role(of: entry.path) == nil {
                LocalizedText(nl: "een bestand dat niet in een datamap hoort", en: "a file that does not belong in a data folder")
            } else if entry.mode == "120000" {
                LocalizedText(nl: "een koppeling (symlink) in plaats van een bestand", en: "a link (symlink) instead of a file")
            } else if !entry.isRegularFile {
                LocalizedText(nl: "geen gewoon bestand", en: "not a plain file")
            } else if let size = entry.size, size > largestFile {
                LocalizedText(nl: "te groot (\(size >> 20) MB, hoogstens \(largestFile >> 20) MB)", en: "too large (\(size >> 20) MB, at most \(largestFile >> 20) MB)")
            } else {
                nil
            }
            if let problem { return SyncRefusal(commit: introducing(entry.path, tree, git), problem: Problem(file: entry.path, kind: .described(problem))) }
        }
        let contents: [String: [UInt8]]
        do {
            contents = try GitTree.contents(of: tree.entries.map(\.object), in: git)
        } catch {
            return SyncRefusal(commit: String(tree.commit.prefix(10)), problem: Problem(file: ".git", kind: .fileUnreadable(reason: error.summary)))
        }
        let files = Dictionary(tree.entries.compactMap { entry in contents[entry.object].map { (entry.path, $0) } }, uniquingKeysWith: { first, _ in first })
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where SyncedFile.role(of: path) == .lines {
            if let line = overlongLine(in: bytes) {
                let problem = Problem(file: path, position: SourcePosition(line: line.number, column: 1), kind: .described(LocalizedText(
                    nl: "een regel van \(line.length >> 10) kB (hoogstens \(longestLine >> 10) kB)", en: "a line of \(line.length >> 10) kB (at most \(longestLine >> 10) kB)")))
                return SyncRefusal(commit: introducing(path, tree, git), problem: problem)
            }
        }
        guard let problem = firstProblem(reading: files) else { return nil }
        return SyncRefusal(commit: introducing(problem.file, tree, git), problem: problem)
    }

    private static func overlongLine(in bytes: [UInt8]) -> (number: Int, length: Int)? {
        var number = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if index - start > longestLine { return (number, index - start) }
            number += 1
            start = index + 1
        }
        return bytes.count - start > longestLine ? (number, bytes.count - start) : nil
    }

    /// The first problem of the folder these files make, read as the program reads a folder.
    static func firstProblem(reading files: [String: [UInt8]]) -> Problem? {
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("schuldenlab-remote-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: place) }
        do {
            try FileManager.default.createDirectory(atPath: place + "/" + "history", withIntermediateDirectories: true)
            for (path, bytes) in files where SyncedFile.role(of: path) != .generated {
                try Data(bytes).write(to: URL(fileURLWithPath: place + "/" + path))
            }
        } catch {
            return Problem(file: place, kind: .fileUnwritable(reason: "\(error)"))
        }
        let folder = DataFolder(path: place)
        let report = folder.load()
        if let problem = report.problems.first { return problem }
        if let problem = folder.historyProblems().problems.first { return problem }
        if let problem = ConflictsFile.read(in: place).problems.first { return problem }
        if let views = files[ViewsFile.fileName] {
            do {
                _ = try JSONParser.parse(views)
            } catch {
                return Problem(file: ViewsFile.fileName, kind: .syntax(error.reason))
            }
        }
        return nil
    }

    /// The commit that last changed `path` on the way to the tree: the one to name.
    private static func introducing(_ path: String, _ tree: GitTree, _ git: Git) -> String {
        (try? git.text(["log", "-1", "--format=%h", tree.commit, "--", path])).flatMap { $0.isEmpty ? nil : $0 } ?? String(tree.commit.prefix(10))
    }
}
