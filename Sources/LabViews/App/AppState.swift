// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabModel

/// Where the user is in one list: the selected row (by id, so it survives filtering and
/// sorting), the scroll, the filter, the sort, and the detail that is open.
public struct ListState: Hashable, Sendable {
    public var selectedID: String?
    public var offset = 0
    public var filter = ""
    /// `nil`: the list's natural order.
    public var sortColumn: Int?
    public var descending = false
    /// The id of the row whose detail is open.
    public var openID: String?
    public var detailScroll = 0
    /// Which of the open detail's links (its rows of other panes) is chosen, counted from the top.
    public var detailLink: Int?
    /// For wide content such as the network matrix.
    public var horizontalOffset = 0
    /// The network matrix's column under the cursor: 0 the shared support, then the projects;
    /// `nil` for the partners' names, where Enter opens the partner.
    public var matrixColumn: Int?
    /// The rows marked with Space, by id, for an action on all of them at once.
    public var marked: Set<String> = []

    public init() {}
}

/// Where the user was before Enter took them to another pane's row; Esc goes back there.
public struct Place: Hashable, Sendable {
    public var pane: PaneID
    public var list: ListState
}

/// What takes the keys right now.
public enum Mode: Hashable, Sendable {
    case normal
    /// Typing a filter; the text lives in the list's state, `original` is what Esc restores.
    case filtering(original: String)
    case command(text: String, cursor: Int, historyIndex: Int?)
    case help(scroll: Int)
    case form(FormState)
    case confirm(ConfirmState)
    case conflict(ConflictState)
}

/// A line for the status bar, worded in every language when it is made (the data it speaks of
/// may change later) and shown in the language of the moment, so that `:lang` reaches it too.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    private let texts: [Language: String]
    public var kind: Kind

    public init(kind: Kind = .info, _ words: (Language) -> String) {
        texts = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, words($0)) })
        self.kind = kind
    }

    public init(_ text: UIText, kind: Kind = .info) {
        self.init(kind: kind) { text.text(in: $0) }
    }

    public func text(in language: Language) -> String {
        texts[language] ?? ""
    }
}

/// Which data is on screen, as the status bar names it.
public enum SourceLabel: Hashable, Sendable {
    case builtInSample
    case folder(String)

    public var folderPath: String? {
        if case .folder(let path) = self { return path }
        return nil
    }
}

/// The whole state of the program; `update` is the only way it changes.
public struct AppState: Sendable {
    /// Set whole, every table is made again; `put` and `takeData(_:changed:)` say which entities
    /// changed, and the tables are then updated for their rows.
    public var data: LabData {
        didSet {
            dataRevision &+= 1
            derived.noteChanged(nil)
        }
    }
    public var source: SourceLabel
    public var referenceDay: Day
    public var language: Language
    public var themeName: String
    public var keymap: Keymap
    public var pane: PaneID = .overview
    public var lists: [PaneID: ListState]
    /// The places Enter came from, the latest last.
    public var backStack: [Place] = []
    public var mode: Mode = .normal
    public var commandHistory: [String] = []
    public var message: StatusMessage?
    public var width: Int
    public var height: Int
    public var isRunning = true
    /// Every saved edit on record, oldest first, with what it changed.
    public var history: [HistoryItem] {
        didSet { historyRevision &+= 1 }
    }
    /// The folder cannot or may not be written: editing is off.
    public var isReadOnly: Bool
    /// Entities changed by a recent reload, marked on screen until the time given.
    public var highlights: [String: Date] = [:]
    /// `:since DATE`: the tables mark what changed since that day (the last meeting).
    public var sinceDay: Day?
    /// Who edits in this program, and today's date for new entries.
    public var author = "unknown"
    public var today = Day(ordinal: 0)
    /// This program's own edits, the latest last, for `u`; and the ones `u` undid, for Ctrl-R.
    public var ownEdits: [OwnEdit] = []
    public var undoneEdits: [OwnEdit] = []
    /// The form whose change is being saved, to reopen if saving fails.
    public var pendingForm: FormState?
    /// The change being saved undoes or redoes an own edit.
    public var pendingStep: UndoStep?
    /// A demo: big figures on the overview, and maybe a tour that walks itself.
    public var isDemo = false
    /// Contact names and e-mail addresses are personal data; off for a screenshot or a projector.
    public var showsContacts = true
    public var tour: TourState?
    /// The views the team and this user saved (the built-in ones are in the program).
    public var savedViews: [SavedView] = []
    /// The folder against its git server, and whether a synchronisation is running.
    public var sync = SyncState()
    /// The conflicts synchronisations found that no one decided yet.
    public var openConflicts: [SyncConflict] = []
    /// Where views are saved.
    public var viewPlaces = ViewPlaces()
    /// The themes `:theme` offers.
    public var themeNames = ThemeCatalog.builtInNames
    /// Tab being pressed in the filter or the command line.
    var completion: Completing.Cycle?
    /// Counts the changes of `data` and `history`, for the derived tables.
    public private(set) var dataRevision: UInt64 = 0
    public private(set) var historyRevision: UInt64 = 0
    /// What the terminal draws boxes and bars with.
    public var glyphs: Glyphs = .unicode
    /// Tables derived from the data, made after each event.
    var derived = DerivedTables()

    public init(data: LabData, source: SourceLabel, referenceDay: Day, language: Language = .nl,
                themeName: String = "default", keymap: Keymap = Keymap(), width: Int = 80, height: Int = 24,
                history: [HistoryItem] = [], isReadOnly: Bool = false) {
        self.data = data
        self.history = history
        self.isReadOnly = isReadOnly
        self.source = source
        self.referenceDay = referenceDay
        self.language = language
        self.themeName = themeName
        self.keymap = keymap
        self.width = width
        self.height = height
        lists = Dictionary(uniqueKeysWithValues: PaneID.allCases.map { ($0, ListState()) })
        refreshDerived()
    }

    public var list: ListState {
        get { lists[pane] ?? ListState() }
        set { lists[pane] = newValue }
    }

    func say(_ text: UIText) -> String {
        text.text(in: language)
    }
}

/// The folder against its git server: what the status bar shows.
public struct SyncState: Hashable, Sendable {
    public var status = SyncStatus()
    public var isRunning = false
    /// Edits this program saved since the status was read: not sent yet either.
    public var savedSince = 0

    public init(status: SyncStatus = SyncStatus()) {
        self.status = status
    }
}
