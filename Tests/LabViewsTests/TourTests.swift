import Foundation
import Testing
import LabKeys
import LabModel
@testable import LabViews

@Suite struct TourTests {
    @Test func theBuiltInTourParsesAndVisitsThePanes() {
        let tour = Tour.builtIn
        #expect(tour.steps.count == 8)
        #expect(tour.steps.map(\.pane) == [.overview, .partners, .partners, .projects, .projects, .network, .arrangements, .log])
        #expect(tour.steps.allSatisfy { !$0.caption.nl.isEmpty && !$0.caption.en.isEmpty })
    }

    @Test func aTourFileInEveryNameForAPane() throws {
        let tour = try Tour.parse(Data(#"{"steps": [{"pane": "Netwerk", "caption": {"nl": "a", "en": "b"}, "seconds": 3}, {"pane": "4", "select": "c-0005", "caption": {"nl": "c", "en": "d"}}]}"#.utf8))
        #expect(tour.steps.map(\.pane) == [.network, .commitments])
        #expect(tour.steps[0].seconds == 3 && tour.steps[1].seconds == nil)
        #expect(tour.steps[1].select == "c-0005")
    }

    @Test(arguments: [
        (#"[1]"#, "not a valid JSON object"),
        (#"{"steps": []}"#, "the list \"steps\" is missing or empty"),
        (#"{"steps": [{"pane": "log", "caption": {"nl": "a"}}]}"#, "step 1, field \"caption.en\": is missing or empty"),
        (#"{"steps": [{"pane": "log", "caption": {"nl": "a", "en": "b"}, "seconds": 0}]}"#, "step 1, field \"seconds\": must be a number from 1 to 600"),
        (#"{"steps": [{"pane": "log", "caption": {"nl": "a", "en": "b"}}, {"pane": "log", "capton": 1}]}"#, "step 2, field \"capton\": unknown field"),
        (#"{"steps": [{"caption": {"nl": "a", "en": "b"}}]}"#, "step 1, field \"pane\": is missing or empty"),
    ])
    func aBadTourSaysWhichStepAndField(text: String, message: String) {
        #expect(throws: TourProblem.self) { try Tour.parse(Data(text.utf8)) }
        do {
            _ = try Tour.parse(Data(text.utf8))
        } catch {
            #expect(error.message(in: .en) == message)
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
        #expect(state.tour?.index == 7, "back from the first step goes round to the last")
        send([.key(.character("p")), .tick(start.addingTimeInterval(100))], to: &state)
        #expect(state.tour?.isPaused == true && state.tour?.index == 7)
        send([.key(.character("p")), .key(.character("3"))], to: &state)
        #expect(state.tour?.isPaused == true, "another key takes over and pauses")
        #expect(state.pane == .projects)
        #expect(render(state)[28].hasPrefix("|| 8/8"))
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
