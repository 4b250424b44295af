// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel

/// What is in a folder, file by file (links as their target, folders as such), to tell after a
/// run whether anything changed.
struct FolderSnapshot: Equatable {
    enum Entry: Equatable {
        case file([UInt8])
        case link(String)
        case folder
        case unreadable
    }

    private(set) var entries: [String: Entry] = [:]

    /// The folder's entries, and those of its history's segments as `history/NAME`.
    init(_ root: String) {
        add(root, prefix: "")
        if entries["history"] == .folder { add(root + "/history", prefix: "history/") }
    }

    private mutating func add(_ folder: String, prefix: String) {
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
            let path = folder + "/" + name
            var status = stat()
            if let target = try? manager.destinationOfSymbolicLink(atPath: path) {
                entries[prefix + name] = .link(target)
            } else if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFIFO {
                // Opening it to read would wait for a writer.
                entries[prefix + name] = .unreadable
            } else if (try? manager.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory {
                entries[prefix + name] = .folder
            } else if let data = manager.contents(atPath: path) {
                entries[prefix + name] = .file(Array(data))
            } else {
                entries[prefix + name] = .unreadable
            }
        }
    }

    /// What a run may have changed in the folder.
    enum Allowed {
        case nothing
        /// It said it saved an edit: the journal may have grown, or, when the journal was folded
        /// into the files (a new segment of the history is there), the files and the journal may be new.
        case anEdit
    }

    /// The names whose entry differs, left out the lock file, which readers may create.
    func changes(since before: FolderSnapshot, allowing allowed: Allowed) -> [String] {
        let newSegments = Set(entries.keys).subtracting(before.entries.keys).filter { $0.hasPrefix("history/") }
        let compacted = allowed == .anEdit && !newSegments.isEmpty
        return Set(entries.keys).union(before.entries.keys).filter { name in
            guard name != "journal.lock", entries[name] != before.entries[name] else { return false }
            switch allowed {
            case .nothing: return true
            case .anEdit:
                if compacted {
                    return !(DataFile.allCases.map(\.fileName) + ["journal.jsonl", "history"]).contains(name) && !newSegments.contains(name)
                }
                return !(name == "journal.jsonl" && grew(name, since: before))
            }
        }.sorted()
    }

    /// Whether the file is there and starts with what it held before (or was not there before).
    private func grew(_ name: String, since before: FolderSnapshot) -> Bool {
        guard case .file(let now) = entries[name] else { return false }
        switch before.entries[name] {
        case .file(let earlier): return now.starts(with: earlier)
        case nil: return true
        default: return false
        }
    }
}
