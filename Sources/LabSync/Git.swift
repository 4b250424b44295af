// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// The `git` command, run in a data folder: what synchronising is built on. It never asks on the
/// terminal (no password prompt can hang the program) and a command that talks to a remote is
/// stopped after `networkPatience` seconds.
public struct Git: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public struct Failure: Error, Sendable {
        public let command: String
        public let output: String
        public let timedOut: Bool

        /// What git said, its first lines, for a message.
        public var summary: String {
            let lines = output.split(separator: "\n").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            return lines.prefix(3).joined(separator: " ")
        }
    }

    /// Seconds a fetch or push may take: 60, or `$SCHULDENLAB_SYNC_PATIENCE`.
    public static let networkPatience: Double = {
        guard let text = ProcessInfo.processInfo.environment["SCHULDENLAB_SYNC_PATIENCE"], let seconds = Double(text), seconds > 0 else { return 60 }
        return seconds
    }()

    /// Runs `git ARGUMENTS` and returns what it wrote on its standard output; throws with what it said when it fails.
    @discardableResult
    public func run(_ arguments: [String], input: [UInt8] = [], timeout: Double? = nil, environment extra: [String: String] = [:]) throws(Failure) -> [UInt8] {
        let command = "git " + arguments.joined(separator: " ")
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        if environment["GIT_SSH_COMMAND"] == nil { environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=15" }
        let ended: ChildProcess.Ended
        do {
            ended = try ChildProcess.run(["git", "-C", folder] + arguments, environment: environment.merging(extra) { _, new in new },
                                         input: input, timeout: timeout)
        } catch {
            throw Failure(command: command, output: "\(error)", timedOut: false)
        }
        guard ended.status == 0, !ended.timedOut else {
            let said = String(decoding: ended.errors + ended.output, as: UTF8.self)
            throw Failure(command: command, output: ended.timedOut ? "no answer within \(Int(timeout ?? 0)) s. \(said)" : said, timedOut: ended.timedOut)
        }
        return ended.output
    }

    /// What git wrote, as text without the last line break.
    public func text(_ arguments: [String], input: [UInt8] = [], timeout: Double? = nil,
                     environment extra: [String: String] = [:]) throws(Failure) -> String {
        let bytes = try run(arguments, input: input, timeout: timeout, environment: extra)
        return String(decoding: bytes, as: UTF8.self).trimming(where: \.isLineBreak)
    }

    /// The commit `name` (a branch, `HEAD`, a remote's branch) stands for; `nil` when there is none yet.
    public func commit(_ name: String) -> String? {
        try? text(["rev-parse", "--verify", "--quiet", name])
    }

    /// Whether `git ARGUMENTS` succeeds (for the questions git answers with its exit status).
    public func succeeds(_ arguments: [String]) -> Bool {
        (try? run(arguments)) != nil
    }

    /// The repository's own folder (`.git`), as an absolute path.
    public func gitFolder() throws(Failure) -> String {
        try text(["rev-parse", "--absolute-git-dir"])
    }
}
