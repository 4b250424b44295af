// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabViews

/// A terminal in memory: it plays the events it was given and keeps every frame drawn, with the
/// bytes a VT100-style terminal would have been sent for it. Whole sessions run in-process with it.
public final class TestBackend: TerminalBackend {
    public private(set) var size: (width: Int, height: Int)
    public let speaksUTF8: Bool
    public private(set) var frames: [Buffer] = []
    /// Per frame, the bytes that frame's diff costs on the wire.
    public private(set) var bytes: [Int] = []
    private var waiting: [TerminalEvent] = []

    public init(width: Int = 80, height: Int = 24, speaksUTF8: Bool = true) {
        size = (width, height)
        self.speaksUTF8 = speaksUTF8
    }

    /// Queues events, played in order.
    public func send(_ events: [TerminalEvent]) {
        waiting += events
    }

    /// Queues keys typed as text, each character one key.
    public func type(_ text: String) {
        send(text.map { .key(.character($0)) })
    }

    /// The terminal window changes size; the program hears of it as a resize event.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        send([.resize(width: width, height: height)])
    }

    /// What the program put on the clipboard, in order.
    public private(set) var copied: [String] = []

    public func copyToClipboard(_ text: String) -> Bool {
        copied.append(text)
        return true
    }

    /// The last frame's lines, as a person would read them.
    public var screen: [String] { frames.last?.lines ?? [] }

    public var screenText: String { screen.joined(separator: "\n") }

    public func draw(_ frame: Buffer) {
        let buffer = speaksUTF8 ? frame : frame.asciiOnly()
        bytes.append(TerminalBytes.count(buffer.diff(from: frames.last)))
        frames.append(buffer)
    }

    public func nextEvent(waitingAtMost timeout: Duration?, orUntilReadable descriptor: Int32?) -> TerminalEvent? {
        waiting.isEmpty ? nil : waiting.removeFirst()
    }
}

/// What a diff costs on the wire, in the sequences every terminal since the VT100 understands:
/// a cursor move before each run, the style when it changes, the text in UTF-8.
enum TerminalBytes {
    static func count(_ diff: FrameDiff) -> Int {
        var total = diff.isWhole ? "\u{1B}[H\u{1B}[2J".utf8.count : 0
        var current: Style?
        for run in diff.runs {
            total += "\u{1B}[\(run.y + 1);\(run.x + 1)H".utf8.count
            if run.style != current {
                total += selectGraphicRendition(run.style).utf8.count
                current = run.style
            }
            total += run.text.utf8.count
        }
        return total
    }

    static func selectGraphicRendition(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        codes += color(style.foreground, base: 38) + color(style.background, base: 48)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ color: TerminalColor, base: Int) -> [String] {
        switch color {
        case .terminalDefault: []
        case .indexed(let index): ["\(base)", "5", "\(index)"]
        case .rgb(let red, let green, let blue): ["\(base)", "2", "\(red)", "\(green)", "\(blue)"]
        }
    }
}
