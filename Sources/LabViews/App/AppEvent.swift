// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabModel

/// Everything that can happen to the program.
public enum AppEvent: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// The runtime read the data again: asked for with `r`, or because the folder changed.
    case reloaded(Result<Snapshot, ReloadFailure>, at: Date)
    /// Time passes: marks of recent changes fade.
    case tick(Date)
    /// The runtime saved an edit this program asked for.
    case committed(JournalEntry, before: EntityValue?, at: Date)
    /// The runtime could not save it.
    case commitFailed(EditFailure, EntityChange)
    /// What came of the edits of a bulk action: saved with one write, or refused one by one.
    case committedEach(saved: [SavedEdit], refused: [RefusedEdit], at: Date)
    /// The runtime tried to load a theme the user asked for.
    case themeLoaded(name: String, Result<Theme, ThemeProblem>)
    /// What writing a table to a spreadsheet came to: the rows written, or why nothing was.
    case exported(path: String, rows: Int, failure: LocalizedText?)
    /// The text was handed to the terminal's clipboard, or could not be.
    case copied(String, toClipboard: Bool)
    /// What saving or deleting a view came to: the views of its file now, or why nothing changed.
    case viewsChanged(Result<[SavedView], ViewsFailure>, view: SavedView, deleted: Bool)
    /// Where the folder stands against its git server, as far as is known here.
    case syncStatus(SyncStatus)
    /// The program started a synchronisation on its own (`--sync-every`).
    case syncStarted
    /// The decision on a synchronisation's conflict could not be recorded.
    case conflictNotDecided(EditFailure)
    /// A synchronisation with the git server ended.
    case synced(Result<SyncOutcome, SyncProblem>, at: Date)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// The data and its history as read from the folder.
public struct Snapshot: Sendable {
    public var data: LabData
    public var history: [HistoryItem]
    /// The entities that changed, when the reader knows them; else they are found by comparing.
    public var changed: [EntityValue]?
    /// Lines of a journal that someone cut short or removed, written back by the program.
    public var restoredJournalLines = 0
    /// The conflicts a synchronisation found that no one decided yet; `nil` when they were not read again.
    public var openConflicts: [SyncConflict]?

    public init(data: LabData, history: [HistoryItem], changed: [EntityValue]? = nil, restoredJournalLines: Int = 0,
                openConflicts: [SyncConflict]? = nil) {
        self.data = data
        self.history = history
        self.changed = changed
        self.restoredJournalLines = restoredJournalLines
        self.openConflicts = openConflicts
    }
}

public struct ReloadFailure: Error, Hashable, Sendable {
    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }
}

/// What `update` asks the runtime to do; all input and output happens there.
public enum Effect: Hashable, Sendable {
    case reload
    case loadTheme(String)
    /// Save this change through the journal.
    case commit(EntityChange)
    /// Save these changes of a bulk action through the journal, with one write.
    case commitEach([EntityChange])
    /// Write the sheet to a spreadsheet file (`.xlsx` or `.csv`), with the language's words and numbers.
    case export(Sheet, to: String, language: Language)
    /// Put the text on the terminal's clipboard.
    case copy(String)
    /// Keep the view in the `views.json` at the path (replacing one of its name), under the data folder's lock when given.
    case saveView(SavedView, at: String, lockFolder: String?)
    case deleteView(SavedView, at: String, lockFolder: String?)
    /// Synchronise the folder with its git server, in the background; commit messages in the language.
    case sync(Language)
    /// Save the change decided for the synchronisation conflict with this id (none when what the
    /// merge holds stays), then record that it was decided.
    case decideConflict(String, EntityChange?)
}

extension AppEvent {
    /// The event for what a refresh of the open folder found; `nil` when it found nothing.
    public static func folderRead(_ change: FolderSession.Change, from session: FolderSession, at now: Date) -> AppEvent? {
        switch change {
        case .none:
            return nil
        case .entities(let values):
            return .reloaded(.success(Snapshot(data: session.data, history: session.history, changed: values)), at: now)
        case .everything:
            return .reloaded(.success(Snapshot(data: session.data, history: session.history,
                                               openConflicts: ConflictsFile.read(in: session.folder.path).open)), at: now)
        case .restoredJournal(let lines):
            return .reloaded(.success(Snapshot(data: session.data, history: session.history, restoredJournalLines: lines,
                                               openConflicts: ConflictsFile.read(in: session.folder.path).open)), at: now)
        case .failed(let report):
            return .reloaded(.failure(ReloadFailure(problems: report.problems)), at: now)
        }
    }
}


