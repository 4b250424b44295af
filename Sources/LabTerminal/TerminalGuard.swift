// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back the way it was on every way out, including a crash: the saved
/// terminal settings are restored and the screen modes switched off with plain writes, which
/// are safe inside a signal handler.
enum TerminalGuard {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var isArmed = false

    /// Leaves the alternate screen, shows the cursor, resets colours and switches mouse reporting off.
    private static let resetSequence: [UInt8] = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)

    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// Remembers the terminal's settings; call before ncurses changes anything.
    static func saveSettings() {
        tcgetattr(STDIN_FILENO, &saved)
    }

    static func arm() {
        isArmed = true
        // A parent may hand down these signals blocked (threads of a test runner do); they must arrive.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in signals { sigaddset(&unblock, signalNumber) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signalNumber in signals {
            signal(signalNumber) { received in
                TerminalGuard.restoreFromSignal()
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    static func disarm() {
        isArmed = false
        for signalNumber in signals { signal(signalNumber, SIG_DFL) }
    }

    private static func restoreFromSignal() {
        guard isArmed else { return }
        isArmed = false
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        resetSequence.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
