// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// `views.json`: read with every mistake at its place and the good views kept, written back so
/// that it reads the same, changed without losing a colleague's view or a file with a mistake.
@Suite struct ViewsFileTests {
    static let panes = ["partners", "projects", "commitments"]

    @Test func aWrittenFileReadsBackTheSame() {
        let views = [
            SavedView(named: "Grote posten", pane: "commitments", filter: "waarde>100.000", sortColumn: "Waarde", descending: true,
                      scrolledColumns: 2, origin: .team),
            SavedView(named: "Fondsen", pane: "partners", filter: "soort:fonds", sortColumn: nil, descending: false, scrolledColumns: 0,
                      origin: .team),
        ]
        let text = ViewsFile.text(views, schema: ".schemas/views.schema.json")
        let (read, problems) = ViewsFile.read(Array(text.utf8), file: "views.json", origin: .team, panes: Self.panes)
        #expect(problems.isEmpty)
        #expect(read == views)
    }

    @Test func eachMistakeIsSaidAtItsPlaceAndTheGoodViewsAreKept() {
        let text = """
            {"views": [
              {"name": "Goed", "pane": "projects"},
              {"name": "Fout", "pane": "netwerkje"},
              {"name": "Goed", "pane": "partners"},
              {"name": " ", "pane": "partners", "sortt": "Naam"}
            ]}
            """
        let (views, problems) = ViewsFile.read(Array(text.utf8), file: "views.json", origin: .team, panes: Self.panes)
        #expect(views.map(\.name.nl) == ["Goed"])
        let said = problems.map { $0.rendered(in: .nl) }
        #expect(said.contains { $0.hasPrefix("views.json:3:") && $0.contains("netwerkje") }, "\(said)")
        #expect(said.contains { $0.hasPrefix("views.json:4:") && $0.contains("een tweede weergave met de naam \"Goed\"") }, "\(said)")
        #expect(said.contains { $0.contains("sortt") }, "\(said)")
        #expect(said.count == 4, "\(said)")
    }

    @Test func aChangeKeepsAViewAColleagueSavedMeanwhile() throws {
        let folder = TemporaryFolder()
        let path = folder.file(ViewsFile.fileName)
        let mine = SavedView(named: "Mijn", pane: "partners", filter: "", sortColumn: nil, descending: false, scrolledColumns: 0, origin: .team)
        let theirs = SavedView(named: "Hun", pane: "projects", filter: "fase:pilot", sortColumn: nil, descending: false, scrolledColumns: 0,
                               origin: .team)
        _ = ViewsFile.change(at: path, lockFolder: folder.path, origin: .team, panes: Self.panes) { $0.append(theirs) }
        let result = ViewsFile.change(at: path, lockFolder: folder.path, origin: .team, panes: Self.panes) { $0.append(mine) }
        #expect(try result.get() == [theirs, mine])
        #expect(ViewsFile.load(path, origin: .team, panes: Self.panes).views == [theirs, mine])
    }

    @Test func aFileWithAMistakeIsNotWrittenOver() {
        let folder = TemporaryFolder()
        folder.write("{\"views\": [", to: ViewsFile.fileName)
        let result = ViewsFile.change(at: folder.file(ViewsFile.fileName), lockFolder: folder.path, origin: .team, panes: Self.panes) {
            $0.append(SavedView(named: "X", pane: "partners", filter: "", sortColumn: nil, descending: false, scrolledColumns: 0, origin: .team))
        }
        guard case .failure(let failure) = result else { Issue.record("saved over a broken file"); return }
        #expect(failure.text.nl.contains("verbeter dat eerst, er is niets bewaard"))
        #expect(folder.read(ViewsFile.fileName) == "{\"views\": [")
    }

    @Test func aFIFOWhereTheViewsShouldBeIsRefusedAtOnce() {
        let folder = TemporaryFolder()
        #expect(mkfifo(folder.file(ViewsFile.fileName), 0o600) == 0)
        let (views, problems) = ViewsFile.load(folder.file(ViewsFile.fileName), origin: .team, panes: Self.panes)
        #expect(views.isEmpty && problems.count == 1)
    }

    @Test func aPersonalFileIsWrittenInAFolderMadeForIt() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/schuldenlab/views.json"
        let view = SavedView(named: "Eigen", pane: "partners", filter: "-geld", sortColumn: nil, descending: false, scrolledColumns: 0,
                             origin: .personal)
        #expect(try ViewsFile.change(at: path, lockFolder: nil, origin: .personal, panes: Self.panes) { $0.append(view) }.get() == [view])
        #expect(ViewsFile.load(path, origin: .personal, panes: Self.panes).views == [view])
    }
}
