// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// A coordinator at 80x24, in Dutch, reads the overview, a partner, a project and the Netwerk pane from
/// top to bottom, page by page, and meets no word cut short (`… +3`, the rest of a list, is no cut).
@Suite struct ReadingAt80x24Tests {
    @Test(arguments: [
        (PaneID.overview, nil), (.partners, "ing"), (.partners, "fonds-1818"), (.partners, "gemeente-den-haag"),
        (.projects, "jpf"), (.projects, "sohos"), (.projects, "detentie-in-uit"), (.network, nil),
    ] as [(PaneID, String?)])
    func nothingIsCutOnAnyPage(pane: PaneID, opened: String?) throws {
        var state = sampleState(width: 80, height: 24)
        state.pane = pane
        if let opened {
            let isOpen = state.openRow(opened)
            #expect(isOpen, "\(opened) is a row of \(pane)")
        }
        state.refreshDerived()
        var read = render(state)
        for _ in 0..<12 {
            send([.key(.pageDown)], to: &state)
            read += render(state)
        }
        #expect(read.contains { $0.contains("Ingebouwde voorbeelddata") }, "the screen was drawn")
        let cut = read.filter { $0.contains(/…(?! \+)/) }
        #expect(cut.isEmpty, "\(cut)")
    }

    /// Days read as people read them (`31 dec 2019`) on every pane and in every kind of detail, in
    /// both languages; `2019-12-31` is how the files write them.
    @Test(arguments: Language.allCases)
    func noDayIsWrittenAsTheFilesWriteIt(language: Language) throws {
        var read: [String] = []
        for pane in PaneID.allCases {
            var state = sampleState(width: 120, height: 40, language: language)
            state.pane = pane
            state.refreshDerived()
            read += render(state)
        }
        for (pane, id) in [(PaneID.partners, "ing"), (.projects, "jpf"), (.projects, "sohos"), (.commitments, "c-0006")] {
            var state = sampleState(width: 120, height: 40, language: language)
            state.pane = pane
            let isOpen = state.openRow(id)
            #expect(isOpen, "\(id) is a row of \(pane)")
            read += DetailContent.lines(for: id, in: state, width: 80).map { $0.spans.map(\.text).joined() }
        }
        #expect(read.contains { $0.contains(language == .nl ? "stand per 31 dec 2019" : "as of 31 Dec 2019") })
        let coded = read.filter { $0.contains(/\d{4}-\d{2}-\d{2}/) }
        #expect(coded.isEmpty, "\(coded)")
    }

    /// A refusal longer than the status line goes on to the lines above the key hints, whole, and the
    /// pane gives them back when it is dismissed.
    @Test func aLongRefusalIsReadWhole() throws {
        var state = sampleState(width: 80, height: 24)
        guard case .failure(let problem) = ThemeCatalog().theme(named: "nope") else { Issue.record("a theme named nope"); return }
        send([.themeLoaded(name: "nope", .failure(problem))], to: &state)
        let screen = render(state)
        let message = screen[21...22].joined(separator: " ")
        #expect(screen[20].hasPrefix("Thema niet gebruikt \"nope\": bestaat niet; kies uit"), "\(screen[19...23])")
        #expect(screen[20].hasSuffix("Esc: melding sluiten "))
        for theme in ThemeCatalog.builtInNames {
            #expect(message.contains(theme), "\(theme) in \(screen[20...22])")
        }
        #expect(!screen[20...22].joined().contains("…"), "nothing of it cut")
        #expect(screen[19].hasPrefix("└") && screen[23].hasPrefix(" Tab scherm"), "the pane's frame above, the key hints below")
        send([.key(.escape)], to: &state)
        #expect(render(state)[21].hasPrefix("└"), "dismissed, the pane has its rows back")
    }
}
