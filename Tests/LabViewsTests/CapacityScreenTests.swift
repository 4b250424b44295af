// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
@testable import LabViews

/// The organising-capacity view as a coordinator uses it: one key, and it says who holds the
/// network together, which projects lean on one partner or one motive, and which are red.
@Suite struct CapacityScreenTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func inEnglish(width: Int, height: Int) throws {
        var state = sampleState(width: width, height: height, language: .en)
        send([.key(.character("8"))], to: &state)
        try expectScreen(render(state), named: "capacity-en-\(width)x\(height)")
    }

    @Test func oneKeyAnswersTheCoordinatorsThreeQuestions() {
        var state = sampleState()
        send([.key(.character("8"))], to: &state)
        #expect(state.pane == .capacity)
        let text = render(state).joined(separator: "\n")
        // Who holds the network together: the municipality, in words and at the top of the table.
        #expect(text.contains("Verbindende rol: Gemeente Den Haag heeft de hoogste tussenpositie"))
        #expect(shownIDs(state).first == "gemeente-den-haag")
        // Which projects lean on one partner or one motive, and which are red.
        #expect(text.contains("fiKks: leunt op ADG Dienstengroep"))
        #expect(text.contains("Financieel Slim Afstuderen: één motief: Geld sneller terug, rood"))
    }

    @Test func sortingByAMeasureExplainsIt() {
        var state = sampleState(width: 160, height: 48)
        send([.key(.character("8"))], to: &state)
        // Name, sector, projects, betweenness, sole link, liaison: the sixth column.
        send(Array(repeating: .key(.character("s")), count: 6) + [.key(.character("S"))], to: &state)
        let lines = render(state)
        #expect(lines.contains { $0.contains("Verbinder (liaison): paren zonder gedeeld project, uit twee andere sectoren, die hij verbindt") })
        let liaisons = shownIDs(state).prefix(3)
        #expect(liaisons.first == "gemeente-den-haag")
        #expect(Set(liaisons.dropFirst()) == ["cak", "duo"] || Set(liaisons.dropFirst()).contains("htm"))
    }

    @Test(arguments: Language.allCases)
    func theHelpOnThisPaneExplainsEveryMeasure(language: Language) {
        var state = sampleState(language: language)
        send([.key(.character("8")), .key(.character("?"))], to: &state)
        let help = HelpOverlay.lines(state).map { $0.spans.map(\.text).joined() }
        for measure in CapacityTable.measures.map(\.measure) {
            #expect(help.contains("\(measure.name(in: language).capitalizedFirst): \(measure.explanation(in: language))"))
        }
        for depth in PartnershipDepth.allCases { #expect(help.contains { $0.hasSuffix(depth.rule(in: language)) }) }
        send([.key(.escape), .key(.character("2")), .key(.character("?"))], to: &state)
        #expect(!HelpOverlay.lines(state).contains { $0.spans.map(\.text).joined() == state.say(.capacityMeasures) })
    }

    @Test func enterOpensThePartnerWithTheDepthOfItsPartnerships() {
        var state = sampleState(width: 160, height: 70)
        send([.key(.character("8")), .key(.enter)], to: &state)
        #expect(state.pane == .partners)
        #expect(state.list.openID == "gemeente-den-haag")
        let text = render(state).joined(separator: "\n")
        #expect(text.contains("Samenwerking met andere partners, naar diepte (24)"))
        #expect(text.contains("UWV                             samenwerking 2 projecten samen · € 441.700"))
        send([.key(.escape)], to: &state)
        #expect(state.pane == .capacity)
    }

    @Test func anUpdateTurnsARedProjectGreen() {
        var state = sampleState()
        send([.key(.character("8"))], to: &state)
        #expect(render(state).joined().contains("Financieel Slim Afstuderen: één motief: Geld sneller terug, rood"))
        var project = state.data.project("slim-afstuderen")!
        project.updates.append(StatusUpdate(at: state.referenceDay, by: "test", health: .onTrack, text: "weer op gang"))
        state.put(.project(project))
        state.refreshDerived()
        let text = render(state).joined(separator: "\n")
        #expect(text.contains("Financieel Slim Afstuderen: één motief: Geld sneller terug"))
        #expect(!text.contains("Geld sneller terug, rood"))
    }

    @Test func aLargeLabIsWorkedOutWhileTheKeysKeepWorking() throws {
        var generator = Generator(seed: 7)
        let data = generator.data(Generator.Size(partners: 400, projects: 200, commitments: CapacityJob.quickTieLimit))
        var state = AppState(data: data, source: .folder("/tmp/large"), referenceDay: Day("2026-12-01")!)
        send([.key(.character("8"))], to: &state)
        #expect(render(state).joined().contains("De netwerkcijfers worden berekend"))
        #expect(state.nextCapacityLook != nil)
        // The keys work meanwhile: away and back.
        send([.key(.character("2")), .key(.character("8"))], to: &state)
        let deadline = Date().addingTimeInterval(60)
        while state.nextCapacityLook != nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            send([.tick(Date())], to: &state)
        }
        #expect(state.nextCapacityLook == nil)
        let text = render(state).joined(separator: "\n")
        #expect(text.contains("Verbindende rol:"))
        #expect(shownIDs(state).count == 400)
    }
}
