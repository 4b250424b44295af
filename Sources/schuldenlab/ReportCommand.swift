// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel
import LabSheets

/// The report's formats: each text format, and a workbook with a sheet per section.
enum ReportFileFormat: ExpressibleByArgument, CaseIterable {
    case text(ReportFormat)
    case xlsx

    static var allCases: [ReportFileFormat] { ReportFormat.allCases.map(ReportFileFormat.text) + [.xlsx] }

    init?(argument: String) {
        if argument == "xlsx" { self = .xlsx } else if let format = ReportFormat(rawValue: argument) { self = .text(format) } else { return nil }
    }

    var name: String {
        switch self {
        case .text(let format): format.rawValue
        case .xlsx: "xlsx"
        }
    }

    static var allValueStrings: [String] { allCases.map(\.name) }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "De stand van het lab voor een overleg. / The lab's state for a meeting.",
        discussion: "Commitments per partner, project and kind with totals, shared-support coverage, projects by stage and health, stale projects, uncovered debt phases, commitments ending soon. "
            + "With --since, first what changed since that day: the totals then and now, new, changed and withdrawn commitments, "
            + "new partners and projects, other changes and status updates, each with who and when."
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "markdown (default), csv (RFC 4180), json, html (one self-contained file for the minutes, with charts, that prints on A4) or xlsx (a sheet per section; needs --output).")
    var format: ReportFileFormat = .text(.markdown)

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of the terminal.", valueName: "FILE"))
    var output: String?

    @Flag(name: .customLong("excel-nl"), help: "CSV for Dutch Excel: semicolons, decimal comma, UTF-8 byte-order mark.")
    var excelDutch = false

    @Flag(name: .customLong("no-contacts"), help: "Leave out contact names and e-mail addresses (personal data).")
    var noContacts = false

    @Option(help: ArgumentHelp("What changed since this day (the last meeting): \(DayInput.ways(in: .en)).", valueName: "DATE"))
    var since: String?

    func validate() throws {
        if excelDutch, case .text(let text) = format, text == .csv {} else if excelDutch { throw ValidationError("--excel-nl goes with --format csv") }
        if case .xlsx = format, output == nil { throw ValidationError("--format xlsx writes a workbook: name it with --output FILE.xlsx") }
        if let since, DayInput.parse(since) == nil { throw ValidationError("--since: " + ProblemKind.unreadableDay(since).message(in: .en)) }
    }

    func run() throws {
        let (data, source, day, language) = try options.usableLab()
        let changes = since.flatMap(DayInput.parse).map { ChangesSince(history: history(of: source, language: language), data: data, since: $0) }
        let built = ReportBuilder(data: data, referenceDate: day, language: language, includesContacts: !noContacts, changes: changes).build()
        switch format {
        case .text(let text):
            let rendered = built.rendered(as: text, excelDutch: excelDutch)
            guard let output else { return Output.out(rendered) }
            if case .failure(let failure) = SheetFile.write(text: rendered, to: output) { throw fail(failure, language: language) }
        case .xlsx:
            if case .failure(let failure) = SheetFile.write(built.sheets, to: output ?? "", language: language, dialect: .rfc4180) {
                throw fail(failure, language: language)
            }
        }
    }

    /// Says why nothing was written, in the reader's language.
    private func fail(_ failure: SheetFile.Failure, language: Language) -> ExitCode {
        Output.error(failure.message(in: language) + (language == .nl ? "; er is niets geschreven.\n" : "; nothing was written.\n"))
        return ExitCode(2)
    }

    /// The edits on record; the built-in sample has none. What cannot be read of them is said, and the rest used.
    private func history(of source: DataSource, language: Language) -> [HistoryItem] {
        guard case .folder(let path, _) = source else { return [] }
        let (items, problems, _) = DataFolder(path: path).history()
        for problem in problems { Output.error(problem.rendered(in: language) + "\n") }
        return items
    }
}
