// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabModel
import LabViews

/// What a user chose for one session of the program.
public struct SessionChoices: Sendable {
    public var language: Language
    /// `nil`: the default theme.
    public var themeName: String?
    public var author: String
    public var readOnly = false
    public var isDemo = false
    public var showsContacts = true
    public var tour: TourState?
    /// What was wrong in the configuration file, said on the first frame.
    public var setupProblems: [Problem] = []
    /// `--sync-every`: seconds between synchronisations the program starts on its own.
    public var syncEvery: TimeInterval?

    public init(language: Language, themeName: String?, author: String) {
        self.language = language
        self.themeName = themeName
        self.author = author
    }
}

/// The first state of a session: the data, the user's keymap and theme, and what was wrong
/// with them, said on the first frame.
public enum ProgramStart {
    public static func state(data: LabData, source: SourceLabel, referenceDay: Day, choices: SessionChoices,
                             store: any ProgramStore, size: (width: Int, height: Int), themes: ThemeCatalog,
                             environment: [String: String]) -> (state: AppState, theme: Theme) {
        let language = choices.language
        var problems: [StatusMessage] = []
        if let first = choices.setupProblems.first {
            let count = choices.setupProblems.count
            problems.append(StatusMessage(kind: .error) { language in
                "\(UIText.configurationProblem.text(in: language)) " + first.rendered(in: language) + (count > 1 ? " (+\(count - 1))" : "")
            })
        }
        let (keymap, _, keymapProblems) = KeymapFile.load(environment: environment)
        if let first = keymapProblems.first {
            problems.append(StatusMessage(kind: .error) { language in
                "\(UIText.keysProblem.text(in: language)) " + first.rendered(in: language)
                    + (keymapProblems.count > 1 ? " (+\(keymapProblems.count - 1))" : "")
            })
        }
        let places = ViewPlaces(teamFolder: source.folderPath, personal: UserFolder.file(ViewsFile.fileName, environment: environment))
        var views: [SavedView] = []
        for (path, origin) in [(places.team, SavedView.Origin.team), (places.personal, .personal)] {
            guard let path else { continue }
            let (found, viewProblems) = ViewsFile.load(path, origin: origin, panes: ViewPlaces.paneNames)
            views += found
            if let first = viewProblems.first {
                problems.append(StatusMessage(kind: .error) { language in
                    "\(UIText.viewsProblem.text(in: language)): " + first.rendered(in: language)
                        + (viewProblems.count > 1 ? " (+\(viewProblems.count - 1))" : "")
                })
            }
        }
        var theme = ThemeCatalog.defaultTheme
        let wantedTheme = choices.themeName ?? ThemeCatalog.defaultName
        switch themes.theme(named: wantedTheme) {
        case .success(let found): theme = found
        case .failure(let problem):
            problems.append(StatusMessage(kind: .error) {
                "\(UIText.themeProblem.text(in: $0)) \"\(wantedTheme.visible)\": " + problem.message(in: $0)
            })
        }
        var state = AppState(data: data, source: source, referenceDay: referenceDay, language: language,
                             themeName: theme.name, keymap: keymap, width: size.width, height: size.height,
                             history: store.history, isReadOnly: choices.readOnly || !store.isWritable)
        state.message = problems.first
        state.author = choices.author
        state.today = LabTime.today(for: data.lab)
        state.isDemo = choices.isDemo
        state.showsContacts = choices.showsContacts
        state.tour = choices.tour
        state.viewPlaces = places
        state.savedViews = views
        if let folder = store as? FolderStore {
            state.sync.status = folder.syncStatus
            state.openConflicts = ConflictsFile.read(in: folder.session.folder.path).open
        }
        return (state, theme)
    }
}
