// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel
@testable import LabViews

/// `:view` and the pane jumps of the command line, as a user types them.
@Suite struct ViewCommandTests {
    static func command(_ line: String, in state: inout AppState) -> [Effect] {
        send([.key(.character(":"))] + keys(line) + [.key(.enter)], to: &state)
    }

    @Test func theBuiltInViewsAnswerWhatTheOverviewCounts() throws {
        let data = SampleLab.data
        let day = SampleLab.asOf
        var state = sampleState(width: 160, height: 40)
        _ = Self.command("view loopt af", in: &state)
        #expect(state.pane == .commitments)
        #expect(Set(shownIDs(state)) == Set(data.commitmentsEnding(of: day).map(\.id)))
        #expect(state.message?.text(in: .nl) == "Weergave \"loopt af binnen 90 dagen\": \(shownIDs(state).count) rijen")
        _ = Self.command("view nog niet", in: &state)
        #expect(state.pane == .partners)
        #expect(Set(shownIDs(state)) == Set(data.partnersNotContributingToSharedSupport(on: day).map(\.id)))
        _ = Self.command("view projecten zonder update", in: &state)
        #expect(Set(shownIDs(state)) == Set(data.staleProjects(on: day).map(\.id)))
        _ = Self.command("view proposed, not yet pledged", in: &state)
        #expect(Set(shownIDs(state)) == Set(data.commitments.filter { $0.state == .proposed }.map(\.id)))
        #expect(state.list.sortColumn == 5 && state.list.descending, "sorted on the value, largest first")
    }

    @Test func savingKeepsPaneFilterSortAndColumnsWhereTheTeamFindsThem() throws {
        var state = sampleState(width: 80, height: 24)
        state.viewPlaces = ViewPlaces(teamFolder: "/lab", personal: "/home/anna/.config/schuldenlab/views.json")
        send(keys("4/waarde>10.000") + [.key(.enter), .key(.character("s")), .key(.character("l"))], to: &state)
        let effects = Self.command("view bewaar Grote posten", in: &state)
        let expected = SavedView(named: "Grote posten", pane: "commitments", filter: "waarde>10.000", sortColumn: "Partner", descending: false,
                                 scrolledColumns: 1, origin: .team)
        #expect(effects == [.saveView(expected, at: "/lab/views.json", lockFolder: "/lab")])
        #expect(Self.command("view bewaar-eigen Groot", in: &state).first.map {
            if case .saveView(let view, let path, nil) = $0 { view.origin == .personal && path.hasSuffix("/.config/schuldenlab/views.json") } else { false }
        } == true)

        // What the runtime reports back, and the view used after a restart.
        send([.viewsChanged(.success([expected]), view: expected, deleted: false)], to: &state)
        #expect(state.message?.text(in: .nl) == "Weergave bewaard voor het team (views.json in de datamap): \"Grote posten\"")
        var later = sampleState(width: 80, height: 24)
        later.savedViews = [expected]
        _ = Self.command("view grote", in: &later)
        #expect(later.pane == .commitments && later.list.filter == "waarde>10.000" && later.list.sortColumn == 1 && later.list.horizontalOffset == 1)
        #expect(shownIDs(later) == shownIDs(state))
    }

    @Test func aReadOnlyFolderKeepsTheViewForTheUser() {
        var state = sampleState()
        state.isReadOnly = true
        state.viewPlaces = ViewPlaces(teamFolder: "/lab", personal: "/u/views.json")
        send(keys("2"), to: &state)
        guard case .saveView(let view, "/u/views.json", nil)? = Self.command("view save Mine", in: &state).first else {
            Issue.record("not saved for the user")
            return
        }
        #expect(view.origin == .personal)
    }

    @Test func refusalsAreSaidOnScreen() {
        var state = sampleState()
        state.viewPlaces = ViewPlaces(teamFolder: "/lab")
        send(keys("2"), to: &state)
        #expect(Self.command("view bewaar projecten zonder update", in: &state).isEmpty)
        #expect(state.message?.text(in: .nl).hasPrefix("Dit is een ingebouwde weergave") == true)
        _ = Self.command("view zzz", in: &state)
        #expect(state.message?.text(in: .nl) == "Geen weergave met de naam \"zzz\"; :view toont ze alle")
        _ = Self.command("view p", in: &state)
        #expect(state.message?.text(in: .nl) == "Meer weergaven passen; typ meer van de naam: \"voorgesteld, nog niet toegezegd\", \"projecten zonder update\"")
        send([.key(.escape)], to: &state)
        _ = Self.command("view bewaar", in: &state)
        #expect(state.message?.kind == .error)
        send([.viewsChanged(.failure(ViewsFailure(nl: "views.json:1:2: fout", en: "views.json:1:2: wrong")), view: BuiltInViews.all[0], deleted: false)],
             to: &state)
        #expect(state.message?.text(in: .nl) == "Weergave niet bewaard: views.json:1:2: fout")
    }

    @Test func viewAloneOpensTheListOfViewsInTheHelp() {
        var state = sampleState(width: 160, height: 30)
        _ = Self.command("view", in: &state)
        guard case .help(let scroll) = state.mode else {
            Issue.record("no help")
            return
        }
        let lines = render(state)
        #expect(scroll > 0)
        #expect(lines.contains { $0.contains("Weergaven (:view NAAM)") })
        #expect(lines.contains { $0.contains("loopt af binnen 90 dagen (ingebouwd) · Toezeggingen · status is niet") })
    }

    @Test func aPaneIsOneCommandAwayByNumberOrName() {
        var state = sampleState()
        _ = Self.command("4", in: &state)
        #expect(state.pane == .commitments)
        _ = Self.command("projecten", in: &state)
        #expect(state.pane == .projects)
        _ = Self.command("network", in: &state)
        #expect(state.pane == .network)
    }
}
