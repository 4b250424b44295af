// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// A line being typed (the filter, the command line), scrolled so that the cursor stays in view:
/// when the text is wider than the room, its start gives way to "…".
enum InputLine {
    static func draw(_ buffer: inout Buffer, _ rect: Rect, prompt: String, text: String, cursor: Int, style: Style) {
        let characters = Array(text)
        let cursor = min(max(0, cursor), characters.count)
        // One cell is kept for the cursor.
        let room = rect.width - DisplayWidth.of(prompt) - 1
        var start = 0
        if DisplayWidth.of(text.visible) > room {
            var used = 1
            start = cursor
            while start > 0 {
                let width = DisplayWidth.of(String(characters[start - 1]).visible)
                if used + width > room { break }
                used += width
                start -= 1
            }
        }
        let lead = prompt + (start > 0 ? "…" : "")
        buffer.write(lead + String(characters[start...]) + " ", x: rect.x, y: rect.y, limit: rect.width, style: style)
        let cursorX = rect.x + DisplayWidth.of((lead + String(characters[start..<cursor])).visible)
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        buffer.write(under, x: cursorX, y: rect.y, limit: 2, style: Style(reverse: true))
    }
}
