import ArgumentParser
import Foundation
import LabModel

@main
struct Schuldenlab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schuldenlab",
        abstract: "Partners, projecten en toezeggingen van Schuldenlab070. / Partners, projects and commitments of Schuldenlab070.",
        discussion: """
        Data folder: --data DIR, else $SCHULDENLAB_DATA, else ./schuldenlab-data when it exists, \
        else the built-in Schuldenlab070 sample.
        Exit codes: 0 fine, 1 problems found, 2 the folder cannot be read or the command cannot run.
        """,
        subcommands: [InitCommand.self, CheckCommand.self, ReportCommand.self]
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Colour theme: default, light, high-contrast, monochrome, haags, beamer, or your own.", valueName: "NAME"))
    var theme: String?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    /// Without a subcommand: the program itself, full screen.
    func run() throws {
        let (data, source, day, language) = try options.usableLab()
        let session = TerminalSession(data: data, source: source, referenceDay: day, language: language, themeName: theme,
                                      mouse: !noMouse)
        throw ExitCode(session.run())
    }

    /// As `ParsableCommand.main()`, but a mistake in the arguments exits 2 like the other
    /// "cannot run" cases, rather than ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Output.error(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
