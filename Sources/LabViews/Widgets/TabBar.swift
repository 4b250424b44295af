// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The row of panes at the top, with the lab's name; when the row is narrow, the panes not
/// shown go by their short names (`Proj.`), then the shown one too, then the others by their
/// numbers alone.
enum TabBar {
    private enum Naming: CaseIterable { case full, short, allShort, number }

    /// Each pane's label and the columns it takes.
    static func layout(_ state: AppState) -> [(pane: PaneID, label: String, x: Int)] {
        let lead = state.data.lab.name.visible
        var result: [(PaneID, String, Int)] = []
        for naming in Naming.allCases {
            var x = DisplayWidth.of(lead) + 2
            result = []
            for pane in PaneID.allCases {
                let label: String = switch pane == state.pane && naming != .allShort ? .full : naming {
                case .full: " \(pane.rawValue) \(state.say(pane.title)) "
                case .short, .allShort: " \(pane.rawValue) \(state.say(pane.shortTitle))"
                case .number: " \(pane.rawValue)"
                }
                result.append((pane, label, x))
                x += DisplayWidth.of(label)
            }
            if x <= state.width { return result }
        }
        return result
    }

    static func draw(_ buffer: inout Buffer, _ rect: Rect, state: AppState, context: RenderContext) {
        buffer.fill(rect, style: context.style(.tab))
        buffer.write(" " + state.data.lab.name + " ", x: rect.x, y: rect.y, limit: rect.width, style: context.style(.title))
        for (pane, label, x) in layout(state) {
            buffer.write(label, x: x, y: rect.y, limit: max(0, rect.maxX - x),
                         style: context.style(pane == state.pane ? .tabActive : .tab))
        }
    }

    static func pane(at x: Int, state: AppState) -> PaneID? {
        layout(state).first { x >= $0.x && x < $0.x + DisplayWidth.of($0.label) }?.pane
    }
}
