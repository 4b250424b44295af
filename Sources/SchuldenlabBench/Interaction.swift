// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabKeys
import LabModel
import LabProgram
import LabTerminal
import LabViews

/// What a user waits for inside the program, each time from the event to the frame drawn by
/// ncurses into a real 200x60 pseudo-terminal: a key, a filter keystroke, an own edit saved and
/// shown, another process's edit shown; and the bytes that reach the terminal. It drives the
/// program's own loop (`Program`), with the real terminal as its backend.
final class Interaction {
    struct Figures {
        var keys: (p50: Double, p99: Double) = (0, 0)
        var filter: (p50: Double, p99: Double) = (0, 0)
        var filterAtOnce: (p50: Double, p99: Double) = (0, 0)
        var filterByField: (p50: Double, p99: Double) = (0, 0)
        var edits: (p50: Double, p99: Double) = (0, 0)
        var live: (p50: Double, p99: Double) = (0, 0)
        var bytes: (oneKey: Int, fullRepaint: Int) = (0, 0)
    }

    static let width = 200
    static let height = 60

    private let terminal: Terminal
    private let pseudoTerminal: PseudoTerminal

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

    /// The program on the session's folder: its first frame (the overview) drawn whole, then the
    /// commitments pane; and the bytes of that first frame.
    private func program(_ session: FolderSession) -> (Program, firstFrameBytes: Int) {
        terminal.invalidate()
        let before = pseudoTerminal.settledByteCount()
        let state = AppState(data: session.data, source: .folder(session.folder.path), referenceDay: session.data.lab.asOf ?? Day.today(),
                             width: Self.width, height: Self.height, history: session.history)
        let program = Program(state: state, backend: terminal, store: FolderStore(session, polling: false, readOnly: false))
        program.draw()
        let firstFrameBytes = pseudoTerminal.settledByteCount() - before
        program.handle(.key(.character("4")))
        program.draw()
        return (program, firstFrameBytes)
    }

    private func timed(_ program: Program, _ event: AppEvent) -> Double {
        Measure.seconds {
            program.handle(event)
            program.draw()
        }
    }

    /// The first frame is a full repaint; then 1,000 `j`, PgDn, G, tab switches, sort, open and
    /// back, on the commitments pane.
    func keys(_ session: FolderSession, into figures: inout Figures) {
        let (program, firstFrameBytes) = program(session)
        figures.bytes.fullRepaint = firstFrameBytes
        var keys: [Key] = Array(repeating: .character("j"), count: 1000)
        keys += [.pageDown, .character("G"), .tab, .tab, .backTab, .backTab, .character("s"), .character("s"), .enter, .escape]
        keys += [.character("2"), .enter, .escape, .character("3"), .enter, .escape, .character("4")]
        var timings: [Double] = []
        for (index, key) in keys.enumerated() {
            let isMeasuredJ = index == 1
            let bytesBefore = isMeasuredJ ? pseudoTerminal.settledByteCount() : 0
            timings.append(timed(program, .key(key)))
            if isMeasuredJ { figures.bytes.oneKey = pseudoTerminal.settledByteCount() - bytesBefore }
        }
        figures.keys = Measure.spread(timings)
    }

    /// Each keystroke of typing `word` into `/` on the commitments table: after the table has
    /// been on screen for a second, in which the program prepares the filter as it does when it
    /// waits for a key; or at once.
    func filter(_ session: FolderSession, word: String = "gemeente", atOnce: Bool, into figures: inout Figures) {
        let timings = filterTimings(session, typing: word, atOnce: atOnce)
        if atOnce { figures.filterAtOnce = timings } else { figures.filter = timings }
    }

    /// Each keystroke of a filter by fields, `soort:geld waarde>1000`, after the table has been on screen for a second.
    func filterByField(_ session: FolderSession, into figures: inout Figures) {
        figures.filterByField = filterTimings(session, typing: "soort:geld waarde>1000", atOnce: false)
    }

    private func filterTimings(_ session: FolderSession, typing word: String, atOnce: Bool) -> (p50: Double, p99: Double) {
        let (program, _) = program(session)
        if !atOnce {
            program.prepareWhileIdle()
            sleep(1)
        }
        _ = timed(program, .key(.character("/")))
        return Measure.spread(word.map { timed(program, .key(.character($0))) })
    }

    /// An own edit: from submit to saved (in the journal, flushed) and shown.
    func edits(_ session: FolderSession, count: Int, into figures: inout Figures) {
        let (program, _) = program(session)
        var timings: [Double] = []
        for index in 0..<count {
            guard var commitment = program.state.data.commitments.first else { return }
            commitment.note = "edit \(index)"
            let change = EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
            timings.append(Measure.seconds {
                program.carryOut(.commit(change))
                program.draw()
            })
        }
        figures.edits = Measure.spread(timings)
    }

    /// Another process's edit: from saved to the frame that shows it (the watcher notices, the
    /// journal's new line is read, the frame drawn).
    func live(_ session: FolderSession, rounds: Int, into figures: inout Figures) {
        let (program, _) = program(session)
        let other = DataFolder(path: session.folder.path)
        var timings: [Double] = []
        for index in 0..<rounds {
            _ = try? other.commit(author: "other") { data throws(EditFailure) in
                guard var commitment = data.commitments.last else { throw .notFound(.commitment, "") }
                commitment.note = "live \(index)"
                return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
            }
            timings.append(Measure.seconds {
                while !program.takeSources() { usleep(100) }
                program.draw()
            })
        }
        figures.live = Measure.spread(timings)
    }
}
