// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

/// The options every editing command shares.
struct EditOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (else $SCHULDENLAB_DATA or ./schuldenlab-data).", valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: "Who makes the edit (else the login name).")
    var author: String?

    @Option(name: .long, help: ArgumentHelp("Language of the messages: nl (default) or en.", valueName: "nl|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Log what the command does to FILE (else $SCHULDENLAB_LOG); never personal data.", valueName: "FILE"))
    var log: String?

    var language: Language {
        LanguageChoice.resolve(lang)
    }

    var authorName: String { Author.name(given: author) }

    /// The folder to edit; the built-in sample cannot be edited.
    func folder() throws -> DataFolder {
        do { try ActivityLog.start(option: log) } catch { throw ValidationError(error.description) }
        switch DataSource.resolve(option: data, environment: ProcessInfo.processInfo.environment,
                                  currentFolder: FileManager.default.currentDirectoryPath) {
        case .folder(let path, _):
            return DataFolder(path: path)
        case .builtInSample:
            Output.error(language == .nl
                         ? "Er is geen datamap om te bewerken; maak er een met 'schuldenlab init DIR --sample' en geef hem met --data.\n"
                         : "There is no data folder to edit; make one with 'schuldenlab init DIR --sample' and pass it with --data.\n")
            throw ExitCode(2)
        }
    }

    /// Runs one edit and prints what happened; exits 1 (invalid), 2 (cannot read or write) or 3 (conflict).
    /// `makeChange` gets the folder's data and the folder itself, to look up earlier versions.
    func commit(_ makeChange: (LabData, DataFolder) throws(EditFailure) -> EntityChange) throws -> JournalEntry {
        let folder = try folder()
        var attempted: EntityChange?
        var seen: LabData?
        do {
            let entry = try folder.commit(author: authorName) { data throws(EditFailure) in
                seen = data
                let change = try makeChange(data, folder)
                attempted = change
                return change
            }.entry
            ActivityLog.saved(entry)
            compactIfDue(folder)
            return entry
        } catch {
            if let attempted { ActivityLog.refused(error, attempted.value.kind, attempted.value.id) } else { ActivityLog.note("not saved: \(error)") }
            Output.error(EditMessages.describe(error, language: language, data: seen))
            throw ExitCode(EditMessages.exitCode(for: error))
        }
    }

    /// Folds the journal into the files once it has grown past the threshold, as the program does, so
    /// that a folder edited only by scripts stays quick to read. The edit is saved either way: a
    /// compaction that fails is only noted in the log, and the next edit tries again.
    private func compactIfDue(_ folder: DataFolder) {
        do {
            guard let folded = try folder.compactIfDue() else { return }
            ActivityLog.note("compacted \(folder.path): \(folded) edits folded into the files")
        } catch {
            ActivityLog.note("compaction after the edit not done: \(error)")
        }
    }

    /// The change of one entity from the options typed, read by the field catalogue: `existing` (the
    /// version the edit starts from) with the options laid over it, or a new one with `newID`.
    func change(_ kind: EntityKind, existing: EntityValue?, newID: String? = nil, typed: [EntityEdit.Typed],
                in data: LabData) throws(EditFailure) -> EntityValue {
        let stamp = Stamp(revision: 1, updatedAt: Timestamp(Date(timeIntervalSince1970: 0)), updatedBy: authorName)
        switch EntityEdit.make(kind, existing: existing, newID: newID, typed: typed, context: .commandLine, in: data, stamp: stamp) {
        case .success(let value): return value
        case .failure(let problems): throw EditOptions.refusal(problems, kind)
        }
    }

    /// Problems with typed fields, each named by its option.
    static func refusal(_ problems: FieldProblems, _ kind: EntityKind) -> EditFailure {
        .invalid(problems.problems.map { Problem(file: "--" + FieldCatalogue.optionName(of: $0.path, in: kind), kind: $0.kind) })
    }
}

/// The options of a command that set fields, by the field's path in the catalogue; options left out are `nil`.
struct TypedOptions {
    private(set) var typed: [EntityEdit.Typed] = []

    mutating func add(_ path: String, _ text: String?) {
        if let text { typed.append(EntityEdit.Typed(path.split(separator: ".").map(String.init), text)) }
    }

    /// A repeated option (`--motive a --motive b`) as one list.
    mutating func add(_ path: String, _ list: [String]) {
        if !list.isEmpty { add(path, list.joined(separator: "; ")) }
    }
}

