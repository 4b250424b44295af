// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import Synchronization
import LabModel

/// Writes to standard output and standard error. A write that fails (a full disk, a closed pipe or
/// descriptor) is remembered rather than a crash, so that the command can end with a message and an
/// exit status that says what happened.
enum Output {
    static func out(_ text: String) {
        if let reason = write(text, to: STDOUT_FILENO) { OutputFailure.shared.note(reason) }
    }

    static func error(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Says an edit was saved by printing `text`; when that cannot be written, says on standard error
    /// that the edit was saved all the same and under which id, and exits 4, so that a script that
    /// retries does not save it twice.
    static func acknowledge(_ entry: JournalEntry, _ text: String, language: Language) {
        guard let reason = write(text, to: STDOUT_FILENO) else { return }
        let value = entry.value
        let what = "\(value.kind.name(in: language)) \(value.id) (\(language == .nl ? "revisie" : "revision") \(value.stamp.revision))"
        error(language == .nl
              ? "Opgeslagen: \(what); dat kon niet op de standaarduitvoer gezegd worden (\(reason)).\n"
              : "Saved: \(what); this could not be said on standard output (\(reason)).\n")
        exit(ExitStatus.savedButNotSaid)
    }

    /// When something the command printed could not be written: says so on standard error and exits 2.
    static func finish(language: Language) {
        guard let reason = OutputFailure.shared.first else { return }
        error(language == .nl ? "Kan de uitvoer niet schrijven (\(reason)).\n" : "Cannot write the output (\(reason)).\n")
        exit(2)
    }

    /// The reason a write failed, or `nil` when all of `text` was written.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            bytes = bytes.dropFirst(written)
        }
        return nil
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

/// How the commands end, for scripts; the root help and the man page both say it from here.
enum ExitStatus {
    /// The edit was saved, but saying so on standard output failed.
    static let savedButNotSaid: Int32 = 4

    static let summary = "0 fine; 1 problems found or an edit refused; 2 the folder cannot be read, locked or written, wrong "
        + "arguments, or the output cannot be written; 3 an edit conflicts with one saved meanwhile; 4 an edit was saved but saying "
        + "so on standard output failed (standard error names what was saved)."
}

/// The first write to standard output that failed, for the end of the command.
final class OutputFailure: Sendable {
    static let shared = OutputFailure()
    private let reason = Mutex<String?>(nil)

    func note(_ reason: String) {
        self.reason.withLock { if $0 == nil { $0 = reason } }
    }

    var first: String? {
        reason.withLock { $0 }
    }
}
