// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabViews

/// What a terminal reports.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)

    var appEvent: AppEvent {
        switch self {
        case .key(let key): .key(key)
        case .resize(let width, let height): .resize(width: width, height: height)
        case .mouse(let mouse): .mouse(mouse)
        }
    }
}

/// The screen and keyboard the program runs on: ncurses in a real terminal, or a recorder in tests.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Whether the terminal shows UTF-8; else frames are drawn in ASCII.
    var speaksUTF8: Bool { get }
    /// Shows the frame, sending only what differs from the one before.
    func draw(_ frame: Buffer)
    /// The next event. Waits at most `timeout` (`nil`: until something happens) and returns `nil`
    /// early when `descriptor` becomes readable, so that a file event wakes the program too.
    func nextEvent(waitingAtMost timeout: Duration?, orUntilReadable descriptor: Int32?) -> TerminalEvent?
    /// Puts `text` on the clipboard of the terminal (OSC 52), even over SSH; false when this
    /// terminal cannot be asked to.
    func copyToClipboard(_ text: String) -> Bool
}
