// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// The counts of the whole run, filled from many threads. Unchecked because its counters are
/// plain fields: every one is read and written only under `lock`.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var inputs = 0
    private var crashes = 0
    private var hangs = 0
    private var lostEdits = 0
    private var changedFiles = 0
    private var escapes = 0
    private var unexplained = 0
    private var setUpFailures = 0

    func note(_ outcome: Outcome, of consumer: String, on hostile: String, verbose: Bool) {
        lock.lock()
        defer { lock.unlock() }
        inputs += 1
        var findings: [String] = []
        if let crash = outcome.crashed {
            crashes += 1
            findings.append(crash)
        }
        if outcome.hung {
            hangs += 1
            findings.append("did not end within its time")
        }
        if outcome.lostEdits > 0 {
            lostEdits += outcome.lostEdits
            findings.append("\(outcome.lostEdits) acknowledged edits lost")
        }
        if !outcome.changedFiles.isEmpty {
            changedFiles += outcome.changedFiles.count
            findings.append("changed " + outcome.changedFiles.joined(separator: ", "))
        }
        if outcome.escapesLetThrough > 0 {
            escapes += outcome.escapesLetThrough
            findings.append("\(outcome.escapesLetThrough) escape sequences let through")
        }
        if let failure = outcome.unexplainedFailure {
            unexplained += 1
            findings.append(failure)
        }
        if !findings.isEmpty || verbose {
            let line = "\(hostile) / \(consumer): " + (findings.isEmpty ? "ok, " + outcome.summary : findings.joined(separator: "; "))
                + String(format: " (%.1f s)", outcome.seconds)
            FileHandle.standardError.write(Data((line.visible + "\n").utf8))
        }
    }

    func note(setUpFailure: String) {
        lock.lock()
        defer { lock.unlock() }
        setUpFailures += 1
        FileHandle.standardError.write(Data((setUpFailure.visible + "\n").utf8))
    }

    var isClean: Bool {
        lock.lock()
        defer { lock.unlock() }
        return crashes == 0 && hangs == 0 && lostEdits == 0 && changedFiles == 0 && escapes == 0 && unexplained == 0 && setUpFailures == 0
    }

    var summary: String {
        lock.lock()
        defer { lock.unlock() }
        var line = "hostile suite: \(inputs) inputs tried, \(crashes) crashes, \(hangs) hangs, \(lostEdits) acknowledged edits lost, "
            + "\(changedFiles) files changed that should not have, "
            + "\(escapes) escape sequences let through, \(unexplained) failures without a message"
        if setUpFailures > 0 { line += ", \(setUpFailures) cases that could not be made" }
        return line
    }
}
