// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabKeys

/// Writes the man page schuldenlab(1) in roff: the commands from their own help text, the keys
/// from the action table. The build (`make`) runs it; nothing in the page is copied by hand.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual", abstract: "Print the man page schuldenlab(1) in roff.", shouldDisplay: false)

    func run() throws {
        Output.out(ManualPage.roff())
    }
}

enum ManualPage {
    static func roff() -> String {
        var page = [
            ".TH SCHULDENLAB 1 \"\" \"schuldenlab \(Version.current)\" \"User Commands\"",
            ".SH NAME",
            "schuldenlab \\- partners, projects and commitments of Schuldenlab070",
            ".SH SYNOPSIS",
            ".B schuldenlab",
            "[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR]",
            ".SH DESCRIPTION",
            text(Schuldenlab.configuration.abstract),
            ".PP",
            text(Schuldenlab.configuration.discussion),
            ".PP",
            "Without a command it opens the program full screen; \\fB?\\fR shows every key, \\fBq\\fR quits.",
            ".SH COMMANDS",
        ]
        for (path, command) in commands(under: Schuldenlab.self, path: []) where !path.isEmpty {
            page.append(".SS " + text(path.joined(separator: " ")))
            page.append(".nf")
            page.append(text(Schuldenlab.helpMessage(for: command, columns: 78)))
            page.append(".fi")
        }
        page.append(".SH KEYS")
        page.append(text("In the program; remap them in keys.json by the id in brackets."))
        page.append(KeyTable.roff(keymap: Keymap(), language: .en))
        page += [
            ".SH ENVIRONMENT",
            ".TP", ".B SCHULDENLAB_DATA", "The data folder when --data is not given.",
            ".TP", ".B SCHULDENLAB_LANG", "nl or en.",
            ".TP", ".B SCHULDENLAB_LOG", "A file to log to, as --log FILE.",
            ".TP", ".B SCHULDENLAB_LOCK_PATIENCE", "Seconds to wait for the folder's lock (10).",
            ".TP", ".B SCHULDENLAB_SYNC_PATIENCE", "Seconds a fetch or push of schuldenlab sync may take (60).",
            ".TP", ".B NO_COLOR", "No colour; bold and reverse stay.",
            ".TP", ".B XDG_CONFIG_HOME", "Where schuldenlab/keys.json and schuldenlab/themes/ are looked for (else ~/.config).",
            ".SH FILES",
            ".TP", ".I DIR/lab.json, partners.json, projects.json, commitments.json", "The data; see schuldenlab schema.",
            ".TP", ".I DIR/journal.jsonl, history/, history.jsonl, journal.lock",
            "Edits since the last compaction, the folded edits (one segment per compaction; history.jsonl from earlier versions), the lock.",
            ".TP", ".I DIR/conflicts.jsonl", "Fields two sites changed differently before a sync, and the decisions taken on them.",
            ".SH EXIT STATUS",
            ExitStatus.summary,
            ".SH LICENSE",
            text("schuldenlab is free software: you may use, study, change and pass it on under the \(Licence.name) "
                 + "(\(Licence.identifier)). Its text is in share/doc/schuldenlab/LICENSE where make install puts it, "
                 + "in /usr/share/doc/schuldenlab/copyright from the Debian package, and in LICENSE in the source."),
        ]
        return page.joined(separator: "\n") + "\n"
    }

    /// Every command below `command`, depth first, with the words that call it.
    static func commands(under command: ParsableCommand.Type, path: [String]) -> [([String], ParsableCommand.Type)] {
        let configuration = command.configuration
        guard configuration.shouldDisplay else { return [] }
        return [(path, command)] + configuration.subcommands.flatMap { subcommand in
            commands(under: subcommand, path: path + [subcommand._commandName])
        }
    }

    static func text(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { KeyTable.escaped(String($0)) }.joined(separator: "\n")
    }
}
