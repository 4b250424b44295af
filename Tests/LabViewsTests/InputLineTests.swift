// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// Found by pasting 10,000 characters into the command line: the line showed its start and the
/// cursor was off the screen. A long line now scrolls so that the cursor stays in view.
@Suite struct InputLineTests {
    private func statusLine(_ mode: Mode, filter: String = "") -> String {
        var state = sampleState(width: 40, height: 12)
        state.pane = .partners
        state.list.filter = filter
        state.mode = mode
        let lines = render(state)
        return lines[lines.count - 2]
    }

    @Test func aLongCommandShowsItsEndWhereTheCursorIs() {
        let text = String(repeating: "abcdefghij", count: 1000) + "END"
        let line = statusLine(.command(text: text, cursor: text.count, historyIndex: nil))
        #expect(line.hasPrefix(":…"))
        #expect(line.hasSuffix("ghijEND "))
        #expect(DisplayWidth.of(line) == 40)
    }

    @Test func theCursorInTheMiddleOfALongCommandIsInView() {
        let text = String(repeating: "-", count: 500) + "X" + String(repeating: "-", count: 500)
        let line = statusLine(.command(text: text, cursor: 500, historyIndex: nil))
        #expect(line.hasPrefix(":…"))
        #expect(line.hasSuffix("-X"), "the window ends at the cursor, on the X")
    }

    @Test func aShortCommandIsShownWhole() {
        #expect(statusLine(.command(text: "theme light", cursor: 5, historyIndex: nil)).hasPrefix(":theme light "))
    }

    @Test func aLongFilterShowsItsEnd() {
        let filter = String(repeating: "schuld ", count: 100) + "lab"
        let line = statusLine(.filtering(original: ""), filter: filter)
        #expect(line.hasPrefix("Filter: …"))
        #expect(line.hasSuffix("schuld lab "))
    }
}
