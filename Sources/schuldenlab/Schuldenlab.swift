// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

@main
struct Schuldenlab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schuldenlab",
        abstract: "Partners, projecten en toezeggingen van Schuldenlab070. / Partners, projects and commitments of Schuldenlab070.",
        discussion: "Data folder: --data DIR, else $SCHULDENLAB_DATA, else ./schuldenlab-data when it exists, "
            + "else the built-in Schuldenlab070 sample. Exit codes: " + ExitStatus.summary,
        version: Version.shown,
        subcommands: [OpenCommand.self, InitCommand.self, CheckCommand.self, ReportCommand.self, ImportCommand.self, ExportCommand.self, AddCommand.self, UpdateCommand.self,
                      WithdrawCommand.self, ForgetCommand.self, LogCommand.self, CompactCommand.self, ScreenshotCommand.self, DemoCommand.self, GenerateCommand.self,
                      KeysCommand.self, SchemaCommand.self, InfoCommand.self, ManualCommand.self, SyncCommand.self, MergeDriverCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// As `ParsableCommand.main()`, but a mistake in the arguments exits 2 like the other
    /// "cannot run" cases, rather than ArgumentParser's 64.
    static func main() {
        // Past a file-size limit, or into a pipe nobody reads, a write then fails with a message,
        // instead of the process being killed.
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGPIPE, SIG_IGN)
        holdClosedStandardStreams()
        do {
            var command = try parseAsRoot(DemoCommand.withAutoplayValue(Array(CommandLine.arguments.dropFirst())))
            try command.run()
            Output.finish(language: LanguageChoice.resolve(arguments: CommandLine.arguments))
        } catch {
            Output.finish(language: LanguageChoice.resolve(arguments: CommandLine.arguments))
            let code = exitCode(for: error)
            if code == .validationFailure {
                Output.error(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}

/// A standard stream the caller closed (`>&-`) leaves its number free, and the next file or the
/// runtime's own eventfd would take it: the output would go there, or fail in a way that depends on
/// what took it. /dev/null opened read-only holds the number instead, so a write fails plainly
/// ("Bad file descriptor") and says so.
private func holdClosedStandardStreams() {
    for stream in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(stream, F_GETFD) == -1 && errno == EBADF {
        let held = open("/dev/null", O_RDONLY | O_CLOEXEC)
        if held >= 0, held != stream {
            dup2(held, stream)
            close(held)
        }
    }
}
