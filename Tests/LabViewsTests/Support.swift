// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
@testable import LabViews

/// The app on the built-in sample, as of its own date, at a size.
func sampleState(width: Int = 80, height: Int = 24, language: Language = .nl) -> AppState {
    AppState(data: SampleLab.data, source: .builtInSample, referenceDay: SampleLab.asOf, language: language,
             width: width, height: height)
}

/// Feeds events through `update`, as the runtime would, keeping the effects.
@discardableResult
func send(_ events: [AppEvent], to state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for event in events {
        let (next, produced) = App.update(state, event)
        state = next
        effects += produced
    }
    return effects
}

func keys(_ text: String) -> [AppEvent] {
    text.map { .key(.character($0)) }
}

func render(_ state: AppState, glyphs: Glyphs = .unicode) -> [String] {
    Screen.render(state, context: RenderContext(theme: ThemeCatalog.defaultTheme, glyphs: glyphs)).lines
}

/// Compares a screen with its expected text in Screens/, written anew with SCHULDENLAB_UPDATE_EXPECTED=1
/// after a deliberate change (and read by eye before committing).
func expectScreen(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Screens/\(name).txt")
    let actual = lines.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["SCHULDENLAB_UPDATE_EXPECTED"] == "1" {
        try Data(actual.utf8).write(to: url)
    }
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(actual == expected, sourceLocation: sourceLocation)
}

/// The ids of the rows the current pane shows, in order.
func shownIDs(_ state: AppState) -> [String] {
    state.visibleRows?.ids ?? []
}
