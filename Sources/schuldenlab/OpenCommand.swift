// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel
import LabProgram

/// The program itself, full screen; what `schuldenlab` without a command runs.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open het programma (standaard). / Open the program (the default).")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Colour theme: default, light, high-contrast, monochrome, haags, beamer, or your own.", valueName: "NAME"))
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    @Flag(name: .customLong("read-only"), help: "Only look: editing is off.")
    var readOnly = false

    @Flag(name: .customLong("exit-after-first-frame"), help: .hidden)
    var exitAfterFirstFrame = false

    @Option(help: "Who makes the edits (else the login name).")
    var author: String?

    @Flag(help: "Notice other people's edits by checking the folder every second (for network shares) instead of inotify.")
    var poll = false

    @Option(name: .customLong("sync-every"), help: ArgumentHelp("Synchronise with the git server every MINUTES (1 to 1440) while open.", valueName: "MINUTES"))
    var syncEvery: Int?

    func validate() throws {
        if let syncEvery, !(1...1440).contains(syncEvery) { throw ValidationError("--sync-every \(syncEvery): give 1 to 1440 minutes") }
    }

    /// Without a subcommand: the program itself, full screen.
    func run() throws {
        let (data, source, day, language, folderSession) = try options.usableLab(keepingOpen: true)
        let settings = OpenSettings(theme: theme, noMouse: noMouse, poll: poll, author: author)
        var choices = SessionChoices(language: language, themeName: settings.theme.value, author: settings.author.value)
        choices.readOnly = readOnly
        choices.syncEvery = syncEvery.map { TimeInterval($0 * 60) }
        choices.setupProblems = UserConfiguration.loaded.problems
        let session = TerminalSession(data: data, source: source, folderSession: folderSession, referenceDay: day, choices: choices,
                                      mouse: settings.mouse.value, poll: settings.poll.value, exitAfterFirstFrame: exitAfterFirstFrame)
        throw ExitCode(session.run())
    }
}
