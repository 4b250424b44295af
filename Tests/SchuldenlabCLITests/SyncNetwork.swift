// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// A bare repository on disk and data folders linked to it with `schuldenlab sync --setup`, as sites
/// of one lab: the first made with `init --git`, the others cloned.
final class SyncNetwork {
    let scratch = Scratch()
    let remote: String
    private(set) var sites: [String] = []

    init(sites count: Int) throws {
        remote = scratch.file("remote.git")
        try Self.expect(Run.git(["init", "-q", "--bare", "--initial-branch=main", remote], in: scratch.path))
        let first = scratch.file("site0")
        try Self.expect(Run(["init", first, "--sample", "--git"]))
        try Self.expect(Run(["sync", "--data", first, "--setup", remote, "--author", "site0"]))
        sites = [first]
        for index in 1..<count {
            let site = scratch.file("site\(index)")
            try Self.expect(Run(["sync", "--data", site, "--setup", remote, "--author", "site\(index)"]))
            sites.append(site)
        }
    }

    @discardableResult
    static func expect(_ run: Run, _ comment: String = "", sourceLocation: SourceLocation = #_sourceLocation) -> Run {
        #expect(run.status == 0, "\(comment) \(run.output) \(run.error)", sourceLocation: sourceLocation)
        return run
    }

    func sync(_ site: Int) throws -> Run {
        try Run(["sync", "--data", sites[site], "--author", "site\(site)"])
    }

    /// The edit id of the journal's last line: what the command just saved.
    static func lastEdit(in folder: String) throws -> String {
        let journal = try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)
        let line = journal.split(separator: "\n").last.map(String.init) ?? ""
        guard let range = line.range(of: #""edit":"e-[0-9a-f]+""#, options: .regularExpression) else { return "" }
        return String(line[range].dropFirst(8).dropLast())
    }

    /// Every edit id the folder keeps (journal and history), with how often.
    static func editCounts(in folder: String) throws -> [String: Int] {
        var files = [folder + "/journal.jsonl", folder + "/history.jsonl"]
        files += ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/history")) ?? []).map { folder + "/history/" + $0 }
        var counts: [String: Int] = [:]
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                guard let range = line.range(of: #""edit":"e-[0-9a-f]+""#, options: .regularExpression) else { continue }
                counts[String(line[range].dropFirst(8).dropLast()), default: 0] += 1
            }
        }
        return counts
    }

    /// The folder's files and their bytes, without git's folder and the lock.
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        while let path = walker.nextObject() as? String {
            if path == ".git" { walker.skipDescendants(); continue }
            guard path != "journal.lock", let data = FileManager.default.contents(atPath: folder + "/" + path) else { continue }
            result[path] = data
        }
        return result
    }
}
