import ArgumentParser
import LabModel

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "De stand van het lab voor een overleg. / The lab's state for a meeting.",
        discussion: "Commitments per partner, project and kind with totals, shared-support coverage, projects by stage and health, stale projects, uncovered debt phases, commitments ending soon."
    )

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "markdown (default), csv (RFC 4180) or json.")
    var format: ReportFormat = .markdown

    @Flag(name: .customLong("excel-nl"), help: "CSV for Dutch Excel: semicolons, decimal comma, UTF-8 byte-order mark.")
    var excelDutch = false

    @Flag(name: .customLong("no-contacts"), help: "Leave out contact names and e-mail addresses (personal data).")
    var noContacts = false

    func validate() throws {
        if excelDutch && format != .csv { throw ValidationError("--excel-nl goes with --format csv") }
    }

    func run() throws {
        let (data, _, day, language) = try options.usableLab()
        let built = ReportBuilder(data: data, referenceDate: day, language: language, includesContacts: !noContacts).build()
        Output.out(built.rendered(as: format, excelDutch: excelDutch))
    }
}
