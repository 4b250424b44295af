import Foundation

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
            let lines = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        if environment["GIT_SSH_COMMAND"] == nil { environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=15" }
        process.environment = environment.merging(extra) { _, new in new }
        let (output, errors, feed) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input.isEmpty ? FileHandle.nullDevice : feed
        do {
            try process.run()
        } catch {
            throw Failure(command: command, output: "\(error)", timedOut: false)
        }
        let reading = Collected()
        let group = DispatchGroup()
        for (pipe, isOutput) in [(output, true), (errors, false)] {
            DispatchQueue.global().async(group: group) {
                let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
                reading.store(bytes, asOutput: isOutput)
            }
        }
        if !input.isEmpty {
            DispatchQueue.global().async(group: group) {
                try? feed.fileHandleForWriting.write(contentsOf: Data(input))
                try? feed.fileHandleForWriting.close()
            }
        }
        var timedOut = false
        if let timeout {
            let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
            while process.isRunning {
                if ContinuousClock.now > deadline {
                    timedOut = true
                    process.terminate()
                    break
                }
                usleep(10_000)
            }
        }
        process.waitUntilExit()
        group.wait()
        guard process.terminationStatus == 0, !timedOut else {
            let said = String(decoding: reading.errors + reading.output, as: UTF8.self)
            throw Failure(command: command, output: timedOut ? "no answer within \(Int(timeout ?? 0)) s. \(said)" : said, timedOut: timedOut)
        }
        return reading.output
    }

    /// What git wrote, as text without the last line break.
    public func text(_ arguments: [String], timeout: Double? = nil) throws(Failure) -> String {
        let bytes = try run(arguments, timeout: timeout)
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// Whether `git ARGUMENTS` succeeds (for the questions git answers with its exit status).
    public func succeeds(_ arguments: [String]) -> Bool {
        (try? run(arguments)) != nil
    }

    /// The repository's own folder (`.git`), as an absolute path.
    public func gitFolder() throws(Failure) -> String {
        let path = try text(["rev-parse", "--absolute-git-dir"])
        return path
    }
}

/// What a child process wrote on its two streams, gathered from two threads.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var output: [UInt8] = []
    private(set) var errors: [UInt8] = []

    func store(_ data: Data, asOutput: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if asOutput { output = [UInt8](data) } else { errors = [UInt8](data) }
    }
}
