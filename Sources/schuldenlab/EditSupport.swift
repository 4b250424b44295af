import ArgumentParser
import Foundation
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
    func commit(_ makeChange: (LabData) throws(EditFailure) -> EntityChange) throws -> JournalEntry {
        let folder = try folder()
        var attempted: EntityChange?
        do {
            let entry = try folder.commit(author: authorName) { data throws(EditFailure) in
                let change = try makeChange(data)
                attempted = change
                return change
            }.entry
            ActivityLog.saved(entry)
            return entry
        } catch {
            if let attempted { ActivityLog.refused(error, attempted.value.kind, attempted.value.id) } else { ActivityLog.note("not saved: \(error)") }
            Output.error(EditMessages.describe(error, language: language))
            throw ExitCode(EditMessages.exitCode(for: error))
        }
    }
}

/// Who an edit is recorded as made by.
enum Author {
    static func name(given: String?) -> String {
        if let given, !given.isEmpty { return given }
        if let name = getlogin().map({ String(cString: $0) }), !name.isEmpty { return name }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }
}

/// An edit refused for a reason the command itself finds (an unknown id, a bad value).
struct RefusedEdit {
    static func invalid(_ field: String, _ kind: ProblemKind) -> EditFailure {
        .invalid([Problem(file: field, kind: kind)])
    }
}

enum EditMessages {
    /// A problem with the edited entity, named by its field rather than its place in a file.
    static func fieldMessage(_ problem: Problem, language: Language) -> String {
        guard let components = problem.path?.components, components.count > 2 else { return problem.rendered(in: language) }
        let field = JSONPath(Array(components.dropFirst(2))).description.dropFirst(2)
        return "\(field): \(problem.kind.message(in: language))"
    }

    static func exitCode(for failure: EditFailure) -> Int32 {
        switch failure {
        case .conflict: 3
        case .invalid, .alreadyExists, .notFound: 1
        case .folderUnusable(let report): report.couldNotRead ? 2 : 1
        case .lockTimedOut, .cannotLock, .cannotWrite: 2
        }
    }

    static func describe(_ failure: EditFailure, language: Language) -> String {
        let nl = language == .nl
        switch failure {
        case .folderUnusable(let report):
            return report.problems.map { $0.rendered(in: language) + "\n" }.joined()
                + (nl ? "De datamap is niet in orde; er is niets opgeslagen.\n" : "The data folder is not in order; nothing was saved.\n")
        case .lockTimedOut:
            let seconds = FolderLock.patience.formatted()
            return nl ? "De datamap is al langer dan \(seconds) s vergrendeld door een ander proces (journal.lock); er is niets opgeslagen. "
                + "In de map laat 'fuser -v journal.lock' zien welk proces het is.\n"
                : "The data folder has been locked by another process (journal.lock) for more than \(seconds) s; nothing was saved. "
                + "In the folder, 'fuser -v journal.lock' shows which process it is.\n"
        case .cannotLock(let reason):
            return (nl ? "Kan de datamap niet vergrendelen (\(reason)); er is niets opgeslagen.\n"
                    : "Cannot lock the data folder (\(reason)); nothing was saved.\n")
        case .conflict(let current):
            let stamp = current.stamp
            return nl
                ? "Conflict: \(current.kind.rawValue) \(current.id) is intussen gewijzigd door \(stamp.updatedBy.visible) (\(stamp.updatedAt), revisie \(stamp.revision)); er is niets opgeslagen. Bekijk de nieuwe versie en probeer opnieuw.\n"
                : "Conflict: \(current.kind.rawValue) \(current.id) was changed meanwhile by \(stamp.updatedBy.visible) (\(stamp.updatedAt), revision \(stamp.revision)); nothing was saved. Look at the new version and try again.\n"
        case .alreadyExists(let kind, let id):
            return nl ? "\(kind.rawValue) \(id.visible) bestaat al; er is niets opgeslagen.\n" : "\(kind.rawValue) \(id.visible) already exists; nothing was saved.\n"
        case .notFound(let kind, let id):
            return nl ? "\(kind.rawValue) \(id.visible) bestaat niet; er is niets opgeslagen.\n" : "\(kind.rawValue) \(id.visible) does not exist; nothing was saved.\n"
        case .invalid(let problems):
            return problems.map { fieldMessage($0, language: language) + "\n" }.joined()
                + (nl ? "Er is niets opgeslagen.\n" : "Nothing was saved.\n")
        case .cannotWrite(let failure):
            return nl ? "Kan niet schrijven: \(failure.path.visible): \(failure.reason); er is niets opgeslagen.\n"
                : "Cannot write: \(failure.path.visible): \(failure.reason); nothing was saved.\n"
        }
    }
}

/// Reading option values into the model's types, with a message that names the option.
enum OptionValue {
    static func coded<Value: CodedValue>(_ text: String, option: String) throws(EditFailure) -> Value {
        guard let value = Value(rawValue: text) else { throw RefusedEdit.invalid("--" + option, .unknownValue(text, allowed: Value.allRawValues)) }
        return value
    }

    static func day(_ text: String, option: String) throws(EditFailure) -> Day {
        guard let day = Day(text) else { throw RefusedEdit.invalid("--" + option, .invalidDate(text)) }
        return day
    }

    static func amount<Scale>(_ text: String, option: String) throws(EditFailure) -> FixedPoint<Scale> {
        guard let amount = FixedPoint<Scale>(exactly: text) else {
            throw RefusedEdit.invalid("--" + option, .invalidAmount(text, decimals: Scale.decimals))
        }
        guard !amount.isNegative else { throw RefusedEdit.invalid("--" + option, .negativeAmount(text)) }
        return amount
    }

    static func id(_ text: String, option: String) throws(EditFailure) -> String {
        guard Slug.isValid(text) else { throw RefusedEdit.invalid("--" + option, .invalidID(text)) }
        return text
    }
}
