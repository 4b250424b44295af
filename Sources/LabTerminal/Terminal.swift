// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import CNCurses
import LabFoundation
import LabKeys
import LabProgram
import LabViews
#if canImport(Glibc)
import Glibc
#endif

/// The one place that talks to ncurses: it starts and restores the terminal, draws buffers
/// (only the cells that changed), and reads keys, resizes and mouse events.
public final class Terminal: TerminalBackend {
    public let colorDepth: ColorDepth
    public let speaksUTF8: Bool
    private var previous: Buffer?
    private var pairs: [PairKey: Int32] = [:]
    private var isOpen = true

    private struct PairKey: Hashable {
        let foreground: Int32
        let background: Int32
    }

    /// Takes over the terminal. Throws, with the terminal untouched, when there is none or it cannot be used.
    public init(mouse: Bool, environment: [String: String]) throws(TerminalError) {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let name = environment["TERM"] ?? ""
        guard !name.isEmpty else { throw .unknownTerminal(name) }
        switch cn_check_terminal(name) {
        case 0: break
        case 2: throw .cannotPositionCursor(name)
        default: throw .unknownTerminal(name)
        }
        TerminalGuard.saveSettings()
        guard cn_newterm(name) != nil else { throw .unknownTerminal(name) }
        speaksUTF8 = String(cString: cn_codeset()) == "UTF-8"

        TerminalGuard.arm()
        raw()
        noecho()
        nonl()
        _ = cn_keypad(true)
        set_escdelay(25)
        curs_set(0)
        if mouse {
            mousemask(cn_all_mouse_events(), nil)
            mouseinterval(0)
        }
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColor, has_colors() {
            start_color()
            use_default_colors()
            colorDepth = Terminal.depth(colors: Int(cn_colors()))
        } else {
            colorDepth = .none
        }
    }

    static func depth(colors: Int) -> ColorDepth {
        switch colors {
        case 16_777_216...: .trueColor
        case 256...: .twoFiftySix
        case 16...: .sixteen
        case 8...: .eight
        default: .none
        }
    }

    public var size: (width: Int, height: Int) {
        (Int(cn_cols()), Int(cn_lines()))
    }

    public func restore() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        TerminalGuard.disarm()
    }

    deinit {
        restore()
    }

    // MARK: Drawing

    /// Sends what changed since the last frame; a buffer of another size is drawn whole.
    public func draw(_ frame: Buffer) {
        let buffer = speaksUTF8 ? frame : frame.asciiOnly()
        let diff = buffer.diff(from: previous)
        if diff.isWhole { clearok(cn_stdscr(), true) }
        for run in diff.runs {
            apply(run.style)
            _ = cn_move_add(Int32(run.y), Int32(run.x), run.text)
        }
        _ = cn_refresh()
        previous = buffer
    }

    private func apply(_ style: Style) {
        let reduced = style.reduced(to: colorDepth)
        var attributes = cn_a_normal()
        if reduced.bold { attributes |= cn_a_bold() }
        if reduced.underline { attributes |= cn_a_underline() }
        if reduced.reverse { attributes |= cn_a_reverse() }
        _ = cn_set_attributes(attributes, pair(for: reduced))
    }

    private func pair(for style: Style) -> Int32 {
        guard colorDepth != .none else { return 0 }
        let key = PairKey(foreground: number(of: style.foreground), background: number(of: style.background))
        if key.foreground == -1, key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = Int32(pairs.count + 1)
        guard next < cn_color_pairs() else { return 0 }
        _ = cn_init_pair(next, key.foreground, key.background)
        pairs[key] = next
        return next
    }

    private func number(of color: TerminalColor) -> Int32 {
        switch color {
        case .terminalDefault: -1
        case .indexed(let index): Int32(index)
        case .rgb(let red, let green, let blue): Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
        }
    }

    /// Forgets what is on screen, so that the next frame is drawn whole.
    public func invalidate() {
        previous = nil
    }
}

extension Terminal {
    /// OSC 52, which xterm, kitty, iTerm2, WezTerm, Windows Terminal and tmux (with `set-clipboard`)
    /// take as "put this on the clipboard", also over SSH; the Linux console and a dumb terminal do not.
    public func copyToClipboard(_ text: String) -> Bool {
        let name = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !["linux", "dumb", ""].contains(name), text.utf8.count <= 74_994 else { return false }
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        _ = cn_refresh()
        return sequence.utf8CString.withUnsafeBufferPointer { bytes in
            write(STDOUT_FILENO, bytes.baseAddress, bytes.count - 1) == bytes.count - 1
        }
    }
}
