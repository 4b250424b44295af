// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabKeys
import LabModel
@testable import LabViews

@Suite struct LanguageTests {
    @Test func everyTextOnScreenExistsInBothLanguages() {
        for text in UIText.allCases {
            #expect(!text.text(in: .nl).isEmpty && !text.text(in: .en).isEmpty, "\(text)")
        }
        for action in ActionTable.all {
            #expect(!action.short(in: .nl).isEmpty && !action.short(in: .en).isEmpty, "\(action.id)")
        }
    }

    /// A column, a detail and a form call a field by one name: the field catalogue's.
    @Test func aFieldIsCalledAsTheCatalogueCallsIt() throws {
        for (text, key, kind) in [(UIText.columnHealth, "health", EntityKind.project), (.health, "health", .project),
                                  (.columnState, "state", .commitment), (.lead, "lead", .project)] {
            let label = try #require(FieldCatalogue.field(key, of: kind)?.label)
            #expect(text.text(in: .nl) == label.nl && text.text(in: .en) == label.en, "\(text)")
        }
        #expect(UIText.columnHealth.text(in: .nl) == "Voortgang")
    }

    /// A Dutch word on an English screen means a text that was not localised.
    @Test(arguments: PaneID.allCases)
    func englishScreensHoldNoDutchText(pane: PaneID) {
        let english = UIText.allCases.map { $0.text(in: .en) }
        let dutchOnly = UIText.allCases.map { $0.text(in: .nl) }.filter { dutch in
            dutch.count > 4 && !english.contains { $0.contains(dutch) }
        }
        for (width, height) in [(80, 24), (160, 48)] {
            var state = sampleState(width: width, height: height, language: .en)
            state.pane = pane
            let screen = render(state).joined(separator: "\n")
            for dutch in dutchOnly {
                #expect(!containsWord(dutch, in: screen), "\"\(dutch)\" on the English \(pane) pane")
            }
            #expect(screen.contains(pane.title.text(in: .en)))
        }
    }

    /// Whole words only: "Waarde" is Dutch UI text, "Publieke Waarden" a partner's name.
    private func containsWord(_ word: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    @Test func amountsAreWrittenInTheLanguagesStyle() {
        var state = sampleState(width: 160, height: 48)
        state.pane = .commitments
        #expect(render(state).joined().contains("€ 450.000"))
        state.language = .en
        #expect(render(state).joined().contains("€450,000"))
    }
}
