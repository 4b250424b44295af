// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

/// What git calls to merge the data folder's files: registered in `.gitattributes` and the
/// repository's configuration by the setup of a synchronised folder.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Voeg twee versies van een bestand uit de datamap samen (voor git). / Merge two versions of a data-folder file (for git).",
        subcommands: [JournalMergeDriver.self, DataMergeDriver.self])
}

/// `journal.jsonl` and the history: every edit of both sides, once, in time order.
struct JournalMergeDriver: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Merge two journals: every edit of both, once, in the order they were made.",
        discussion: "git calls it as `schuldenlab merge-driver journal %O %A %B`: the common ancestor, ours (written over "
            + "with the result) and theirs. Edits keep their id in every copy, so one that both sides have is kept once; a "
            + "line that is not an edit is kept after the others. It never reports a conflict.")

    @Argument(help: "The common ancestor (git's %O); not needed for a union.") var base: String
    @Argument(help: "Ours (git's %A), written over with the result.") var ours: String
    @Argument(help: "Theirs (git's %B).") var theirs: String

    func run() throws {
        do {
            let merged = JournalMerge.union(try read(ours), try read(theirs))
            try AtomicFile.write(String(decoding: merged, as: UTF8.self), to: ours)
        } catch let failure as WriteFailure {
            Output.error("\(failure.path): \(failure.reason)\n")
            throw ExitCode(2)
        }
    }

}

/// partners.json, projects.json, commitments.json: by id and field; a field both changed is a conflict.
struct DataMergeDriver: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Merge two versions of partners.json, projects.json or commitments.json by id, field by field.",
        discussion: "git calls it as `schuldenlab merge-driver data %O %A %B %P`. An entity one side changed keeps that change; "
            + "one both changed is merged field by field; a field both changed differently is a conflict: it is named, "
            + "holds their value, and the exit status is 1 so that git leaves the file marked. A version that does not "
            + "read is refused (exit 2) and nothing is written.")

    @Option(name: .customLong("lang"), help: "nl or en (default: $SCHULDENLAB_LANG, the configuration, else nl).") var lang: String?
    @Argument(help: "The common ancestor (git's %O).") var base: String
    @Argument(help: "Ours (git's %A), written over with the result.") var ours: String
    @Argument(help: "Theirs (git's %B).") var theirs: String
    @Argument(help: "The file's path in the folder (git's %P): partners.json, projects.json or commitments.json.") var name: String

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        guard let file = DataFile(rawValue: String(name.split(separator: "/").last ?? "")), file.kind != nil else {
            Output.error(language == .nl ? "\(name): geen bestand met partners, projecten of toezeggingen\n"
                         : "\(name): not a file of partners, projects or commitments\n")
            throw ExitCode(2)
        }
        let merged: EntityFileMerge.Merged
        switch EntityFileMerge.merge(file, base: try read(base), ours: try read(ours), theirs: try read(theirs),
                                     named: ("\(name) (basis)", "\(name) (ours)", "\(name) (theirs)")) {
        case .success(let result): merged = result
        case .failure(let problems):
            for problem in problems.problems { Output.error(problem.rendered(in: language) + "\n") }
            throw ExitCode(2)
        }
        do {
            try AtomicFile.write(String(decoding: merged.bytes, as: UTF8.self), to: ours)
        } catch {
            Output.error("\(error.path): \(error.reason)\n")
            throw ExitCode(2)
        }
        for conflict in merged.conflicts {
            let fields = ChangeWording.fieldNames(conflict.fields.map(\.key), of: conflict.kind, in: language)
            Output.error(language == .nl ? "\(name): \(conflict.id): beide kanten wijzigden \(fields)\n"
                         : "\(name): \(conflict.id): both sides changed \(fields)\n")
        }
        for number in merged.renumbered {
            Output.error(language == .nl ? "\(name): \(number.from) van deze kant heet nu \(number.to): het nummer was aan beide kanten gebruikt\n"
                         : "\(name): \(number.from) of this side is now \(number.to): both sides used the number\n")
        }
        if !merged.conflicts.isEmpty { throw ExitCode(1) }
    }
}

private func read(_ path: String) throws -> [UInt8] {
    do {
        return try FileBytes.read(path)
    } catch .missing {
        return []
    } catch {
        Output.error("\(path): \(error)\n")
        throw ExitCode(2)
    }
}
