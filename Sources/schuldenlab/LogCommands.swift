import ArgumentParser
import Foundation
import LabModel

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "De geschiedenis van de wijzigingen. / The history of the edits.",
        discussion: "One edit a line: when, who, what, and which fields changed from what to what.")

    @OptionGroup var edit: EditOptions
    @Option(help: "Only edits on or after this day, YYYY-MM-DD.") var since: String?
    @Option(help: "Only edits of the entity with this id.") var entity: String?

    func run() throws {
        let language = edit.language
        let folder = try edit.folder()
        var sinceDay: Day?
        if let since {
            guard let day = Day(since) else { throw ValidationError("--since \(since.visible): write YYYY-MM-DD") }
            sinceDay = day
        }
        let (items, problems, couldNotRead) = folder.history()
        for problem in problems { Output.error(problem.rendered(in: language) + "\n") }
        for item in items {
            let entry = item.entry
            if let sinceDay, entry.at.day < sinceDay { continue }
            if let entity, entry.value.id != entity { continue }
            let what = entry.baseRevision == nil
                ? (language == .nl ? "nieuw" : "created")
                : (language == .nl ? "revisie \(entry.value.stamp.revision)" : "revision \(entry.value.stamp.revision)")
            Output.out("\(entry.at)  \(entry.by.visible)  \(entry.value.kind.rawValue) \(entry.value.id)  \(what)\n")
            for change in item.changes ?? [] {
                Output.out("    \(change.field): \((change.before ?? "—").visible) → \((change.after ?? "—").visible)\n")
            }
        }
        if !problems.isEmpty { throw ExitCode(couldNotRead ? 2 : 1) }
    }
}

struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: "Verwerk het journaal in de bestanden. / Fold the journal into the files.",
        discussion: "The edits stay on record in history.jsonl. Safe while others edit: it works under the folder's lock.")

    @OptionGroup var edit: EditOptions

    func run() throws {
        let language = edit.language
        let folder = try edit.folder()
        do {
            let (folded, skipped) = try folder.compact()
            ActivityLog.note("compacted \(folder.path): \(folded) edits folded into the files")
            // The files now point to their schemas; a folder made by hand gets them here.
            try? SchemaFiles.write(into: folder.path)
            for problem in skipped { Output.error(problem.rendered(in: language) + "\n") }
            Output.out(language == .nl ? "\(folded) wijzigingen verwerkt in de bestanden.\n" : "\(folded) edits folded into the files.\n")
        } catch {
            Output.error(EditMessages.describe(error, language: language))
            throw ExitCode(EditMessages.exitCode(for: error))
        }
    }
}
