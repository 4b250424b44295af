// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
import LabProgram
import LabViews

/// Whole sessions of the program, in-process: the real loop, a real folder, a recorded terminal.
@Suite struct ProgramSessionTests {
    @Test func theFirstFrameIsTheOverviewDrawnWhole() throws {
        let lab = try ProgramHarness()
        lab.program.run(untilIdle: true)
        #expect(lab.backend.frames.count == 1)
        #expect(lab.screen.contains("Overzicht"))
        #expect(lab.screen.contains("25 partners"))
        #expect(lab.backend.bytes[0] > 100 * 30, "the first frame sends every cell")
    }

    @Test func everyPaneIsShownByItsNumber() throws {
        let lab = try ProgramHarness()
        let titles = ["Overzicht", "Partners", "Projecten", "Toezeggingen", "Netwerk", "Arrangementen", "Logboek"]
        for (number, title) in zip(1..., titles) {
            lab.type("\(number)")
            #expect(lab.backend.screen.first?.contains(title) == true || lab.screen.contains("▌\(number) \(title)") || lab.screen.contains(title),
                    "pane \(number)")
        }
    }

    @Test func oneStepDownSendsOnlyTheTwoRowsThatChanged() throws {
        let lab = try ProgramHarness()
        lab.type("4")
        let whole = try #require(lab.backend.bytes.last)
        lab.type("j")
        let step = try #require(lab.backend.bytes.last)
        #expect(step > 0)
        #expect(step * 5 < whole, "j costs \(step) bytes, the pane \(whole)")
        let before = lab.backend.frames[lab.backend.frames.count - 2].lines
        let after = lab.backend.screen
        let changedRows = zip(before, after).filter { $0 != $1 }.count
        #expect(changedRows <= 4, "the old selection, the new one, and the position")
    }

    @Test func aFilterLeavesOnlyMatchingRows() throws {
        let lab = try ProgramHarness()
        lab.type("4/rabobank")
        lab.press([.enter])
        let rows = lab.backend.screen.filter { $0.contains("c-0") }
        #expect(rows.count >= 2)
        #expect(rows.allSatisfy { $0.contains("Rabobank") }, "\(rows)")
    }

    @Test func anEditIsSavedAsAJournalLineAndShown() throws {
        let lab = try ProgramHarness()
        lab.type("3")
        lab.type("p")
        lab.press([.tab])
        lab.type("Wachtlijst groeit")
        lab.press([.enter])
        let line = try #require(lab.journalLines.last)
        #expect(line.contains("Wachtlijst groeit"))
        #expect(line.contains("\"by\":\"anna\"") || line.contains("anna"))
        #expect(lab.screen.contains("Opgeslagen") || lab.screen.contains("opgeslagen"), "\(lab.screen)")
    }

    /// The journal grown past the threshold is folded into the files once an edit of the program's is
    /// shown; while it only watched, it left the journal alone.
    @Test func aLongJournalIsFoldedAfterTheEditIsShown() throws {
        let lab = try ProgramHarness()
        let other = DataFolder(path: lab.path)
        for round in 0..<10 {
            _ = try other.commit(author: "bram") { data throws(EditFailure) in
                guard var partner = data.partner("gemeente-den-haag") else { throw .notFound(.partner, "gemeente-den-haag") }
                partner.note = String(repeating: "lang verhaal \(round) ", count: 7_500)
                return EntityChange(.partner(partner), basedOn: partner.stamp.revision)
            }
        }
        #expect(lab.waitFor("bram"), "\(lab.screen)")
        #expect(lab.journalLines.count == 10)
        lab.type("3")
        lab.type("p")
        lab.press([.tab])
        lab.type("Na de lange notities")
        lab.press([.enter])
        #expect(lab.screen.contains("Opgeslagen"), "\(lab.screen)")
        #expect(lab.journalLines.isEmpty, "folded into the files")
        let reread = try #require(other.load().data)
        #expect(reread.projects.contains { $0.updates.contains { $0.text == "Na de lange notities" } })
        #expect(reread.partner("gemeente-den-haag")?.note?.hasPrefix("lang verhaal 9") == true)
    }

    @Test func anotherWritersEditArrivesWithoutAKey() throws {
        let lab = try ProgramHarness()
        lab.type("4")
        let other = DataFolder(path: lab.path)
        _ = try other.commit(author: "bram") { data throws(EditFailure) in
            guard var commitment = data.commitment("c-0001") else { throw .notFound(.commitment, "c-0001") }
            commitment.state = .withdrawn
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
        #expect(lab.waitFor("Gewijzigd door bram"), "\(lab.screen)")
    }

    @Test func aConflictWithAnotherWriterOpensTheDialog() throws {
        let lab = try ProgramHarness()
        lab.type("4")
        lab.type("e")
        let other = DataFolder(path: lab.path)
        let selected = try #require(lab.program.state.list.selectedID)
        _ = try other.commit(author: "bram") { data throws(EditFailure) in
            guard var commitment = data.commitment(selected) else { throw .notFound(.commitment, selected) }
            commitment.note = "van bram"
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
        // Back round to the last field, the note, and a note of one's own.
        lab.press([.backTab])
        lab.type(" en van anna")
        lab.press([.enter])
        #expect(lab.screen.contains("bram"), "\(lab.screen)")
        guard case .conflict = lab.program.state.mode else {
            Issue.record("no conflict dialog: \(lab.program.state.mode)")
            return
        }
    }

    @Test func theSelectionStaysOnScreenAfterAResize() throws {
        let lab = try ProgramHarness(width: 120, height: 35)
        lab.type("4")
        lab.press(Array(repeating: .down, count: 25))
        let selected = try #require(lab.program.state.list.selectedID)
        lab.backend.resize(width: 60, height: 15)
        lab.program.run(untilIdle: true)
        #expect(lab.backend.screen.count == 15)
        #expect(lab.program.state.list.selectedID == selected)
        // The selected row is the one drawn in the selection's colours.
        let frame = try #require(lab.backend.frames.last)
        let selection = ThemeCatalog.defaultTheme[.selection]
        let selectedRows = (0..<frame.height).filter { y in frame[2, y].style == selection }
        #expect(selectedRows.count == 1, "the selection is on screen:\n\(lab.screen)")
    }

    @Test func undoAndRedoEachSayWhatTheyDidAndAnEmptyStackSaysSo() throws {
        let lab = try ProgramHarness(width: 120, height: 30)
        lab.type("3")
        for text in ["Eerste", "Tweede"] {
            lab.type("p")
            lab.press([.tab])
            lab.type(text)
            lab.press([.enter])
        }
        let saved = lab.journalLines.count
        lab.type("u")
        #expect(lab.screen.contains("Ongedaan gemaakt"), "\(lab.screen)")
        lab.type("u")
        #expect(lab.journalLines.count == saved + 2, "each undo is a new edit")
        lab.type("u")
        #expect(lab.screen.contains("Niets om ongedaan te maken"))
        lab.press([.control("r")])
        #expect(lab.screen.contains("Opnieuw gedaan"), "\(lab.screen)")
        #expect(lab.journalLines.last?.contains("Eerste") == true, "the first redo brings back the first update")
    }

    @Test func aReadOnlyProgramSaysWhyAddingDoesNothing() throws {
        let readOnly = try ProgramHarness(readOnly: true)
        readOnly.type("4a")
        #expect(readOnly.screen.contains("Alleen lezen"), "\(readOnly.screen)")
        readOnly.type("w")
        #expect(readOnly.screen.contains("Alleen lezen"))
    }

    @Test func aMessageIsShownInTheLanguageOfTheMoment() throws {
        let lab = try ProgramHarness()
        lab.type("4/rabobank")
        lab.press([.enter])
        lab.type("u")
        #expect(lab.screen.contains("Niets om ongedaan te maken"))
        lab.type(":lang en")
        lab.press([.enter])
        lab.type("u")
        #expect(lab.screen.contains("Nothing to undo"), "\(lab.screen)")
        #expect(!lab.screen.contains("Toezeggingen"), "no Dutch left: \(lab.screen)")
    }

    @Test func enterInADetailOpensItsRowAndEscComesBack() throws {
        let lab = try ProgramHarness(width: 120, height: 35)
        lab.type("2")
        lab.press([.enter])
        let partner = try #require(lab.program.state.list.openID)
        lab.type("j")
        lab.press([.enter])
        #expect(lab.program.state.pane == .commitments, "the partner's first commitment opens")
        #expect(lab.screen.contains("Toezegging c-"), "\(lab.screen)")
        lab.press([.escape])
        #expect(lab.program.state.pane == .partners)
        #expect(lab.program.state.list.openID == partner, "back in the partner's detail")
        lab.type("7")
        lab.press([.enter])
        let target = lab.program.state.pane
        #expect(target != .log)
        lab.press([.escape])
        #expect(lab.program.state.pane == .log, "Esc comes back to the Logboek")
    }

    @Test func hAndLBringHiddenColumnsIntoView() throws {
        let lab = try ProgramHarness(width: 80, height: 24)
        lab.type("4")
        #expect(!lab.screen.contains("c-0001"), "at 80 columns the id is left out")
        let header = try #require(lab.backend.screen.first { $0.contains("Partner") && $0.contains("Status") })
        #expect(header.hasSuffix("▸│"), "the header says columns are left out: \(header)")
        lab.press(Array(repeating: .character("l"), count: 3))
        #expect(lab.screen.contains("c-0001") && lab.screen.contains("Periode"), "\(lab.screen)")
        lab.press(Array(repeating: .character("l"), count: 10))
        #expect(lab.screen.contains("Verder naar rechts is er niets"))
        lab.press(Array(repeating: .character("h"), count: 13))
        #expect(!lab.screen.contains("c-0001"))
    }

    @Test func ctrlCStopsTheProgramFromAForm() throws {
        let lab = try ProgramHarness()
        lab.type("2a")
        guard case .form = lab.program.state.mode else {
            Issue.record("no form")
            return
        }
        lab.press([.control("c")])
        #expect(!lab.program.state.isRunning)
        #expect(lab.journalLines.isEmpty, "nothing saved")
    }

    @Test func qAtTheTopQuits() throws {
        let lab = try ProgramHarness()
        lab.type("3")
        lab.press([.enter])
        lab.type("q")
        #expect(lab.program.state.isRunning, "the first q closes the detail")
        lab.type("q")
        #expect(!lab.program.state.isRunning)
    }
}

/// `:export` writes the table on screen as the person sees it: its filter, its order, in their language.
@Suite struct ExportFromTheProgramTests {
    private func ids(_ lines: [String]) -> [String] {
        lines.compactMap { line in line.range(of: #"c-\d{4}"#, options: .regularExpression).map { String(line[$0]) } }
    }

    @Test func theFilteredSortedTableIsWrittenInTheOrderOnScreen() throws {
        let lab = try ProgramHarness()
        let file = lab.path + "-rabobank.csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        lab.type("4/rabobank")
        lab.press([.enter])
        lab.type("ssss")
        let shown = ids(lab.backend.screen)
        #expect(shown.count >= 2)
        #expect(shown != shown.sorted(), "a sort other than by id, so that the order is the screen's")
        lab.type(":export \(file)")
        lab.press([.enter])
        #expect(lab.screen.contains("Geschreven: \(file) (\(shown.count) rijen)"), "\(lab.screen)")
        let written = try CSVFormat.read(FileBytes.read(file), name: "rabobank.csv").get()
        #expect(written.dialect == .excelDutch)
        #expect(written.sheet.rows.first?.cells.first == .text("Id"))
        #expect(ids(written.sheet.rows.dropFirst().map { row in if case .text(let id) = row[0] { id } else { "" } }) == shown)
    }

    @Test func whatCannotBeExportedIsSaidOnScreen() throws {
        let lab = try ProgramHarness(language: .en)
        lab.type(":export /tmp/overview.csv")
        lab.press([.enter])
        #expect(lab.screen.contains("Export works from Partners, Projects and Commitments"), "\(lab.screen)")
        let fifo = "/tmp/sl-" + UUID().uuidString.prefix(8) + ".csv"
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        #expect(mkfifo(fifo, 0o600) == 0)
        lab.type("2:export \(fifo)")
        lab.press([.enter])
        #expect(lab.screen.contains("Not exported: \(fifo): this is not a regular file"), "\(lab.screen)")
    }
}

/// `:since DATE` marks in every table what changed since that day, an own edit at once.
@Suite struct ChangesSinceInTheProgramTests {
    @Test func ownAndOtherEditsAreMarkedWithTheirWordsInTheDetail() throws {
        let lab = try ProgramHarness(width: 120, height: 35)
        lab.type("4")
        _ = try DataFolder(path: lab.path).commit(author: "bram") { data throws(EditFailure) in
            var delivered = data.commitment("c-0006")!
            delivered.state = .delivered
            return EntityChange(.commitment(delivered), basedOn: delivered.stamp.revision)
        }
        let deadline = Date().addingTimeInterval(5)
        while !lab.backend.screen.contains(where: { $0.contains("c-0006") && $0.contains("geleverd") }), Date() < deadline {
            lab.program.run(untilIdle: true)
            usleep(10_000)
        }
        let today = LabTime.today(for: SampleLab.data.lab)
        // Typed as the screens show a day: `6 dec 2026`.
        lab.type(":since \(LabTime.display(today, in: .nl))")
        lab.press([.enter])
        #expect(lab.screen.contains("Gemarkeerd wat veranderde sinds \(LabTime.display(today, in: .nl)): ~1 gewijzigd"), "\(lab.screen)")
        lab.type("4")
        #expect(lab.screen.contains("Toezeggingen (93) · sinds \(LabTime.display(today, in: .nl)): ~1 gewijzigd"), "\(lab.screen)")
        let marked = lab.backend.screen.filter { $0.contains("~ c-") }
        #expect(marked.count == 1 && marked[0].contains("c-0006"), "\(marked)")
        lab.type("3p")
        lab.press([.tab])
        lab.type("Wachtlijst groeit")
        lab.press([.enter])
        #expect(lab.screen.contains("Projecten (9) · sinds \(LabTime.display(today, in: .nl)): ~1 gewijzigd"), "\(lab.screen)")
        lab.type("4/c-0006")
        lab.press([.enter, .enter])
        #expect(lab.screen.contains("~ Sinds \(LabTime.display(today, in: .nl)): gewijzigd (bram)"), "\(lab.screen)")
        #expect(lab.screen.contains("Status: toegezegd → geleverd"), "\(lab.screen)")
        lab.press([.escape])
        lab.type(":since")
        lab.press([.enter])
        #expect(lab.screen.contains("Geen markering meer van wat veranderde"), "\(lab.screen)")
        #expect(!lab.screen.contains("~ c-0006"))
        lab.type(":since gisteren")
        lab.press([.enter])
        #expect(lab.screen.contains(#"Geen dag: "gisteren"; schrijf :since"#), "\(lab.screen)")
    }
}