/// The help of an option that sets a field, from the field catalogue: its name and what it takes.
enum FieldHelp {
    static func text(_ kind: EntityKind, _ path: String, _ extra: String = "") -> ArgumentHelp {
        guard let (field, group) = FieldCatalogue.field(at: path.split(separator: ".").map(String.init), of: kind) else {
            return ArgumentHelp(stringLiteral: extra)
        }
        let takes: String = switch field.shape {
        case .choice(let choices):
            zip(choices.codes, choices.names).map { "\($0) (\($1.nl))" }.joined(separator: ", ") + "; in English or Dutch"
        case .quantity, .money: "a number: 30000, 1234.56, 30.000 or 1.234,56 (a text with two readings, such as 5.000, is refused)"
        case .day: "a date: " + DayInput.ways(in: .en)
        case .reference(let target): "the \(target.rawValue)'s id or name"
        case .arrangement: "an arrangement's id or name (see lab.json)"
        case .debtPhases: "debt phases' ids or names, comma-separated"
        case .unit: MeasureUnit.known.map(\.code).joined(separator: ", ") + ", or any other unit"
        case .flag: "yes or no (ja, nee)"
        default: ""
        }
        let name = group.map { "\($0.label.en): \(field.label.en)" } ?? field.label.en
        return ArgumentHelp(stringLiteral: [name + (takes.isEmpty ? "" : ": " + takes), extra].filter { !$0.isEmpty }.joined(separator: ". ") + ".")
    }
}

/// Who an edit is recorded as made by.
enum Author {
    /// `--author`, else the configuration's author, else the login name; a name of only spaces counts as none given.
    static func name(given: String?) -> String {
        self.given(given) ?? UserConfiguration.loaded.author ?? loginName
    }

    static func given(_ name: String?) -> String? {
        guard let name = name?.trimmingWhitespace(), !name.isEmpty else { return nil }
        return name
    }

    static var loginName: String {
        if let name = getlogin().map({ String(cString: $0) }), !name.isEmpty { return name }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}

enum EditMessages {
    /// A problem with the edited entity, named by the option that sets its field: `--amount: …`.
    static func fieldMessage(_ problem: Problem, language: Language) -> String {
        guard let kind = EntityKind.allCases.first(where: { $0.fileName == problem.file }), !problem.fieldPath.isEmpty else {
            return problem.rendered(in: language)
        }
        return "--\(FieldCatalogue.optionName(of: problem.fieldPath, in: kind)): \(problem.kind.message(in: language))"
    }

    static func exitCode(for failure: EditFailure) -> Int32 {
        switch failure {
        case .conflict: 3
        case .invalid, .alreadyExists, .notFound: 1
        case .folderUnusable(let report): report.couldNotRead ? 2 : 1
        case .lockTimedOut, .cannotLock, .cannotWrite, .readOnly: 2
        }
    }

    /// What a command prints when an edit was not saved. `data` is the folder as the edit found it.
    static func describe(_ failure: EditFailure, language: Language, data: LabData?) -> String {
        let nl = language == .nl
        let nothingSaved = nl ? "Er is niets opgeslagen.\n" : "Nothing was saved.\n"
        switch failure {
        case .folderUnusable(let report):
            return report.problems.map { $0.rendered(in: language) + "\n" }.joined()
                + (nl ? "De datamap is niet in orde; er is niets opgeslagen.\n" : "The data folder is not in order; nothing was saved.\n")
        case .invalid(let problems):
            return problems.map { fieldMessage($0, language: language) + "\n" }.joined() + nothingSaved
        case .conflict(let current, let fields) where !fields.isEmpty:
            return "Conflict: " + failure.reason(in: language, data: data) + ":\n"
                + ConflictMessage.lines(current, fields, language: language, data: data) + nothingSaved
        case .conflict:
            return "Conflict: " + failure.reason(in: language, data: data)
                + (nl ? "; er is niets opgeslagen. Bekijk de nieuwe versie en probeer opnieuw.\n"
                    : "; nothing was saved. Look at the new version and try again.\n")
        default:
            let reason = failure.reason(in: language, data: data)
            return reason.prefix(1).uppercased() + reason.dropFirst() + (nl ? "; er is niets opgeslagen.\n" : "; nothing was saved.\n")
        }
    }
}

/// A conflict field by field: the value now, what this edit gave, and what it was.
enum ConflictMessage {
    static func lines(_ current: EntityValue, _ fields: [FieldConflict], language: Language, data: LabData?) -> String {
        let nl = language == .nl
        let unit: MeasureUnit? = if case .commitment(let commitment) = current { MeasureUnit(code: commitment.unit) } else { nil }
        let lines = fields.map { conflict -> String in
            let field = FieldCatalogue.field(conflict.key, of: current.kind)
            let option = FieldCatalogue.optionName(of: [conflict.key], in: current.kind)
            func shown(_ value: JSONValue?) -> String {
                guard let field, let data else { return value.map(JSONWriter.compact) ?? "—" }
                return FieldDisplay.text(value, for: field, in: language, data: data, unit: unit).visible
            }
            return nl ? "  --\(option): nu \(shown(conflict.theirs)), u gaf \(shown(conflict.mine)) (was \(shown(conflict.base)))\n"
                : "  --\(option): now \(shown(conflict.theirs)), you gave \(shown(conflict.mine)) (was \(shown(conflict.base)))\n"
        }
        return lines.joined()
    }
}
