import ArgumentParser
import Foundation
import LabModel

/// What git calls to merge the data folder's files: registered in `.gitattributes` and the
/// repository's configuration by the setup of a synchronised folder.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Voeg twee versies van een bestand uit de datamap samen (voor git). / Merge two versions of a data-folder file (for git).",
        subcommands: [JournalMergeDriver.self])
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
}
