import LabModel

/// The row of panes at the top, with the lab's name; labels shorten when the row is narrow.
enum TabBar {
    /// Each pane's label and the columns it takes.
    static func layout(_ state: AppState) -> [(pane: PaneID, label: String, x: Int)] {
        let width = state.width
        let lead = state.data.lab.name.visible
        for maximum in [Int.max, 8, 5, 3, 1, 0] {
            var x = DisplayWidth.of(lead) + 2
            var result: [(PaneID, String, Int)] = []
            for pane in PaneID.allCases {
                let name = state.say(pane.title)
                let shown = pane == state.pane || maximum == Int.max ? name : String(name.prefix(maximum))
                let label = " \(pane.rawValue)" + (shown.isEmpty ? " " : " \(shown) ")
                result.append((pane, label, x))
                x += DisplayWidth.of(label)
            }
            if x <= width || maximum == 0 { return result }
        }
        return []
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
