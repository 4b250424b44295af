// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel
import LabSync

/// `schuldenlab sync`: the data folder exchanged with its git remote, and `--setup` to make it one.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Wissel de datamap uit met de git-server. / Exchange the data folder with its git remote.",
        discussion: "Commits what changed since the last sync (the journal in words), fetches, merges by id and field, "
            + "pushes. A field both sides changed is a conflict: kept in conflicts.jsonl, listed by `check`, decided in the "
            + "program with :decide. What arrives is checked as a hand edit is and refused whole if anything is wrong. "
            + "Exit 0 when all was exchanged, 1 when the remote could not be reached or something was refused "
            + "(nothing here is lost), 2 when it could not run. --setup REMOTE makes the folder a repository (or clones "
            + "REMOTE into an empty or missing folder).")

    @OptionGroup var options: EditOptions

    @Option(name: .long, help: ArgumentHelp("Make the folder a repository with this remote (a URL or a path), or clone it.", valueName: "REMOTE"))
    var setup: String?

    @Flag(name: .customLong("no-contacts"), help: "With --setup: keep contacts (personal data) out of the repository; a sync refuses to send them.")
    var noContacts = false

    func run() throws {
        let language = options.language
        func say(_ dutch: String, _ english: String) -> String { language == .nl ? dutch : english }
        let folder = try folderPath()
        if let setup {
            do {
                let step = try RepositorySetup.setUp(folder: folder, remote: setup, binary: Self.binary, author: options.authorName, language: language,
                                                     withoutContacts: noContacts)
                Output.out(step == .cloned ? say("\(folder.visible): gekloond van \(setup.visible).\n", "\(folder.visible): cloned from \(setup.visible).\n")
                           : say("\(folder.visible): gekoppeld aan \(setup.visible).\n", "\(folder.visible): linked to \(setup.visible).\n"))
            } catch {
                Output.error(error.description(in: language) + "\n")
                throw ExitCode(2)
            }
        }
        let outcome: SyncOutcome
        do {
            outcome = try FolderSync(folder: folder, author: options.authorName, language: language).run()
        } catch {
            Output.error(error.description(in: language) + "\n")
            throw ExitCode(2)
        }
        Output.out(outcome.summary(in: language) + "\n")
        for conflict in outcome.conflicts { Output.out("  " + say("conflict: ", "conflict: ") + conflict.description(in: language) + "\n") }
        if !outcome.isComplete, !outcome.noRemote { throw ExitCode(1) }
    }

    /// The folder given, or in the environment; for `--setup` it need not exist yet.
    private func folderPath() throws -> String {
        if setup != nil, let data = options.data { return data }
        return try options.folder().path
    }

    /// This program, as git is to call it for the merge drivers.
    static var binary: String { URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path }
}
