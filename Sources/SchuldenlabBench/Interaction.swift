import Foundation
import LabKeys
import LabModel
import LabTerminal
import LabViews

/// What a user waits for inside the program, each time from the event to the frame drawn by
/// ncurses into a real 200x60 pseudo-terminal: a key, a filter keystroke, an own edit saved and
/// shown, another process's edit shown; and the bytes that reach the terminal.
final class Interaction {
    struct Figures {
        var keys: (p50: Double, p99: Double) = (0, 0)
        var filter: (p50: Double, p99: Double) = (0, 0)
        var filterAtOnce: (p50: Double, p99: Double) = (0, 0)
        var edits: (p50: Double, p99: Double) = (0, 0)
        var live: (p50: Double, p99: Double) = (0, 0)
        var bytes: (oneKey: Int, fullRepaint: Int) = (0, 0)
    }

    static let width = 200
    static let height = 60

    private let terminal: Terminal
    private let pseudoTerminal: PseudoTerminal
    private let context = RenderContext(theme: ThemeCatalog.defaultTheme)

    /// Runs `body` with the bench's standard output going to a fresh pseudo-terminal; the figures
    /// are printed after it is given back.
    static func measure(_ body: (Interaction) throws -> Figures) rethrows -> Figures {
        setenv("LC_ALL", "C.UTF-8", 1)
        let pseudoTerminal = PseudoTerminal(width: width, height: height)
        defer { pseudoTerminal.close() }
        let terminal = try! Terminal(mouse: false, environment: ["TERM": "xterm-256color"])
        defer { terminal.restore() }
        return try body(Interaction(terminal: terminal, pseudoTerminal: pseudoTerminal))
    }

    private init(terminal: Terminal, pseudoTerminal: PseudoTerminal) {
        self.terminal = terminal
        self.pseudoTerminal = pseudoTerminal
    }

    private func initialState(_ data: LabData, history: [HistoryItem] = []) -> AppState {
        AppState(data: data, source: .folder("/bench"), referenceDay: data.lab.asOf ?? Day.today(),
                 width: Self.width, height: Self.height, history: history)
    }

    private func show(_ state: AppState) {
        terminal.draw(Screen.render(state, context: context))
    }

    /// The first frame is a full repaint; then 1,000 `j`, PgDn, G, tab switches, sort, open and
    /// back, on the commitments pane.
    func keys(_ data: LabData, into figures: inout Figures) {
        var state = initialState(data)
        let before = pseudoTerminal.settledByteCount()
        show(state)
        figures.bytes.fullRepaint = pseudoTerminal.settledByteCount() - before
        var keys: [Key] = [.character("4")] + Array(repeating: .character("j"), count: 1000)
        keys += [.pageDown, .character("G"), .tab, .tab, .backTab, .backTab, .character("s"), .character("s"), .enter, .escape]
        keys += [.character("2"), .enter, .escape, .character("3"), .enter, .escape, .character("4")]
        var timings: [Double] = []
        for (index, key) in keys.enumerated() {
            let isMeasuredJ = index == 2
            let bytesBefore = isMeasuredJ ? pseudoTerminal.settledByteCount() : 0
            timings.append(Measure.seconds {
                state = App.update(state, .key(key)).0
                show(state)
            })
            if isMeasuredJ { figures.bytes.oneKey = pseudoTerminal.settledByteCount() - bytesBefore }
        }
        figures.keys = Measure.spread(timings)
    }

    /// Each keystroke of typing `word` into `/` on the commitments table: after the table has
    /// been on screen for a second, in which the program prepares the filter as it does when it
    /// waits for a key; or at once.
    func filter(_ data: LabData, word: String = "gemeente", atOnce: Bool, into figures: inout Figures) {
        var state = initialState(data)
        state = App.update(state, .key(.character("4"))).0
        show(state)
        if !atOnce {
            state.prepareFilterInBackground()
            sleep(1)
        }
        state = App.update(state, .key(.character("/"))).0
        show(state)
        var timings: [Double] = []
        for character in word {
            timings.append(Measure.seconds {
                state = App.update(state, .key(.character(character))).0
                show(state)
            })
        }
        if atOnce { figures.filterAtOnce = Measure.spread(timings) } else { figures.filter = Measure.spread(timings) }
    }

    /// An own edit: from submit to saved (in the journal, flushed) and shown.
    func edits(_ session: inout FolderSession, count: Int, into figures: inout Figures) {
        var state = App.update(initialState(session.data, history: session.history), .key(.character("4"))).0
        show(state)
        var timings: [Double] = []
        for index in 0..<count {
            timings.append(Measure.seconds {
                guard let (entry, before) = try? session.commit(author: "bench", { data throws(EditFailure) in
                    guard var commitment = data.commitments.first else { throw .notFound(.commitment, "") }
                    commitment.note = "edit \(index)"
                    return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
                }) else { return }
                state = App.update(state, .committed(entry, before: before, at: Date())).0
                show(state)
            })
        }
        figures.edits = Measure.spread(timings)
    }

    /// Another process's edit: from saved to the frame that shows it (the watcher notices, the
    /// journal's new line is read, the frame drawn).
    func live(_ session: inout FolderSession, rounds: Int, into figures: inout Figures) {
        var state = App.update(initialState(session.data, history: session.history), .key(.character("4"))).0
        show(state)
        let watcher = FolderWatcher(folder: session.folder, polling: false)
        let other = DataFolder(path: session.folder.path)
        var timings: [Double] = []
        for index in 0..<rounds {
            _ = try? other.commit(author: "other") { data throws(EditFailure) in
                guard var commitment = data.commitments.last else { throw .notFound(.commitment, "") }
                commitment.note = "live \(index)"
                return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
            }
            timings.append(Measure.seconds {
                while !watcher.hasChanged() { usleep(100) }
                if let event = AppEvent.folderRead(session.refresh(), from: session, at: Date(), language: .nl) {
                    state = App.update(state, event).0
                }
                show(state)
            })
        }
        figures.live = Measure.spread(timings)
    }
}
