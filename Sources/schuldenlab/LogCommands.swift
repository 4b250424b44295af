// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "De geschiedenis van de wijzigingen. / The history of the edits.",
        discussion: "One edit a line: when, who, what, and which fields changed from what to what.")

    @OptionGroup var edit: EditOptions
    @Option(help: ArgumentHelp("Only edits on or after this day: \(DayInput.ways(in: .en)).")) var since: String?
    @Option(help: "Only edits of the entity with this id.") var entity: String?

    func run() throws {
        let language = edit.language
        let folder = try edit.folder()
        var sinceDay: Day?
        if let since {
            guard let day = DayInput.parse(since) else { throw ValidationError("--since: " + ProblemKind.unreadableDay(since).message(in: .en)) }
            sinceDay = day
        }
        let data = folder.load().data
        // One entity's edits are read from only the lines that name it.
        let (items, problems, couldNotRead) = entity.map { folder.history(ofEntity: $0) } ?? folder.history()
        for problem in problems { Output.error(problem.rendered(in: language) + "\n") }
        let zone = data.map { LabTime.zone(of: $0.lab) } ?? LabTime.zone(of: SampleLab.data.lab)
        for item in items {
            let entry = item.entry
            if let sinceDay, LabTime.day(of: entry.at, zone: zone) < sinceDay { continue }
            if let entity, entry.value.id != entity { continue }
            let when = LabTime.display(entry.at, in: language, zone: zone)
            let labData = data ?? SampleLab.data
            let what = entry.baseRevision == nil || (item.changes == nil && entry.erased.isEmpty)
                ? ChangeWording.summary(item, in: language, data: labData)
                : (language == .nl ? "revisie " : "revision ") + String(entry.value.stamp.revision)
            Output.out("\(when)  \(entry.by.visible)  \(entry.value.kind.name(in: language)) \(entry.value.id)  \(what)\n")
            guard entry.baseRevision != nil, item.changes != nil || !entry.erased.isEmpty else { continue }
            for phrase in ChangeWording.phrases(of: item, in: language, data: labData) { Output.out("    \(phrase.visible)\n") }
        }
        if !problems.isEmpty { throw ExitCode(couldNotRead ? 2 : 1) }
    }
}

struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: "Verwerk het journaal in de bestanden. / Fold the journal into the files.",
        discussion: "The edits stay on record in the history (history/). Safe while others edit: it works under the folder's lock.")

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
            Output.error(EditMessages.describe(error, language: language, data: nil))
            throw ExitCode(EditMessages.exitCode(for: error))
        }
    }
}
