// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel
import LabProgram
import LabViews

/// The lab on a projector: a fresh copy of the sample, editable, in the beamer theme, that can
/// walk itself through the panes while a second actor makes edits.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Demo voor een labbijeenkomst. / A demo for a lab meeting.",
        discussion: """
        Works on a copy of the built-in sample in a new temporary folder, never on a real data folder; \
        the copy is removed on exit unless --keep. --autoplay alone means 8 seconds a step. \
        During the tour: Space or Right next, Left back, p pause; any other key takes over.
        """)

    static let defaultInterval = 8.0

    @Option(help: ArgumentHelp("Tour the lab on its own, this many seconds a step (8 when left out).", valueName: "SECONDS"))
    var autoplay: Double?

    @Option(help: ArgumentHelp("A tour of your own: a JSON file of steps.", valueName: "FILE"))
    var tour: String?

    @Flag(help: "A second actor makes plausible edits every few seconds.")
    var simulate = false

    @Flag(help: "Keep the demo folder after the demo and say where it is.")
    var keep = false

    @Option(help: "The colour theme.") var theme = "beamer"
    @Option(help: ArgumentHelp("Language: nl (default) or en.", valueName: "nl|en")) var lang: String?
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal.") var noMouse = false
    @Flag(name: .customLong("no-contacts"), help: "Leave out contact names and e-mail addresses (personal data).")
    var noContacts = false

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        var tourState: TourState?
        if autoplay != nil || tour != nil {
            var chosen = Tour.builtIn
            if let tour {
                let contents: Data
                do {
                    contents = try FileBytes.data(tour)
                } catch {
                    Output.error("\(tour.visible): " + (language == .nl ? "kan niet gelezen worden" : "cannot be read") + " (\(error))\n")
                    throw ExitCode(2)
                }
                do {
                    chosen = try Tour.parse(contents, file: tour)
                } catch {
                    for problem in error.problems { Output.error(problem.rendered(in: language).visible + "\n") }
                    throw ExitCode(1)
                }
            }
            tourState = TourState(tour: chosen, interval: max(1, autoplay ?? Self.defaultInterval))
        }

        let template = FileManager.default.temporaryDirectory.appendingPathComponent("schuldenlab-demo-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else {
            Output.error("cannot create a temporary folder\n")
            throw ExitCode(2)
        }
        let path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let folder = DataFolder(path: path)
        defer {
            if keep {
                Output.out(language == .nl ? "De demomap blijft staan: \(path)\n" : "The demo folder is kept: \(path)\n")
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        try folder.save(SampleLab.data)
        let (folderSession, report) = FolderSession.open(folder)
        guard let folderSession else {
            Output.error((report.problems.first?.rendered(in: language) ?? path) + "\n")
            throw ExitCode(2)
        }
        var choices = SessionChoices(language: language, themeName: theme, author: Author.name(given: nil))
        choices.isDemo = true
        choices.tour = tourState
        choices.showsContacts = !noContacts
        let session = TerminalSession(data: folderSession.data, source: .folder(path, chosenBy: .option), folderSession: folderSession,
                                      referenceDay: SampleLab.asOf, choices: choices, mouse: !noMouse, poll: false, simulates: simulate)
        let status = session.run()
        if status != 0 { throw ExitCode(status) }
    }

    /// `--autoplay` may stand without a value; then it means the default interval.
    static func withAutoplayValue(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            result.append(argument)
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--autoplay", next.map({ Double($0) == nil }) ?? true {
                result.append(String(Int(defaultInterval)))
            }
        }
        return result
    }
}
