// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
@testable import LabViews

/// The app driven through `update` by keys, as a user drives it; no terminal involved.
@Suite struct UpdateTests {
    @Test func numberKeysTabAndShiftTabChangePanes() {
        var state = sampleState()
        send([.key(.character("3"))], to: &state)
        #expect(state.pane == .projects)
        send([.key(.tab), .key(.tab)], to: &state)
        #expect(state.pane == .network)
        send([.key(.backTab)], to: &state)
        #expect(state.pane == .commitments)
        send([.key(.character("7")), .key(.tab)], to: &state)
        #expect(state.pane == .capacity)
        send([.key(.tab)], to: &state)
        #expect(state.pane == .overview)
    }

    @Test func movingThroughAListStaysWithinIt() {
        var state = sampleState()
        send([.key(.character("2"))], to: &state)
        #expect(state.list.selectedID == "abn-amro")
        send([.key(.character("j")), .key(.down)], to: &state)
        #expect(state.selectedIndex == 2)
        send([.key(.character("G"))], to: &state)
        #expect(state.selectedIndex == 24)
        send([.key(.character("j"))], to: &state)
        #expect(state.selectedIndex == 24)
        send([.key(.character("g")), .key(.character("k"))], to: &state)
        #expect(state.selectedIndex == 0)
        // 25 partners, 18 rows on screen: a page down moves the rows (as far as they go) and the cursor keeps its place.
        send([.key(.pageDown)], to: &state)
        #expect(state.list.offset == 7 && state.selectedIndex == 7, "the page moved, the cursor stayed at the top")
        send([.key(.pageDown)], to: &state)
        #expect(state.list.offset == 7 && state.selectedIndex == 24, "at the end the cursor goes the rest of the way")
        send([.key(.pageUp)], to: &state)
        #expect(state.list.offset == 0 && state.selectedIndex == 17)
        send([.key(.character("j"))], to: &state)
        #expect(state.list.offset == 1, "the list scrolls to keep the selection visible")
    }

    @Test func filteringNarrowsAsYouTypeEnterKeepsEscClears() {
        var state = sampleState()
        send([.key(.character("2"))] + keys("/fonds"), to: &state)
        #expect(state.mode == .filtering(original: ""))
        #expect(shownIDs(state) == ["fonds-1818", "ing-nederland-fonds"])
        send([.key(.enter)], to: &state)
        #expect(state.mode == .normal)
        #expect(state.list.filter == "fonds")
        // n and N go round the matches.
        send([.key(.character("n"))], to: &state)
        #expect(state.list.selectedID == "ing-nederland-fonds")
        send([.key(.character("n"))], to: &state)
        #expect(state.list.selectedID == "fonds-1818")
        send([.key(.character("N"))], to: &state)
        #expect(state.list.selectedID == "ing-nederland-fonds")
        send([.key(.escape)], to: &state)
        #expect(state.list.filter.isEmpty)
        #expect(shownIDs(state).count == 25)
        #expect(state.list.selectedID == "ing-nederland-fonds", "the selection survives clearing the filter")
    }

    @Test func theFilterIgnoresCaseAndDiacriticsAndMatchesEveryWord() {
        var state = sampleState()
        send([.key(.character("4"))] + keys("/GEMEENTE JONGEREN") + [.key(.enter)], to: &state)
        #expect(shownIDs(state) == ["c-0024"])
        send([.key(.escape), .key(.character("2"))] + keys("/cooperatieve"), to: &state)
        #expect(shownIDs(state).isEmpty, "motives are not in the list's columns")
        send([.key(.backspace)] + keys("x"), to: &state)
        #expect(state.list.filter == "cooperatievx")
        send([.key(.escape)], to: &state)
        #expect(state.mode == .normal && state.list.filter.isEmpty)
    }

    @Test func sortingCyclesColumnsAndReverses() {
        var state = sampleState()
        send([.key(.character("2")), .key(.character("s"))], to: &state)
        #expect(state.list.sortColumn == 0)
        send([.key(.character("s")), .key(.character("s")), .key(.character("s"))], to: &state)
        #expect(state.list.sortColumn == 3)
        #expect(shownIDs(state).first == "abn-amro" || shownIDs(state).first == "menzis", "least firm euros first")
        send([.key(.character("S"))], to: &state)
        #expect(shownIDs(state).first == "gemeente-den-haag", "most firm euros first")
        send([.key(.character("s")), .key(.character("s"))], to: &state)
        #expect(state.list.sortColumn == nil, "after the last column, the natural order")
        #expect(shownIDs(state).first == "abn-amro")
    }

    @Test func enterOpensEscAndQGoBackQQuitsAtTheTop() {
        var state = sampleState()
        send([.key(.character("3")), .key(.character("j")), .key(.enter)], to: &state)
        #expect(state.list.openID == "fikks")
        send([.key(.escape)], to: &state)
        #expect(state.list.openID == nil)
        send([.key(.enter), .key(.character("q"))], to: &state)
        #expect(state.list.openID == nil)
        #expect(state.isRunning)
        send([.key(.character("q"))], to: &state)
        #expect(!state.isRunning)
    }

