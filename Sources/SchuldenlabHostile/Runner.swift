// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Synchronization
import LabModel

/// What one consumer did with one hostile folder.
struct Outcome: Sendable {
    var crashed: String?
    /// It did not end within the runner's time.
    var hung = false
    /// Edits on record before the run, or the one it said it saved, that are on record no more.
    var lostEdits = 0
    var changedFiles: [String] = []
    var escapesLetThrough = 0
    var unexplainedFailure: String?
    var seconds = 0.0
    /// How it ended and the first line it wrote, for --verbose.
    var summary = ""
}

/// Runs a consumer of the binary on a folder and looks at what it did.
struct Runner: Sendable {
    let binary: String
    let timeout: Double = 60

    func run(_ consumer: Consumer, on folder: String, outside: String, asAnotherUser: Bool) -> Outcome {
        let before = (FolderSnapshot(folder), FolderSnapshot(outside))
        let editsBefore = Self.editIDs(in: folder)
        let start = Date()
        let userPrefix = asAnotherUser && getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []
        let result: (status: Int32?, signal: Int32?, output: [UInt8])
        if let keys = consumer.keys {
            let command = (userPrefix + ["env", "TERM=xterm-256color", "LANG=C.UTF-8", "LINES=30", "COLUMNS=100", binary] + consumer.arguments(folder))
                .map(Self.shellQuoted).joined(separator: " ")
            result = Self.execute(["script", "-qfec", command, "/dev/null"], keys: keys, timeout: timeout)
        } else {
            result = Self.execute(userPrefix + [binary] + consumer.arguments(folder), keys: nil, timeout: timeout)
        }
        var outcome = Outcome(seconds: Date().timeIntervalSince(start))
        let firstLine = String(decoding: result.output.prefix { $0 != 0x0A }.prefix(120), as: UTF8.self)
        outcome.summary = "status \(result.status.map(String.init) ?? "-"): " + (consumer.keys == nil ? firstLine : "\(result.output.count) bytes to the terminal")
        switch (result.status, result.signal) {
        case (nil, nil): outcome.hung = true
        case (_, .some(let signal)): outcome.crashed = "killed by signal \(signal)"
        case (.some(let status), _) where !consumer.allowedStatuses.contains(status):
            outcome.crashed = "ended with status \(status)"
        default: break
        }
        let saved = consumer.edits && result.status == 0
        let editsAfter = Self.editIDs(in: folder)
        outcome.lostEdits = editsBefore.subtracting(editsAfter).count + (saved && editsAfter.subtracting(editsBefore).isEmpty ? 1 : 0)
        outcome.changedFiles = FolderSnapshot(folder).changes(since: before.0, allowing: saved ? .anEdit : .nothing)
            + FolderSnapshot(outside).changes(since: before.1, allowing: .nothing).map { "outside/" + $0 }
        outcome.escapesLetThrough = Payload.forbiddenSequences.filter { Self.contains(result.output, $0) }.count
        if consumer.keys == nil, let status = result.status, status != 0, result.output.isEmpty {
            outcome.unexplainedFailure = "status \(status) without a message"
        }
        return outcome
    }

    /// The edits on record in the folder, as far as it can be read.
    private static func editIDs(in folder: String) -> Set<String> {
        let (journal, history) = DataFolder(path: folder).editsOnRecord()
        return Set(journal.keys).union(history.keys)
    }

    static func contains(_ bytes: [UInt8], _ sequence: [UInt8]) -> Bool {
        guard sequence.count <= bytes.count else { return false }
        return (0...(bytes.count - sequence.count)).contains { bytes[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs `command` with the keys typed one by one, and returns its status or signal with
    /// everything it wrote (standard output and error together).
    static func execute(_ command: [String], keys: [String]?, timeout: Double) -> (status: Int32?, signal: Int32?, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let input = Pipe(), output = Pipe()
        process.standardInput = keys == nil ? FileHandle.nullDevice : input
        process.standardOutput = output
        process.standardError = output
        let collected = Collected()
        output.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
        do { try process.run() } catch { return (127, nil, Array("\(error)".utf8)) }
        let deadline = Date().addingTimeInterval(timeout)
        if let keys {
            usleep(300_000)
            for key in keys where process.isRunning {
                // The program may have ended already: a key it no longer reads is not an error.
                try? input.fileHandleForWriting.write(contentsOf: Data(key.utf8))
                usleep(40_000)
            }
        }
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            usleep(200_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return (nil, nil, collected.bytes)
        }
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        collected.append(output.fileHandleForReading.readDataToEndOfFile())
        if keys != nil { try? input.fileHandleForWriting.close() }
        if process.terminationReason == .uncaughtSignal { return (nil, process.terminationStatus, collected.bytes) }
        // script reports a signal of the program it ran as 128 + the signal.
        if keys != nil, process.terminationStatus > 128 { return (nil, process.terminationStatus - 128, collected.bytes) }
        return (process.terminationStatus, nil, collected.bytes)
    }
}

final class Collected: Sendable {
    private let storage = Mutex<[UInt8]>([])

    func append(_ data: Data) {
        storage.withLock { $0.append(contentsOf: data) }
    }

    var bytes: [UInt8] {
        storage.withLock { $0 }
    }
}
