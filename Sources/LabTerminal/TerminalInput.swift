// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import CNCurses
import LabKeys
import LabProgram
import LabViews
#if canImport(Glibc)
import Glibc
#endif

extension Terminal {
    /// The next event; waits in `poll` on the keyboard and `descriptor` together, so that an idle
    /// program sleeps until a key, a file event, a resize (its signal ends the wait) or the timeout.
    public func nextEvent(waitingAtMost timeout: Duration?, orUntilReadable descriptor: Int32?) -> TerminalEvent? {
        // ncurses may already hold keys it read with an earlier one.
        if let event = readEvent(waitingMilliseconds: 0) { return event }
        if timeout == .zero { return nil }
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if let descriptor { watched.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
        let ready = poll(&watched, nfds_t(watched.count), timeout.map(Self.milliseconds) ?? -1)
        if ready < 0 || watched[0].revents != 0 { return readEvent(waitingMilliseconds: 0) }
        return nil
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }

    private func readEvent(waitingMilliseconds milliseconds: Int32) -> TerminalEvent? {
        cn_timeout(milliseconds)
        var character: wint_t = 0
        let result = cn_get_wch(&character)
        if result == ERR { return nil }
        if result == cn_key_code_yes() {
            return functionKey(Int32(character))
        }
        return Self.key(forCharacter: UInt32(character)).map { .key($0) }
    }

    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case cn_key_resize():
            invalidate()
            return .resize(width: size.width, height: size.height)
        case cn_key_mouse():
            return mouseEvent()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        default:
            for number in 1...12 where code == cn_key_f(Int32(number)) { return .key(.function(number)) }
            return nil
        }
    }

    private func mouseEvent() -> TerminalEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & cn_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
        if event.bstate & cn_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
        if event.bstate & (cn_button1_pressed() | cn_button1_clicked()) != 0 { return .mouse(MouseEvent(.press, x: x, y: y)) }
        return nil
    }
}