    @Test func ctrlCQuitsFromAnywhere() {
        for setup in [[AppEvent](), [.key(.character("?"))], keys("/ab"), keys(":the"), keys("ab"), keys("eb")] {
            var state = sampleState()
            state.pane = .partners
            send(setup, to: &state)
            #expect(state.isRunning)
            send([.key(.control("c"))], to: &state)
            #expect(!state.isRunning, "Ctrl-C after \(setup)")
        }
    }

    @Test func openingFromTheNetworkAndTheLogShowsThePartnerOrProject() {
        var state = sampleState()
        send([.key(.character("5")), .key(.enter)], to: &state)
        #expect(state.pane == .partners)
        #expect(state.list.openID == "gemeente-den-haag")
        send([.key(.character("7")), .key(.enter)], to: &state)
        #expect(state.pane == .projects)
        #expect(state.list.openID == "sohos")
    }

    @Test func aDetailScrollsWithTheMovementKeys() {
        var state = sampleState()
        send([.key(.character("3"))] + keys(":project jpf") + [.key(.enter)], to: &state)
        #expect(state.list.openID == "jpf")
        send([.key(.pageDown)], to: &state)
        let page = state.list.detailScroll
        #expect(page > 0)
        send([.key(.pageUp)], to: &state)
        #expect(state.list.detailScroll == 0)
        send([.key(.character("G"))], to: &state)
        let bottom = state.list.detailScroll
        send([.key(.character("j"))], to: &state)
        #expect(state.list.detailScroll == bottom, "no scrolling past the end")
    }

