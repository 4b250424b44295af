// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Where the parts of the screen go; rendering and mouse handling share it.
struct ScreenLayout {
    static let minimumWidth = 40
    static let minimumHeight = 10
    /// From this width a list shows the selected item's detail beside it.
    static let sideBySideWidth = 110

    let tabs: Rect
    let body: Rect
    /// A tour's caption, on lines of its own above the status line, so that a message never hides it.
    let caption: Rect?
    let status: Rect
    let hints: Rect

    /// `statusRows`: more than one where a refusal is too long for one line, so that it is read whole.
    init(width: Int, height: Int, captionRows: Int = 0, statusRows: Int = 1) {
        let parts = Layout.split(Rect(x: 0, y: 0, width: width, height: height), .vertical,
                                 [.fixed(1), .fill(1)] + (captionRows > 0 ? [.fixed(captionRows)] : []) + [.fixed(statusRows), .fixed(1)])
        tabs = parts[0]
        body = parts[1]
        caption = captionRows > 0 ? parts[2] : nil
        status = parts[parts.count - 2]
        hints = parts[parts.count - 1]
    }

    var isTooSmall: Bool { tabs.width < Self.minimumWidth || body.height + 2 + status.height + (caption?.height ?? 0) < Self.minimumHeight }

    /// The list and, when there is room or an item is open, the detail beside or instead of it.
    static func listAndDetail(in body: Rect, pane: PaneID, detailOpen: Bool) -> (list: Rect?, detail: Rect?) {
        if pane == .capacity { return (CapacityPane.Areas(body).table, nil) }
        guard pane == .partners || pane == .projects else { return (body, nil) }
        if body.width >= sideBySideWidth {
            let parts = Layout.split(body, .horizontal, [.percentage(48), .fill(1)])
            return (parts[0], parts[1])
        }
        return detailOpen ? (nil, body) : (body, nil)
    }

    /// Lines under a table, inside its box: the commitments' totals, the capacity's explanation.
    static func footerRows(_ pane: PaneID) -> Int {
        pane == .commitments || pane == .capacity ? 1 : 0
    }

    /// Rows of a table inside its box: the box border and the header row take three.
    static func tableRowsArea(_ box: Rect) -> Rect {
        let inner = box.inset(by: 1)
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }
}
