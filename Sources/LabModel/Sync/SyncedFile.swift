// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What each file of a synchronised data folder is, by its path in the folder: how two sites'
/// versions of it are merged, and whether it may be there at all. A path that is none of these is
/// not part of a data folder: a synchronisation never takes it in from elsewhere nor sends it.
public enum SyncedFile: Sendable, Hashable {
    /// lab.json: a change on both sides keeps ours and says so.
    case lab
    /// partners.json, projects.json, commitments.json: merged by id, field by field.
    case entities(DataFile)
    /// The journal, the history and its segments, the conflicts: lines merged as a union.
    case lines
    /// views.json: the saved views of both sides, by name.
    case views
    /// Written by the program itself (the schemas, the git settings): ours when both changed.
    case generated

    public static func role(of path: String) -> SyncedFile? {
        if path == DataFile.lab.fileName { return .lab }
        if let file = DataFile(rawValue: path), file.kind != nil { return .entities(file) }
        if lineFiles.contains(path) || HistorySegments.isSegment(path) { return .lines }
        if path == ViewsFile.fileName { return .views }
        if generatedFiles.contains(path) { return .generated }
        let schemaPrefix = DataFile.schemaFolder + "/"
        if path.hasPrefix(schemaPrefix), isPlainName(path.dropFirst(schemaPrefix.count)), path.hasSuffix(".schema.json") { return .generated }
        return nil
    }

    static let lineFiles = [JournalReader.fileName, DataFolder.historyFileName, ConflictsFile.fileName]
    static let generatedFiles = [GitSetup.attributesFileName, GitSetup.ignoreFileName]

    /// The top-level paths (files and folders) a synchronisation adds to git: everything a role covers.
    public static let topLevelPaths: [String] = DataFile.allCases.map(\.fileName) + lineFiles + [ViewsFile.fileName]
        + generatedFiles + [HistorySegments.folderName, DataFile.schemaFolder]

    private static func isPlainName(_ name: Substring) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/")
    }
}