    @Test func theCommandLineSwitchesLanguageThemeAndJumps() {
        var state = sampleState()
        send(keys(":lang de") + [.key(.enter)], to: &state)
        #expect(state.language == .nl && state.message?.kind == .error)
        #expect(state.message?.text(in: .nl) == "Taal niet beschikbaar \"de\": kies uit nl, en")
        send(keys(":lang en") + [.key(.enter)], to: &state)
        #expect(state.language == .en)
        #expect(state.message?.text(in: state.language) == "Language: English")
        let effects = send(keys(":theme light") + [.key(.enter)], to: &state)
        #expect(effects == [.loadTheme("light")])
        send([.themeLoaded(name: "light", .success(ThemeCatalog.defaultTheme))], to: &state)
        #expect(state.themeName == "light")
        guard case .failure(let problem) = ThemeCatalog().theme(named: "nope") else { Issue.record("a theme named nope"); return }
        send([.themeLoaded(name: "nope", .failure(problem))], to: &state)
        #expect(state.themeName == "light")
        #expect(state.message?.kind == .error)
        #expect(state.message?.text(in: .nl).hasPrefix("Thema niet gebruikt \"nope\": bestaat niet; kies uit beamer, default") == true,
                "\(state.message?.text(in: .nl) ?? "")")
        send(keys(":partner staed") + [.key(.enter)], to: &state)
        #expect(state.pane == .partners && state.list.openID == "staedion")
        send(keys(":project Sociaal") + [.key(.enter)], to: &state)
        #expect(state.pane == .projects && state.list.openID == "sohos")
        send(keys(":partner nobody") + [.key(.enter)], to: &state)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text(in: .en) == "No partner found for \"nobody\"")
        send(keys(":frobnicate") + [.key(.enter)], to: &state)
        #expect(state.message?.text(in: state.language).hasPrefix("Unknown command \"frobnicate\"") == true)
    }

    @Test func theCommandLineHasHistoryAndEditing() {
        var state = sampleState()
        send(keys(":lang en") + [.key(.enter)] + keys(":partner ing") + [.key(.enter)], to: &state)
        send([.key(.character(":")), .key(.up)], to: &state)
        #expect(state.mode == .command(text: "partner ing", cursor: 11, historyIndex: 1))
        send([.key(.up)], to: &state)
        #expect(state.mode == .command(text: "lang en", cursor: 7, historyIndex: 0))
        send([.key(.backspace), .key(.backspace)] + keys("nl"), to: &state)
        #expect(state.mode == .command(text: "lang nl", cursor: 7, historyIndex: nil))
        send([.key(.left), .key(.left), .key(.delete)], to: &state)
        #expect(state.mode == .command(text: "lang l", cursor: 5, historyIndex: nil))
        send([.key(.escape)], to: &state)
        #expect(state.mode == .normal)
        #expect(state.language == .en)
    }

    @Test func helpOpensScrollsAndCloses() {
        var state = sampleState()
        send([.key(.character("?"))], to: &state)
        #expect(state.mode == .help(scroll: 0))
        send([.key(.character("3"))], to: &state)
        #expect(state.pane == .overview, "pane keys do not work behind the help")
        send([.key(.character("j")), .key(.character("j"))], to: &state)
        #expect(state.mode == .help(scroll: 2))
        send([.key(.character("G"))], to: &state)
        guard case .help(let bottom) = state.mode else { Issue.record("help closed"); return }
        #expect(bottom > 2)
        #expect(render(state).joined().contains("Ctrl-C"), "the last lines of the help are shown")
        #expect(state.list.offset == 0, "the pane behind did not scroll")
        send([.key(.character("q"))], to: &state)
        #expect(state.mode == .normal)
        #expect(state.isRunning)
    }

    @Test func actionsThatDoNotApplyAreDisabled() {
        var state = sampleState()
        #expect(!state.conditions.contains(.hasList))
        send([.key(.character("/")), .key(.character("s"))], to: &state)
        #expect(state.mode == .normal, "the overview has no list to filter")
        #expect(send([.key(.character("r"))], to: &state).isEmpty, "the built-in sample has no folder to reload")
        state.source = .folder("/tmp/lab")
        #expect(send([.key(.character("r"))], to: &state) == [.reload])
    }

    @Test func aReloadReplacesTheDataOrKeepsItWithAMessage() {
        var state = sampleState()
        state.pane = .partners
        send([.key(.character("G"))], to: &state)
        let data = SampleLab.data
        let fewer = LabData(lab: data.lab, partners: Array(data.partners.prefix(3)), projects: data.projects, commitments: [])
        send([.reloaded(.success(Snapshot(data: fewer, history: [])), at: Date())], to: &state)
        #expect(shownIDs(state).count == 3)
        #expect(shownIDs(state).contains(state.list.selectedID ?? ""), "the selection moves onto a row that exists")
        let broken = Problem(file: "partners.json", position: SourcePosition(line: 3, column: 5), kind: .fileUnreadable(reason: "kapot"))
        send([.reloaded(.failure(ReloadFailure(problems: [broken, broken])), at: Date())], to: &state)
        #expect(shownIDs(state).count == 3)
        #expect(state.message?.kind == .error)
        let said = state.message?.text(in: state.language) ?? ""
        #expect(said.hasPrefix("Opnieuw inlezen mislukt") || said.contains("partners.json:3:5"), "\(said)")
        #expect(said.contains("partners.json:3:5") && said.hasSuffix("(+1)"), "\(said)")
        #expect(state.message?.text(in: .en).contains("partners.json:3:5") == true)
        send([.reloaded(.success(Snapshot(data: fewer, history: [])), at: Date())], to: &state)
        #expect(state.message?.kind != .error, "a mended folder does not keep saying it cannot be read")
        #expect(state.message?.text(in: state.language) == "Opnieuw ingelezen")
    }

    @Test func anotherPersonsEditIsMarkedNamedAndFades() throws {
        var state = sampleState()
        state.pane = .commitments
        send([.key(.character("j")), .key(.character("j"))], to: &state)
        let selected = state.list.selectedID
        var changed = SampleLab.data
        var commitment = try #require(changed.commitment("c-0005"))
        commitment.state = .withdrawn
        commitment.stamp = Stamp(revision: 2, updatedAt: Timestamp("2026-11-27T10:00:00Z")!, updatedBy: "bram")
        changed.put(commitment)
        let now = Date(timeIntervalSince1970: 1_000)
        send([.reloaded(.success(Snapshot(data: changed, history: [])), at: now)], to: &state)
        #expect(state.list.selectedID == selected, "the selection stays on the same row, by id")
        #expect(state.message?.text(in: state.language) == "Gewijzigd door bram: toezegging c-0005 (ING) — Status: geleverd → ingetrokken", "what changed, in words")
        #expect(state.highlights.keys.sorted() == ["c-0005"])
        send([.tick(now.addingTimeInterval(2))], to: &state)
        #expect(!state.highlights.isEmpty)
        send([.tick(now.addingTimeInterval(5))], to: &state)
        #expect(state.highlights.isEmpty)
    }

    @Test func theMouseSelectsOpensAndScrolls() {
        var state = sampleState()
        // The tab "2 Partners" starts after the lab's name.
        let partnersTab = TabBar.layout(state).first { $0.pane == .partners }!
        send([.mouse(MouseEvent(.press, x: partnersTab.x + 1, y: 0))], to: &state)
        #expect(state.pane == .partners)
        // Rows start below the box's top border and the header.
        send([.mouse(MouseEvent(.press, x: 5, y: 5))], to: &state)
        #expect(state.selectedIndex == 2)
        send([.mouse(MouseEvent(.press, x: 5, y: 5))], to: &state)
        #expect(state.list.openID == state.list.selectedID)
        send([.key(.escape), .mouse(MouseEvent(.wheelDown, x: 5, y: 5))], to: &state)
        #expect(state.selectedIndex == 5)
    }

    @Test func resizingKeepsTheSelectionVisible() {
        var state = sampleState(width: 160, height: 48)
        send([.key(.character("4")), .key(.character("G"))], to: &state)
        send([.resize(width: 80, height: 24)], to: &state)
        send([.key(.character("k"))], to: &state)
        let index = state.selectedIndex!
        #expect(index >= state.list.offset && index < state.list.offset + Viewport.listHeight(state))
    }
}
