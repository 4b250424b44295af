// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import LabProgram
import LabTerminal
import LabViews

/// Wires the program to the real terminal, the store and the activity log.
struct TerminalSession {
    let data: LabData
    let source: DataSource
    /// The folder kept open, for data read from a folder.
    var folderSession: FolderSession?
    let referenceDay: Day
    var choices: SessionChoices
    let mouse: Bool
    let poll: Bool
    /// The demo's simulated colleague edits the folder now and then.
    var simulates = false
    /// For the benchmark: the time to the first frame is the time to open.
    var exitAfterFirstFrame = false
    var environment = ProcessInfo.processInfo.environment

    /// The exit status.
    func run() -> Int32 {
        let terminal: Terminal
        do {
            terminal = try Terminal(mouse: mouse, environment: environment)
        } catch {
            Output.error(error.message(in: choices.language) + "\n")
            return 2
        }
        defer { terminal.restore() }
        let store: any ProgramStore = folderSession.map {
            FolderStore($0, polling: poll, readOnly: choices.readOnly,
                        syncEvery: choices.syncEvery.map { ($0, choices.author, choices.language) }, note: ActivityLog.store)
        } ?? SampleStore(load: reloadSample)
        let themes = ThemeCatalog(environment: environment)
        let (state, theme) = ProgramStart.state(data: data, source: source.label, referenceDay: referenceDay, choices: choices,
                                                store: store, size: terminal.size, themes: themes, environment: environment)
        var sources: [any EventSource] = [ScreenClock()]
        if simulates, let folder = folderSession?.folder { sources.append(SimulatedColleague(folder: folder)) }
        let program = Program(state: state, backend: terminal, store: store, themes: themes, theme: theme, sources: sources)
        if exitAfterFirstFrame { program.draw() } else { program.run() }
        ActivityLog.note("stop")
        return 0
    }

    private func reloadSample() -> Result<Snapshot, ReloadFailure> {
        let (data, report) = source.load()
        if let data, report.problems.isEmpty { return .success(Snapshot(data: data, history: [])) }
        return .failure(ReloadFailure(problems: report.problems))
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
