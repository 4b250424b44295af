// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import Synchronization

/// A plain log of what the program did: folders read, reloads, saves, conflicts, errors. One line
/// an event, with the time and the process. It names files, ids, revisions and counts, never a
/// person, a contact or a note, and never goes to a terminal, where it would run through the screen.
final class ActivityLog: Sendable {
    static let environmentKey = "SCHULDENLAB_LOG"

    /// The log in use; `nil` when none was asked for. Set once, by `start`, before any other
    /// thread runs; only read after that.
    nonisolated(unsafe) private(set) static var shared: ActivityLog?

    private let descriptor: Int32
    private let lock = Mutex(())
    let path: String

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    enum Refusal: Error, CustomStringConvertible {
        case cannotOpen(String, String)
        case isATerminal(String)

        var description: String {
            switch self {
            case .cannotOpen(let path, let reason): "--log \(path.visible): \(reason)"
            case .isATerminal(let path): "--log \(path.visible): a log never goes to a terminal; give a file"
            }
        }
    }

    /// Starts logging to `option`, else `$SCHULDENLAB_LOG`; does nothing when neither is given.
    static func start(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Refusal) {
        guard let path = option ?? environment[environmentKey], !path.isEmpty else { return }
        let descriptor: Int32
        switch RegularFile.open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOCTTY, mode: 0o640) {
        case .success(let open): descriptor = open
        case .failure(let failure) where failure.kind == S_IFCHR && isTerminal(path): throw .isATerminal(path)
        case .failure(let failure): throw .cannotOpen(path, failure.description)
        }
        shared = ActivityLog(path: path, descriptor: descriptor)
        note("start schuldenlab \(Version.current)")
    }

    private static func isTerminal(_ path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        return descriptor >= 0 && isatty(descriptor) != 0
    }

    /// Writes one line to the log, if there is one.
    static func note(_ event: String) {
        shared?.write(event)
    }

    private func write(_ event: String) {
        let line = "\(Timestamp(Date()).text) [\(getpid())] \(event.visible)\n"
        lock.withLock { _ in
            _ = Array(line.utf8).withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        }
    }

    // The events, in words that carry no personal data.

    static func read(_ report: LoadReport, from source: String) {
        guard shared != nil else { return }
        if let data = report.data {
            note("read \(source): \(data.partners.count) partners, \(data.projects.count) projects, \(data.commitments.count) commitments"
                 + (report.warnings.isEmpty ? "" : ", \(report.warnings.count) journal lines skipped"))
        } else {
            note("cannot use \(source): \(report.problems.count) problems, first \(report.problems.first.map(place) ?? "-")")
        }
    }

    static func saved(_ entry: JournalEntry) {
        let merged = entry.merge.map { " (merged from revision \($0.basedOn), kept theirs: \($0.keptTheirs.joined(separator: ", ")))" } ?? ""
        note("saved \(entry.value.kind.rawValue) \(entry.value.id) revision \(entry.value.stamp.revision)" + merged)
    }

    static func refused(_ failure: EditFailure, _ kind: EntityKind, _ id: String) {
        guard shared != nil else { return }
        let reason = switch failure {
        case .conflict(let current, let fields):
            "conflict with revision \(current.stamp.revision)" + (fields.isEmpty ? "" : " in " + fields.map(\.key).joined(separator: ", "))
        case .folderUnusable(let report): "folder unusable (\(report.problems.first.map(place) ?? "-"))"
        case .lockTimedOut: "lock held by another process"
        case .cannotLock(let reason): "cannot lock: \(reason)"
        case .cannotWrite(let failure): "cannot write \(failure.path): \(failure.reason)"
        case .readOnly: "read-only"
        case .alreadyExists: "already exists"
        case .notFound: "not found"
        case .invalid(let problems): "invalid: " + problems.map { $0.path?.description ?? $0.file }.joined(separator: ", ")
        }
        note("not saved \(kind.rawValue) \(id): \(reason)")
    }

    /// Where a problem is, without what it quotes from the data.
    private static func place(_ problem: Problem) -> String {
        problem.file + (problem.position.map { ":\($0)" } ?? "") + (problem.path.map { " \($0)" } ?? "")
    }
}
