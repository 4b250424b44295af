/// A bordered box with a title in its top edge.
enum Box {
    static func draw(_ buffer: inout Buffer, _ rect: Rect, title: String, focused: Bool, context: RenderContext) {
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
            buffer.write(" " + title.truncated(toWidth: rect.width - 6) + " ", x: rect.x + 2, y: rect.y,
                         style: context.style(focused ? .title : .header))
        }
    }
}
