// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Where a list or a text stands, on the frame's bottom line: `1-19/58` are the rows or lines 1 to 19 of 58.
/// Every list and every text that does not fit says it the same way, and only then.
enum ScrollMarker {
    static func draw(_ buffer: inout Buffer, endingAt right: Int, y: Int, first: Int, shown: Int, total: Int, context: RenderContext) {
        guard total > shown, shown > 0 else { return }
        let marker = "\(first + 1)-\(min(total, first + shown))/\(total)"
        buffer.write(marker, x: right - DisplayWidth.of(marker), y: y, limit: DisplayWidth.of(marker), style: context.style(.muted))
    }
}
