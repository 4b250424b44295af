// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#endif

/// Reading and changing a `views.json` on disk: opened as every file is (no links, no FIFOs),
/// changed under the data folder's lock and read again first, so that a view a colleague saved
/// meanwhile is kept, and never written over when it holds a mistake someone must see.
extension ViewsFile {
    /// The views kept at `path`; none when there is no file.
    public static func load(_ path: String, origin: SavedView.Origin, panes: [String]) -> (views: [SavedView], problems: [Problem]) {
        do {
            return read(try FileBytes.read(path), file: path, origin: origin, panes: panes)
        } catch .missing {
            return ([], [])
        } catch {
            return ([], [Problem(file: path, kind: .fileUnreadable(reason: "\(error)"))])
        }
    }

    /// Changes the views kept at `path` and writes them back; `lockFolder` is the data folder
    /// whose lock a team's file is changed under. The views as written, or why nothing was.
    public static func change(at path: String, lockFolder: String?, origin: SavedView.Origin, panes: [String],
                              _ change: (inout [SavedView]) -> Void) -> Result<[SavedView], ViewsFailure> {
        var lock: FolderLock?
        if let lockFolder {
            do throws(FolderLock.Failure) {
                lock = try FolderLock(folder: lockFolder, exclusive: true)
            } catch {
                let kind = error.problemKind
                return .failure(ViewsFailure(nl: "\(FolderLock.fileName): \(kind.message(in: .nl))", en: "\(FolderLock.fileName): \(kind.message(in: .en))"))
            }
        }
        defer { withExtendedLifetime(lock) {} }
        var (views, problems) = load(path, origin: origin, panes: panes)
        if let first = problems.first {
            return .failure(ViewsFailure(nl: first.rendered(in: .nl) + "; verbeter dat eerst, er is niets bewaard",
                                          en: first.rendered(in: .en) + "; fix that first, nothing was saved"))
        }
        change(&views)
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty, mkdir(folder, 0o750) != 0, errno != EEXIST {
            let reason = String(cString: strerror(errno))
            return .failure(ViewsFailure(nl: "\(folder): \(reason)", en: "\(folder): \(reason)"))
        }
        do {
            let schema = lockFolder == nil ? "https://schuldenlab070.nl/schemas/views.schema.json" : DataFile.schemaFolder + "/views.schema.json"
            try AtomicFile.write(text(views, schema: schema), to: path)
        } catch {
            return .failure(ViewsFailure(nl: "\(path): \(error.reason)", en: "\(path): \(error.reason)"))
        }
        return .success(views)
    }
}

/// Why the views were not saved, in both languages.
public struct ViewsFailure: Error, Sendable, Hashable {
    public let text: LocalizedText

    public init(nl: String, en: String) {
        text = LocalizedText(nl: nl, en: en)
    }
}
