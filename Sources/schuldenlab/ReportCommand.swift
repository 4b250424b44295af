import ArgumentParser
import LabModel
import Foundation

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "De stand van het lab voor een overleg. / The lab's state for a meeting.",
        discussion: "Commitments per partner, project and kind with totals, shared-support coverage, projects by stage and health, stale projects, uncovered debt phases, commitments ending soon. "
            + "With --since, first what changed since that day: the totals then and now, new, changed and withdrawn commitments, "
            + "new partners and projects, other changes and status updates, each with who and when."
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "markdown (default), csv (RFC 4180) or json.")
    var format: ReportFormat = .markdown

    @Flag(name: .customLong("excel-nl"), help: "CSV for Dutch Excel: semicolons, decimal comma, UTF-8 byte-order mark.")
    var excelDutch = false

    @Flag(name: .customLong("no-contacts"), help: "Leave out contact names and e-mail addresses (personal data).")
    var noContacts = false

    @Option(help: ArgumentHelp("What changed since this day (the last meeting): YYYY-MM-DD or D-M-YYYY.", valueName: "DATE"))
    var since: String?

    func validate() throws {
        if excelDutch && format != .csv { throw ValidationError("--excel-nl goes with --format csv") }
        if let since, DayInput.parse(since) == nil { throw ValidationError("--since \(since.visible): write a day as YYYY-MM-DD or D-M-YYYY") }
    }

    func run() throws {
        let (data, source, day, language) = try options.usableLab()
        let changes = since.flatMap(DayInput.parse).map { ChangesSince(history: history(of: source, language: language), data: data, since: $0) }
        let built = ReportBuilder(data: data, referenceDate: day, language: language, includesContacts: !noContacts, changes: changes).build()
        Output.out(built.rendered(as: format, excelDutch: excelDutch))
    }

    /// The edits on record; the built-in sample has none. What cannot be read of them is said, and the rest used.
    private func history(of source: DataSource, language: Language) -> [HistoryItem] {
        guard case .folder(let path, _) = source else { return [] }
        let (items, problems, _) = DataFolder(path: path).history()
        for problem in problems { Output.error(problem.rendered(in: language) + "\n") }
        return items
    }
}
