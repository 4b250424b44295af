import Foundation
import LabModel

/// Writes to standard output and standard error without buffering surprises.
enum Output {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Says why the data could not be used and returns the exit code to end with.
    static func reportUnusable(_ report: LoadReport, source: DataSource, language: Language) -> Int32 {
        for problem in report.problems { error(problem.rendered(in: language) + "\n") }
        let count = report.problems.count
        error(language == .nl
              ? "\(source.name(in: .nl)): \(count) \(count == 1 ? "probleem" : "problemen"); draai 'schuldenlab check' voor details.\n"
              : "\(source.name(in: .en)): \(count) \(count == 1 ? "problem" : "problems"); run 'schuldenlab check' for details.\n")
        return report.couldNotRead ? 2 : 1
    }
}
