import Foundation

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

    init(_ root: String) {
        let manager = FileManager.default
        for name in (try? manager.contentsOfDirectory(atPath: root)) ?? [] {
            let path = root + "/" + name
            if let target = try? manager.destinationOfSymbolicLink(atPath: path) {
                entries[name] = .link(target)
            } else if (try? manager.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory {
                entries[name] = .folder
            } else if let data = manager.contents(atPath: path) {
                entries[name] = .file(Array(data))
            } else {
                entries[name] = .unreadable
            }
        }
    }

    /// The names whose entry differs, left out the lock file, which readers may create.
    func changes(since before: FolderSnapshot, allowingAppendTo appendable: String? = nil) -> [String] {
        Set(entries.keys).union(before.entries.keys).filter { name in
            guard name != "journal.lock", entries[name] != before.entries[name] else { return false }
            if name == appendable, case .file(let now) = entries[name] {
                switch before.entries[name] {
                case .file(let earlier): return !now.starts(with: earlier)
                case nil: return false
                default: return true
                }
            }
            return true
        }.sorted()
    }
}
