import Foundation
import LabKeys
import LabModel
import LabTerminal
import LabViews

/// Runs the program full screen: draws the state, reads events, feeds them to `App.update`
/// and carries out the effects (reloading, loading themes) that the pure update asks for.
struct TerminalSession {
    let data: LabData
    let source: DataSource
    /// The folder kept open, for data read from a folder.
    var folderSession: FolderSession?
    let referenceDay: Day
    let language: Language
    let themeName: String?
    let mouse: Bool
    let readOnly: Bool
    let poll: Bool
    let author: String
    var demo: DemoOptions?
    /// For the benchmark: the time to the first frame is the time to open.
    var exitAfterFirstFrame = false
    var environment = ProcessInfo.processInfo.environment

    /// The exit status.
    func run() -> Int32 {
        let catalog = ThemeCatalog(environment: environment)
        var startMessages: [StatusMessage] = []
        let (keymap, keymapPath, problems) = KeymapFile.load(environment: environment)
        if let keymapPath {
            let actionLanguage: ActionLanguage = language == .nl ? .nl : .en
            if let first = problems.first {
                startMessages.append(StatusMessage("\(UIText.keysProblem.text(in: language)) \(keymapPath.visible): "
                    + first.message(in: actionLanguage) + (problems.count > 1 ? " (+\(problems.count - 1))" : ""), kind: .error))
            }
        }
        var theme = ThemeCatalog.defaultTheme
        let wantedTheme = themeName ?? ThemeCatalog.defaultName
        switch catalog.theme(named: wantedTheme) {
        case .success(let found): theme = found
        case .failure(let problem):
            startMessages.append(StatusMessage("\(UIText.themeProblem.text(in: language)) \"\(wantedTheme.visible)\": "
                                               + problem.message(in: language), kind: .error))
        }

        let terminal: Terminal
        do {
            terminal = try Terminal(mouse: mouse, environment: environment)
        } catch {
            Output.error(error.message(in: language) + "\n")
            return 2
        }
        defer { terminal.restore() }

        let (width, height) = terminal.size
        var store = folderSession
        let watcher = store.map { FolderWatcher(folder: $0.folder, polling: poll) }
        var state = AppState(data: data, source: source.label, referenceDay: referenceDay, language: language,
                             themeName: theme.name, keymap: keymap, width: width, height: height,
                             history: store?.history ?? [],
                             isReadOnly: readOnly || !(store?.folder.isWritable ?? false))
        state.message = startMessages.first
        state.author = author
        state.today = LabTime.today(for: data.lab)
        state.isDemo = demo != nil
        state.showsContacts = demo?.showsContacts ?? true
        state.tour = demo?.tour
        var simulator = Simulator(generator: SystemRandomNumberGenerator())
        var nextSimulation = Date().addingTimeInterval(3)
        var nextRetry = Date().addingTimeInterval(2)
        var context = RenderContext(theme: theme, glyphs: terminal.speaksUTF8 ? .unicode : .ascii)

        // Another process holding the lock makes a read or a save wait; the screen says so meanwhile.
        func sayWaiting() {
            var waiting = state
            waiting.message = StatusMessage(UIText.waitingForLock.text(in: state.language), kind: .error)
            terminal.draw(Screen.render(waiting, context: context))
        }

        while state.isRunning {
            terminal.draw(Screen.render(state, context: context))
            if exitAfterFirstFrame { break }
            // A short wait, so that other people's edits and fading marks show without a key press.
            let event = terminal.nextEvent(waitingAtMost: 100)
            if event == nil { state.prepareFilterInBackground() }
            var pending: [AppEvent] = event.map { [appEvent(for: $0)] } ?? []
            // Keys that are already waiting (a paste, a held key) are taken in before the next frame.
            while event != nil, pending.count < 4096, let waiting = terminal.nextEvent(waitingAtMost: 0) {
                pending.append(appEvent(for: waiting))
            }
            // After a failed read (the folder moved away, a file broken) the folder is tried again
            // now and then, so that the screen mends itself when the folder is back.
            let retryFailedRead = store?.lastReadFailed == true && Date() >= nextRetry
            if retryFailedRead { nextRetry = Date().addingTimeInterval(2) }
            if watcher?.hasChanged() == true || retryFailedRead, store != nil {
                pending += read(store!.refresh(whileWaiting: sayWaiting), from: store!)
            }
            if event == nil, !state.highlights.isEmpty || state.tour != nil { pending.append(.tick(Date())) }
            if demo?.simulate == true, let folder = store?.folder, Date() >= nextSimulation {
                // The second actor goes through the journal like another process; the watcher shows its edit.
                nextSimulation = Date().addingTimeInterval(Double.random(in: 3...6))
                if let change = simulator.nextChange(in: state.data, today: state.today) {
                    _ = try? folder.commit(author: Simulator<SystemRandomNumberGenerator>.author) { _ in change }
                }
            }
            while !pending.isEmpty {
                let (next, effects) = App.update(state, pending.removeFirst())
                state = next
                for effect in effects {
                    switch effect {
                    case .quit:
                        state.isRunning = false
                    case .reload:
                        if store != nil {
                            pending += read(store!.readAll(whileWaiting: sayWaiting), from: store!)
                        } else {
                            pending.append(.reloaded(reloadSample(), at: Date()))
                        }
                    case .commit(let change):
                        guard store != nil else { continue }
                        do {
                            let (entry, before) = try store!.commit(author: state.author, whileWaiting: sayWaiting) { _ in change }
                            ActivityLog.saved(entry)
                            pending.append(.committed(entry, before: before, at: Date()))
                            // A long journal slows every load: fold it in now, under the lock, as compact does.
                            if store!.needsCompaction(), (try? store!.compact(whileWaiting: sayWaiting)) != nil {
                                try? SchemaFiles.write(into: store!.folder.path)
                                ActivityLog.note("compacted \(store!.folder.path)")
                            }
                            // Other people's edits read on the way.
                            pending += read(store!.refresh(whileWaiting: sayWaiting), from: store!)
                        } catch {
                            ActivityLog.refused(error, change.value.kind, change.value.id)
                            pending.append(.commitFailed(error, change))
                        }
                    case .loadTheme(let name):
                        let result = catalog.theme(named: name)
                        if case .success(let loaded) = result { context.theme = loaded }
                        pending.append(.themeLoaded(name: name, result))
                    }
                }
            }
        }
        ActivityLog.note("stop")
        return 0
    }

