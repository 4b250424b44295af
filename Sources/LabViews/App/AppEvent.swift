import Foundation
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
    /// The runtime tried to load a theme the user asked for.
    case themeLoaded(name: String, Result<Theme, ThemeProblem>)
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

    public init(data: LabData, history: [HistoryItem]) {
        self.data = data
        self.history = history
    }
}

public struct ReloadFailure: Error, Hashable, Sendable {
    public var problemCount: Int
    public var firstProblem: String

    public init(problemCount: Int, firstProblem: String) {
        self.problemCount = problemCount
        self.firstProblem = firstProblem
    }
}

/// What `update` asks the runtime to do; all input and output happens there.
public enum Effect: Hashable, Sendable {
    case quit
    case reload
    case loadTheme(String)
    /// Save this change through the journal.
    case commit(EntityChange)
}
