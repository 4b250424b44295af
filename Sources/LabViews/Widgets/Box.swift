// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A bordered box with a title in its top edge, and after it, in the colour of an error, what is wrong.
enum Box {
    static func draw(_ buffer: inout Buffer, _ rect: Rect, title: String, alert: String? = nil, focused: Bool, context: RenderContext) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let glyphs = context.glyphs
        let border = context.style(focused ? .borderFocus : .border)
        buffer.fill(rect.inset(by: 1), style: context.style(.background))
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        buffer.write(glyphs.topLeft + horizontal + glyphs.topRight, x: rect.x, y: rect.y, style: border)
        buffer.write(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write(glyphs.vertical, x: rect.x, y: y, style: border)
            buffer.write(glyphs.vertical, x: rect.maxX - 1, y: y, style: border)
        }
        if rect.width > 4, !title.isEmpty {
            let room = rect.width - 6
            let end = rect.x + 2 + buffer.write(" " + title.truncated(toWidth: room) + " ", x: rect.x + 2, y: rect.y,
                                                style: context.style(focused ? .title : .header))
            if let alert, end < rect.maxX - 4 {
                buffer.write(alert.truncated(toWidth: rect.maxX - 3 - end) + " ", x: end, y: rect.y, style: context.style(.error))
            }
        }
    }
}
