// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Draws the whole screen for a state into a buffer of the state's size.
public enum Screen {
    public static func render(_ state: AppState, context: RenderContext) -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height, style: context.style(.background))
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(&buffer, state: state, context: context)
            return buffer
        }
        TabBar.draw(&buffer, layout.tabs, state: state, context: context)
        switch state.pane {
        case .overview: OverviewPane.draw(&buffer, layout.body, state: state, context: context)
        case .partners, .projects, .commitments, .log: ListPane.draw(&buffer, layout.body, state: state, context: context)
        case .network: NetworkPane.draw(&buffer, layout.body, state: state, context: context)
        case .arrangements: ArrangementsPane.draw(&buffer, layout.body, state: state, context: context)
        case .capacity: CapacityPane.draw(&buffer, layout.body, state: state, context: context)
        }
        switch state.mode {
        case .help(let scroll): HelpOverlay.draw(&buffer, layout.body, state: state, scroll: scroll, context: context)
        case .form(let form): FormOverlay.draw(&buffer, layout.body, form: form, state: state, context: context)
        case .confirm(let confirmation): FormOverlay.drawConfirm(&buffer, layout.body, confirmation, state: state, context: context)
        case .conflict(let conflict): FormOverlay.drawConflict(&buffer, layout.body, conflict, state: state, context: context)
        case .filtering, .command: CompletionList.draw(&buffer, over: layout.status, state: state, context: context)
        case .normal: break
        }
        if let caption = layout.caption, let tour = state.tour { TourCaption.draw(&buffer, caption, tour: tour, state: state, context: context) }
        StatusBar.draw(&buffer, layout.status, state: state, context: context)
        HintBar.draw(&buffer, layout.hints, state: state, context: context)
        return buffer
    }

    /// Says how much room is needed, as much of it as fits, down to a single cell.
    private static func drawTooSmall(_ buffer: inout Buffer, state: AppState, context: RenderContext) {
        let lines = [state.say(.tooSmall), "\(state.width)x\(state.height)",
                     "\(state.say(.needed)) \(ScreenLayout.minimumWidth)x\(ScreenLayout.minimumHeight)"]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < state.height {
            let width = DisplayWidth.of(line)
            buffer.write(line, x: max(0, (state.width - width) / 2), y: top + index, style: context.style(.attention))
        }
    }
}
