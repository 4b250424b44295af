// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import CNCurses
import Foundation
import Synchronization

/// A real pseudo-terminal of a given size put in place of the bench's own standard input and
/// output, so that `Terminal` (ncurses) draws into it as into any terminal; a reader thread
/// drains the other side and counts the bytes that arrive.
final class PseudoTerminal: Sendable {
    private let primary: Int32
    private let savedInput: Int32
    private let savedOutput: Int32
    private let received = ByteCounter()

    private final class ByteCounter: Sendable {
        let count = Atomic<Int>(0)
    }

    init(width: Int, height: Int) {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        guard cn_open_pseudo_terminal(&primary, &secondary, UInt16(width), UInt16(height)) == 0 else {
            fatalError("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        self.primary = primary
        savedInput = dup(STDIN_FILENO)
        savedOutput = dup(STDOUT_FILENO)
        dup2(secondary, STDIN_FILENO)
        dup2(secondary, STDOUT_FILENO)
        Glibc.close(secondary)
        Thread.detachNewThread { [received, primary] in
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                received.count.add(count, ordering: .relaxed)
            }
        }
    }

    /// The bytes received so far, once nothing more has arrived for a few milliseconds.
    func settledByteCount() -> Int {
        var last = received.count.load(ordering: .relaxed)
        while true {
            usleep(5_000)
            let now = received.count.load(ordering: .relaxed)
            if now == last { return now }
            last = now
        }
    }

    /// Gives the bench its own standard input and output back.
    func close() {
        fflush(nil)
        dup2(savedInput, STDIN_FILENO)
        dup2(savedOutput, STDOUT_FILENO)
        Glibc.close(savedInput)
        Glibc.close(savedOutput)
        Glibc.close(primary)
    }
}
