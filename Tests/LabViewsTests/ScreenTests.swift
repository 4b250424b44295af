// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabKeys
import LabModel
@testable import LabViews

/// Every pane as text on the sample, at the sizes people use.
@Suite struct ScreenTests {
    static let sizes = [(80, 24), (160, 48)]

    @Test(arguments: PaneID.allCases)
    func everyPaneAt80x24And160x48(pane: PaneID) throws {
        for (width, height) in Self.sizes {
            var state = sampleState(width: width, height: height)
            state.pane = pane
            let lines = render(state)
            try expectScreen(lines, named: "pane\(pane.rawValue)-\(width)x\(height)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) == width }, "every line fills the width exactly")
        }
    }

    @Test func aPartnerOpenedAt80x24() throws {
        var state = sampleState()
        send(keys(":partner ING") + [.key(.enter)], to: &state)
        try expectScreen(render(state), named: "partner-ing-80x24")
    }

    @Test func aCommitmentOpenedOverTheTable() throws {
        var state = sampleState()
        send([.key(.character("4")), .key(.enter)], to: &state)
        try expectScreen(render(state), named: "commitment-80x24")
    }

    @Test func theHelpIsGeneratedFromTheActionTable() throws {
        var state = sampleState(width: 100, height: 120)
        state.pane = .partners
        send([.key(.character("?"))], to: &state)
        try expectScreen(render(state), named: "help-100x120")
        // Every action of the table is in it, with its keys.
        let text = render(state).joined(separator: "\n")
        for action in ActionTable.all {
            #expect(text.contains(action.helpNL), "\(action.id)")
        }
    }

    @Test func theOverviewInEnglish() throws {
        try expectScreen(render(sampleState(language: .en)), named: "overview-en-80x24")
    }

    @Test func aSmallTerminalSaysHowMuchRoomItNeeds() throws {
        try expectScreen(render(sampleState(width: 30, height: 8)), named: "too-small-30x8")
        #expect(render(sampleState(width: 1, height: 1)) == ["T"])
        #expect(render(sampleState(width: 0, height: 0)) == [])
        let smallest = render(sampleState(width: 40, height: 10))
        #expect(smallest.first?.hasPrefix(" Schuldenlab070") == true)
        #expect(smallest.allSatisfy { DisplayWidth.of($0) == 40 })
    }

    @Test func plainASCIIWhereTheTerminalHasNoUTF8() {
        var state = sampleState()
        state.pane = .projects
        let lines = render(state, glyphs: .ascii)
        #expect(lines[1].hasPrefix("+- Projecten (9) ---"))
        #expect(lines.dropFirst(1).dropLast(2).allSatisfy { $0.hasPrefix("+") || $0.hasPrefix("|") })
    }

    @Test func namesWithDiacriticsCJKEmojiAndEscapesStayInTheirColumns() {
        let data = SampleLab.data
        var partners = data.partners
        partners[0].name = "Zoë Ĳsselmeer-Ærø"
        partners[1].name = "漢字パートナー株式会社"
        partners[2].name = "Fonds 😀 🎉 support"
        partners[3].name = "Evil \u{1B}[2J\u{1B}]0;pwned\u{7} corp"
        var state = sampleState(height: 40)
        state.data = LabData(lab: data.lab, partners: partners, projects: data.projects, commitments: data.commitments)
        state.pane = .partners
        let lines = render(state)
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 80 })
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Zoë Ĳsselmeer-Ærø"))
        #expect(text.contains("漢字パートナー株式会社"))
        #expect(text.contains("Fonds 😀 🎉 support"))
        #expect(text.contains("Evil ␛[2J␛]0;pwned␇ corp"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
