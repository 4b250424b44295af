// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// The filter as a user sees it: field terms in the title in words, a part that cannot be read
/// named there instead of an empty table, plain words found only in the columns on screen, and
/// what they found marked in the cells.
@Suite struct FilterScreenTests {
    static func filtered(_ filter: String, width: Int = 80, height: Int = 24, language: Language = .nl) -> AppState {
        var state = sampleState(width: width, height: height, language: language)
        send(keys("4/" + filter) + [.key(.enter)], to: &state)
        return state
    }

    @Test func fieldTermsKeepTheRowsTheyNameAndTheTitleSaysThemInWords() throws {
        let state = Self.filtered("status:voorgesteld soort:uren")
        let expected = SampleLab.data.commitments.filter { $0.state == .proposed && $0.kind == .hours }.map(\.id)
        #expect(!expected.isEmpty)
        #expect(shownIDs(state) == expected)
        #expect(render(state)[1].contains("Toezeggingen (\(expected.count) van 93) · status is voorgesteld, soort is uren"))
        try expectScreen(render(state), named: "filter-fields-80x24")
    }

    @Test func theSameFilterInEnglish() {
        let state = Self.filtered("state:proposed kind:hours", language: .en)
        #expect(render(state)[1].contains("Commitments (") && render(state)[1].contains("state is proposed, kind is hours"))
        #expect(shownIDs(state) == shownIDs(Self.filtered("status:voorgesteld soort:uren")))
    }

    @Test func aPartThatCannotBeReadIsNamedInTheTitleAndTheTableStaysFull() throws {
        let state = Self.filtered("waarde>abc")
        #expect(shownIDs(state).count == 93)
        #expect(render(state)[1].contains("Toezeggingen (93) · Genegeerd: waarde: \"abc\" is geen getal"))
        let unknown = render(Self.filtered("onbekend:x", width: 160, height: 30))[1]
        #expect(unknown.contains("Genegeerd: \"onbekend\" is geen veld; wel: id, partner, project, soort"))
    }

    @Test func plainWordsAreFoundOnlyInTheColumnsOnScreen() {
        // At 80 columns the id and the period are left out; at 160 they are on screen.
        #expect(shownIDs(Self.filtered("c-0004")).isEmpty)
        #expect(shownIDs(Self.filtered("c-0004", width: 160, height: 30)) == ["c-0004"])
        #expect(shownIDs(Self.filtered("id:c-0004")) == ["c-0004"], "a field term finds what is not on screen")
    }

    @Test func theWordsFoundAreUnderlinedInTheCells() throws {
        let state = Self.filtered("ing")
        let buffer = Screen.render(state, context: RenderContext(theme: ThemeCatalog.defaultTheme))
        let lines = buffer.lines
        let row = try #require(lines.firstIndex { $0.hasPrefix("│ING ") })
        #expect((0..<3).allSatisfy { buffer[1 + $0, row].style.underline }, "ING is marked")
        #expect(!buffer[4, row].style.underline, "the rest of the cell is not")
        let shared = try #require(lines.firstIndex { $0.contains("Gedeelde onder…") && !$0.hasPrefix("│ING") })
        let cell = try #require(lines[shared].range(of: "Gedeelde onder…"))
        let ellipsis = lines[shared].distance(from: lines[shared].startIndex, to: cell.upperBound) - 1
        #expect(buffer[ellipsis, shared].style.underline, "a match in the part cut off marks the ellipsis")
    }

    @Test func helpExplainsTheFilterWithThePanesFields() {
        var state = sampleState(width: 100, height: 40)
        send(keys("4?"), to: &state)
        let help = HelpOverlay.lines(state).map { $0.spans.map(\.text).joined() }
        #expect(help.contains { $0.contains("zoekt alleen in de kolommen die u ziet") })
        #expect(help.contains { $0.contains("velden") && $0.contains("partner, project, soort, hoeveelheid, eenheid, waarde") })
    }
}
