// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabKeys
import LabModel
import LabViews

extension ScreenFormat: ExpressibleByArgument {}

struct ScreenshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screenshot",
        abstract: "Een scherm als tekst of plaatje, zonder terminal. / A pane as text or a picture, without a terminal.",
        discussion: "SVG and HTML keep the theme's colours on a monospace grid and open in a browser. The key hints under the "
            + "status line are left out: they do not belong in a picture for the minutes.")

    @OptionGroup var options: CommonOptions

    /// `overview, partners, … or capacity`, from the panes themselves.
    private static let paneNames = PaneID.allCases.dropLast().map(\.id).joined(separator: ", ") + " or " + PaneID.allCases.last!.id

    @Option(help: ArgumentHelp("\(paneNames) (or 1..\(PaneID.allCases.count), or the Dutch name)."))
    var pane: String

    @Option(help: ArgumentHelp("Columns x rows.", valueName: "WxH")) var size = "120x40"
    @Option(help: "The colour theme.") var theme = ThemeCatalog.defaultName
    @Option(help: "text, ansi, svg or html.") var format: ScreenFormat = .text
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?
    @Option(name: .customLong("open"), help: ArgumentHelp("Open this row of the pane, such as a partner's id. The picture grows "
                                                           + "taller than --size where the detail needs it, so that all of it is there.",
                                                           valueName: "ID"))
    var openID: String?
    @Option(help: ArgumentHelp("Keys pressed before the picture is taken, named as in a keymap and separated by spaces "
                               + "(`? Down`, `a`, `: b e s l i s Enter`). Nothing they would save is saved.", valueName: "KEYS"))
    var keys: String?
    @Option(name: .customLong("demo-step"), help: ArgumentHelp("Show this step of the demo's tour (1 to \(Tour.builtIn.steps.count)), "
                                                                 + "as `demo --autoplay` shows it.", valueName: "N"))
    var demoStep: Int?
    @Flag(name: .customLong("no-contacts"), help: "Leave out contact names and e-mail addresses (personal data).")
    var noContacts = false

    func run() throws {
        guard let paneID = PaneID(name: pane) else {
            throw ValidationError("--pane \(pane.visible): use \(Self.paneNames)")
        }
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else {
            throw ValidationError("--size \(size.visible): write COLUMNSxROWS, such as 120x40")
        }
        let chosen: Theme
        switch ThemeCatalog().theme(named: theme) {
        case .success(let found): chosen = found
        case .failure(let problem): throw ValidationError("--theme \(theme.visible): \(problem.message(in: try options.language()))")
        }
        let (data, source, day, language, folderSession) = try options.usableLab(keepingOpen: true)
        // One row more than asked, for the key hints, which are then left out: they do not belong in a picture.
        var state = AppState(data: data, source: source.label, referenceDay: day, language: language, themeName: chosen.name,
                             width: parts[0], height: parts[1] + 1, history: folderSession?.history ?? [])
        state.pane = paneID
        state.showsContacts = !noContacts
        if let folderSession {
            state.openConflicts = ConflictsFile.read(in: folderSession.folder.path).open
        }
        if let demoStep {
            let tour = Tour.builtIn
            guard tour.steps.indices.contains(demoStep - 1) else {
                throw ValidationError("--demo-step \(demoStep): the demo has steps 1 to \(tour.steps.count)")
            }
            state.showTourStep(demoStep - 1, of: tour)
        }
        if let openID, !state.openRow(openID) {
            throw ValidationError("--open \(openID.visible): no such row in \(pane.visible)")
        }
        for name in (keys ?? "").split(separator: " ") {
            guard let key = Key(name: String(name)) else {
                throw ValidationError("--keys: \(String(name).visible) is not a key; write names as in a keymap, such as ? Down Enter Esc Space")
            }
            // Only the screen's state moves on: the effects (a save, a sync, the clipboard) are left undone.
            state.refreshDerived()
            state = App.update(state, .key(key)).0
        }
        state.refreshDerived()
        state.waitForCapacity()
        // The detail --open asks for is there whole; what keys or a demo step open is shown as the screen shows it.
        let rows = openID == nil ? parts[1] : parts[1] + (state.heightShowingTheWholeDetail - state.height)
        state.height = rows + 1
        state.refreshDerived()
        let buffer = Screen.render(state, context: RenderContext(theme: chosen)).topRows(rows)
        let text = ScreenExport.export(buffer, as: format, theme: chosen)
        if let output {
            do {
                try AtomicFile.write(text, to: output)
            } catch {
                Output.error("\(error.path.visible): \(error.reason)\n")
                throw ExitCode(2)
            }
        } else {
            Output.out(text)
        }
    }
}