    private func appEvent(for event: TerminalEvent) -> AppEvent {
        switch event {
        case .key(let key): .key(key)
        case .resize(let width, let height): .resize(width: width, height: height)
        case .mouse(let mouse): .mouse(mouse)
        }
    }

    private func read(_ change: FolderSession.Change, from store: FolderSession) -> [AppEvent] {
        switch change {
        case .none: break
        case .entities(let values): ActivityLog.note("read \(values.count) changed entities from the journal")
        case .everything: ActivityLog.note("read \(store.folder.path) again")
        case .failed(let report): ActivityLog.read(report, from: store.folder.path)
        case .restoredJournal(let lines): ActivityLog.note("journal.jsonl was cut short or removed by someone else; \(lines) lines written back")
        }
        return AppEvent.folderRead(change, from: store, at: Date(), language: language).map { [$0] } ?? []
    }

    private func reloadSample() -> Result<Snapshot, ReloadFailure> {
        let (data, report) = source.load()
        if let data, report.problems.isEmpty { return .success(Snapshot(data: data, history: [])) }
        return .failure(ReloadFailure(report, language: language))
    }
}

/// Where a user's own keymap lives, and the keymap it makes.
enum KeymapFile {
    static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/schuldenlab/keys.json" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/schuldenlab/keys.json" }
        return nil
    }

    /// The default keys with the user's file laid over them; the file's path when there is one,
    /// and what is wrong in it.
    static func load(environment: [String: String]) -> (keymap: Keymap, path: String?, problems: [KeymapProblem]) {
        var keymap = Keymap()
        guard let path = path(environment: environment) else { return (keymap, nil, []) }
        let contents: Data
        do {
            contents = try FileBytes.data(path)
        } catch .missing {
            return (keymap, nil, [])
        } catch {
            return (keymap, path, [KeymapProblem.unreadable("\(error)")])
        }
        let problems = keymap.apply(fileContents: contents)
        return (keymap, path, problems)
    }
}

extension DataSource {
    var label: SourceLabel {
        switch self {
        case .folder(let path, _): .folder(path)
        case .builtInSample: .builtInSample
        }
    }
}
