// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What makes a data folder a git repository the program can synchronise: which of its files git
/// merges with the program's drivers, and which it leaves out (the lock, what is made again).
/// Named from the files the folder's code names (`SyncedFile`), so that a new file cannot be forgotten here.
public enum GitSetup {
    public static let journalDriver = "schuldenlab-journal"
    public static let dataDriver = "schuldenlab-data"
    public static let attributesFileName = ".gitattributes"
    public static let ignoreFileName = ".gitignore"

    /// `.gitattributes`: the journal, the history and the conflicts merged as a union, the entity
    /// files by id and field; lab.json never by lines (a change on both sides is a conflict to decide).
    public static var attributes: String {
        let lines = SyncedFile.lineFiles + [HistorySegments.folderName + "/*.jsonl"]
        let entities = DataFile.allCases.filter { $0.kind != nil }.map(\.fileName)
        return (lines.map { "\($0) merge=\(journalDriver)" } + entities.map { "\($0) merge=\(dataDriver)" }
            + ["\(DataFile.lab.fileName) -merge"]).joined(separator: "\n") + "\n"
    }

    /// `.gitignore`: the writers' lock, and what a writer killed half-way left behind.
    public static var ignored: String {
        [FolderLock.fileName, "*" + AtomicFile.temporaryMarker + "*", Compaction.manifestName, "*" + Compaction.newFileSuffix]
            .joined(separator: "\n") + "\n"
    }

    /// The drivers, as `git config` takes them, for the program at `binary`.
    public static func driverSettings(binary: String) -> [(key: String, value: String)] {
        [("merge.\(journalDriver).name", "schuldenlab: every edit of both journals, once"),
         ("merge.\(journalDriver).driver", "\(binary) merge-driver journal %O %A %B"),
         ("merge.\(dataDriver).name", "schuldenlab: entities by id and field"),
         ("merge.\(dataDriver).driver", "\(binary) merge-driver data %O %A %B %P")]
    }
}
