// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

/// The options every command that reads the lab shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (else $SCHULDENLAB_DATA, ./schuldenlab-data, or the built-in sample).", valueName: "DIR"))
    var data: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Count 'within N days' from this day (YYYY-MM-DD) instead of the lab's asOf or today.", valueName: "DATE"))
    var asOf: String?

    @Option(name: .long, help: ArgumentHelp("Language: nl (default) or en; also $SCHULDENLAB_LANG.", valueName: "nl|en"))
    var lang: String?

    func language() throws -> Language {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang \(lang.visible): use nl or en") }
        return LanguageChoice.resolve(lang)
    }

    @Option(name: .long, help: ArgumentHelp("Log what the program does to FILE (else $SCHULDENLAB_LOG): files read, reloads, saves, conflicts, errors; never personal data.", valueName: "FILE"))
    var log: String?

    func referenceDay(for lab: Lab) throws -> Day {
        var given: Day?
        if let asOf {
            guard let day = Day(asOf) else { throw ValidationError("--as-of \(asOf.visible): write YYYY-MM-DD, such as 2019-12-31") }
            given = day
        }
        return ReferenceDate.resolve(given: given, lab: lab)
    }

    /// The lab to work on, valid, with its source and the day to count from; when it cannot be
    /// used, the problems are printed and the command ends with exit 1 or 2.
    func usableLab() throws -> (data: LabData, source: DataSource, day: Day, language: Language) {
        let (data, source, day, language, _) = try usableLab(keepingOpen: false)
        return (data, source, day, language)
    }

    /// The same, with a folder kept open for the program, which then reads only what changes.
    func usableLab(keepingOpen: Bool) throws
        -> (data: LabData, source: DataSource, day: Day, language: Language, session: FolderSession?) {
        let language = try language()
        try startLog()
        let source = source()
        let (data, report, session) = keepingOpen ? source.open() : { let (data, report) = source.load(); return (data, report, nil) }()
        ActivityLog.read(report, from: source.logName)
        guard let data, report.problems.isEmpty else {
            throw ExitCode(Output.reportUnusable(report, source: source, language: language))
        }
        return (data, source, try referenceDay(for: data.lab), language, session)
    }

    /// Starts the log that --log or $SCHULDENLAB_LOG asks for.
    func startLog() throws {
        do { try ActivityLog.start(option: log) } catch { throw ValidationError(error.description) }
    }

    func source() -> DataSource {
        DataSource.resolve(option: data, environment: ProcessInfo.processInfo.environment,
                           currentFolder: FileManager.default.currentDirectoryPath)
    }
}
