// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import LabSheets
import LabViews

/// The one place where what `App.update` asks for becomes input and output: each effect is
/// carried out against the store or the theme catalogue, and its answer comes back as events.
struct EffectRunner {
    var store: any ProgramStore
    let themes: ThemeCatalog

    init(store: any ProgramStore, themes: ThemeCatalog) {
        self.store = store
        self.themes = themes
    }

    mutating func run(_ effect: Effect, author: String, whileWaiting: () -> Void) -> [AppEvent] {
        switch effect {
        case .reload:
            return store.readAll(at: Date(), whileWaiting: whileWaiting)
        case .commit(let change):
            return store.commit(change, author: author, at: Date(), whileWaiting: whileWaiting)
        case .copy:
            // The terminal carries it out; `Program` hands it there.
            return []
        case .sync(let language):
            return store.startSync(author: author, language: language, at: Date())
        case .decideConflict(let conflict, let change):
            return store.decide(conflict, change, author: author, at: Date(), whileWaiting: whileWaiting)
        case .commitEach(let changes):
            return store.commitEach(changes, author: author, at: Date(), whileWaiting: whileWaiting)
        case .loadTheme(let name):
            return [.themeLoaded(name: name, themes.theme(named: name))]
        case .export(let sheet, let typed, let language):
            // `~/` is the person's home folder, as a shell would read it.
            let path = typed.hasPrefix("~/") ? (ProcessInfo.processInfo.environment["HOME"] ?? "~") + typed.dropFirst() : typed
            let dialect: CSVDialect = language == .nl ? .excelDutch : .rfc4180
            let failure: LocalizedText? = switch SheetFile.write([sheet], to: path, language: language, dialect: dialect) {
            case .success: nil
            case .failure(let failure): LocalizedText(nl: failure.message(in: .nl), en: failure.message(in: .en))
            }
            return [.exported(path: path, rows: sheet.rows.count - 1, failure: failure)]
        case .saveView(let view, let path, let lockFolder):
            let result = ViewsFile.change(at: path, lockFolder: lockFolder, origin: view.origin, panes: ViewPlaces.paneNames) { views in
                views.removeAll { $0.isNamed(view.name.nl) }
                views.append(view)
            }
            return [.viewsChanged(result, view: view, deleted: false)]
        case .deleteView(let view, let path, let lockFolder):
            let result = ViewsFile.change(at: path, lockFolder: lockFolder, origin: view.origin, panes: ViewPlaces.paneNames) { views in
                views.removeAll { $0.isNamed(view.name.nl) }
            }
            return [.viewsChanged(result, view: view, deleted: true)]
        }
    }
}
