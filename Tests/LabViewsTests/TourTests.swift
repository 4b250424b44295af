// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
@testable import LabViews

@Suite struct TourTests {
    @Test func theBuiltInTourParsesAndVisitsThePanes() {
        let tour = Tour.builtIn
        #expect(tour.steps.count == 9)
        #expect(tour.steps.map(\.pane) == [.overview, .partners, .partners, .projects, .projects, .network, .capacity, .arrangements, .log])
        #expect(tour.steps.allSatisfy { !$0.caption.nl.isEmpty && !$0.caption.en.isEmpty })
    }

    @Test func aTourFileInEveryNameForAPane() throws {
        let tour = try Tour.parse(Data(#"{"steps": [{"pane": "Netwerk", "caption": {"nl": "a", "en": "b"}, "seconds": 3}, {"pane": "4", "select": "c-0005", "caption": {"nl": "c", "en": "d"}}]}"#.utf8))
        #expect(tour.steps.map(\.pane) == [.network, .commitments])
        #expect(tour.steps[0].seconds == 3 && tour.steps[1].seconds == nil)
        #expect(tour.steps[1].select == "c-0005")
    }

    @Test(arguments: [
        (#"[1]"#, [#"tour.json:1:1: expected an object, but this is a list"#]),
        (#"{"steps": []}"#, [#"tour.json:1:11: $.steps: must not be empty"#]),
        (#"{"steps": [{"pane": "log", "caption": {"nl": "a"}}]}"#, [#"tour.json:1:39: $.steps[0].caption: the field "en" is missing"#]),
        (#"{"steps": [{"pane": "log", "caption": {"nl": "a", "en": "b"}, "seconds": 0}]}"#,
         [#"tour.json:1:74: $.steps[0].seconds: must be a number from 1 to 600"#]),
        (#"{"steps": [{"pane": "lgo", "caption": {"nl": "a", "en": "b"}}, {"pane": "log", "capton": 1}]}"#, [
            #"tour.json:1:21: $.steps[0].pane: unknown value "lgo"; allowed: overview, partners, projects, commitments, network, arrangements, log, capacity"#,
            #"tour.json:1:64: $.steps[1]: the field "caption" is missing"#,
            #"tour.json:1:80: $.steps[1].capton: unknown field "capton"; did you mean "caption"?"#,
        ]),
    ])
    func aBadTourSaysEveryProblemWithItsPlace(text: String, expected: [String]) {
        do {
            _ = try Tour.parse(Data(text.utf8))
            Issue.record("no problem found in \(text)")
        } catch {
            let said = error.problems.map { $0.rendered(in: .en) }
            #expect(said.count >= expected.count)
            for line in expected { #expect(said.contains(line), "\(said)") }
        }
    }

    @Test func theTourStepsOnItsOwnAndByHand() {
        var state = sampleState(width: 100, height: 30)
        state.tour = TourState(tour: Tour.builtIn, interval: 5)
        let start = Date(timeIntervalSince1970: 0)
        send([.tick(start)], to: &state)
        #expect(state.tour?.index == 0 && state.pane == .overview)
        send([.tick(start.addingTimeInterval(4))], to: &state)
        #expect(state.tour?.index == 0)
        send([.tick(start.addingTimeInterval(5))], to: &state)
        #expect(state.tour?.index == 1)
        #expect(state.pane == .partners && state.list.openID == "gemeente-den-haag")
        send([.key(.character(" "))], to: &state)
        #expect(state.tour?.index == 2 && state.list.openID == "ing")
        send([.key(.left), .key(.left), .key(.left)], to: &state)
        #expect(state.tour?.index == 8, "back from the first step goes round to the last")
        send([.key(.character("p")), .tick(start.addingTimeInterval(100))], to: &state)
        #expect(state.tour?.isPaused == true && state.tour?.index == 8)
        send([.key(.character("p")), .key(.character("3"))], to: &state)
        #expect(state.tour?.isPaused == true, "another key takes over and pauses")
        #expect(state.pane == .projects)
        #expect(render(state)[27].hasPrefix("|| 9/9"), "the caption has a line of its own above the status line")
    }

    /// On a projector a colleague's edit must be readable, even when the tour moves on just after it.
    @Test func aColleaguesEditStaysOnScreenWhenTheTourMovesOn() {
        var state = sampleState(width: 100, height: 30)
        state.tour = TourState(tour: Tour.builtIn, interval: 1)
        let start = Date(timeIntervalSince1970: 0)
        send([.tick(start)], to: &state)
        state.message = StatusMessage { _ in "Gewijzigd door simulatie: toezegging c-0094 — nieuw" }
        send([.tick(start.addingTimeInterval(1))], to: &state)
        #expect(state.tour?.index == 1)
        #expect(render(state)[28].hasPrefix("Gewijzigd door simulatie"), "\(render(state)[28])")
        send([.key(.character(" "))], to: &state)
        #expect(state.tour?.index == 2)
        #expect(state.message == nil, "a step chosen by hand starts clean")
    }

    /// The first screen of the demo fits a projector without scrolling, and a colleague's notice
    /// stands beside the tour's caption instead of in its place.
    @Test(arguments: [(120, 35), (160, 45)])
    func theDemoFitsTheRoom(size: (width: Int, height: Int)) {
        var state = sampleState(width: size.width, height: size.height)
        state.isDemo = true
        state.tour = TourState(tour: Tour.builtIn, interval: 5)
        state.refreshDerived()
        let lines = render(state)
        let markers = lines.filter { $0.range(of: #"\d+-\d+/\d+"#, options: .regularExpression) != nil }
        #expect(markers.isEmpty, "\(lines.joined(separator: "\n"))")
        state.message = StatusMessage { _ in "simulatie: toezegging c-0094 nieuw" }
        let withNotice = render(state)
        #expect(withNotice[size.height - 3].hasPrefix("> 1/9  Schuldenlab070 in één oogopslag"), "\(withNotice[size.height - 3])")
        #expect(withNotice[size.height - 2].hasPrefix("simulatie: toezegging c-0094 nieuw"), "\(withNotice[size.height - 2])")
    }
}

@Suite struct HeadlineTests {
    @Test func theDemosHeadlineFiguresAreExact() {
        var state = sampleState()
        state.isDemo = true
        // € 5.431.900 firm: 5,4 million, rounded in whole cents.
        #expect(OverviewPane.headlines(state).map(\.figure) == ["25", "9", "5,4", "15"])
        state.language = .en
        #expect(OverviewPane.headlines(state)[2].figure == "5.4")
        #expect(render(state)[2].contains("█"), "block digits at 80x24")
    }
}
