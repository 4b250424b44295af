// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
import LabProgram
import LabViews

/// A bulk action as a coordinator does it, on a generated folder: 500 commitments marked and set
/// to delivered with one question, saved with one write that a second program takes in at once,
/// a colleague's concurrent edit merged or named per field, and undone as one step.
@Suite(.serialized) struct BulkEditTests {
    static func generated() -> LabData {
        var generator = Generator(seed: 19)
        var data = generator.data(Generator.Size(partners: 60, projects: 30, commitments: 600))
        // Nothing delivered or withdrawn yet, so that the action changes each of them.
        for commitment in data.commitments {
            var pledged = commitment
            pledged.state = .pledged
            data.put(.commitment(pledged))
        }
        return data
    }

    @Test func fiveHundredMarkedCommitmentsAreDeliveredInOneActionAndUndoneInOne() throws {
        let harness = try ProgramHarness(width: 120, height: 40, data: Self.generated())
        let marked = Array(harness.program.state.data.commitments.prefix(500))
        harness.type("4")
        harness.press(Array(repeating: .character(" "), count: 500))
        #expect(harness.screen.contains("500 gemarkeerd (€ "), "\(harness.screen)")

        let journalBefore = harness.journalLines.count
        harness.type("e")
        harness.press([.right, .right, .right, .enter])
        #expect(harness.screen.contains("Wijzigen: 500 toezeggingen (€ "), "one question with the count and the euros")

        // While the question is on screen, a colleague edits two of the marked commitments; another program watches.
        let watcher = DataFolder(path: harness.path)
        var second = try #require(FolderSession.open(watcher).session)
        let noted = marked[10], contested = marked[20]
        _ = try watcher.commit(author: "kees") { data throws(EditFailure) in
            var changed = data.commitment(noted.id)!
            changed.note = "afgesproken in het lab"
            return EntityChange(.commitment(changed), basedOn: changed.stamp.revision)
        }
        _ = try watcher.commit(author: "kees") { data throws(EditFailure) in
            var changed = data.commitment(contested.id)!
            changed.state = .withdrawn
            return EntityChange(.commitment(changed), basedOn: changed.stamp.revision)
        }
        _ = second.refresh()

        harness.type("j")
        #expect(harness.journalLines.count == journalBefore + 2 + 499, "one entry per commitment saved, the contested one left out")
        #expect(harness.screen.contains("Opgeslagen: 499 toezeggingen; niet opgeslagen: \(contested.id) (status ook gewijzigd door kees)"),
                "\(harness.screen)")

        // The second program takes in all of them in one read.
        guard case .entities(let values) = second.refresh() else {
            Issue.record("the second program saw no edits")
            return
        }
        #expect(values.count == 499)
        let delivered = second.data.commitments.filter { $0.state == .delivered }.map(\.id)
        #expect(Set(delivered) == Set(marked.map(\.id)).subtracting([contested.id]))
        #expect(second.data.commitment(noted.id)?.note == "afgesproken in het lab", "the colleague's note is kept")
        #expect(second.data.commitment(contested.id)?.state == .withdrawn, "the colleague's state is not overwritten")

        // u undoes the whole action.
        harness.type("u")
        #expect(harness.screen.contains("Ongedaan gemaakt: 499 toezeggingen"), "\(harness.screen)")
        _ = second.refresh()
        #expect(second.data.commitments.filter { $0.state == .delivered }.isEmpty)
        #expect(second.data.commitment(noted.id)?.note == "afgesproken in het lab")
    }

    @Test func markedCommitmentsAreWithdrawnAfterOneQuestion() throws {
        let harness = try ProgramHarness(width: 120, height: 40)
        harness.type("4   ")
        let ids = Array(harness.program.state.data.commitments.prefix(3)).map(\.id)
        harness.type("w")
        #expect(harness.screen.contains("Intrekken: 3 toezeggingen (€ "))
        harness.type("j")
        #expect(ids.allSatisfy { harness.program.state.data.commitment($0)?.state == .withdrawn })
        #expect(!harness.screen.contains("gemarkeerd"), "the marks go once the action is done")
    }

    @Test func yAndYCopyThroughTheTerminal() throws {
        let harness = try ProgramHarness(width: 120, height: 40)
        harness.type("2")
        let first = try #require(harness.program.state.list.selectedID)
        harness.type("y")
        #expect(harness.backend.copied.last == first)
        #expect(harness.screen.contains("Gekopieerd: \(first)"))
        harness.type("/gedeelde-ondersteuning:nee")
        harness.press([.enter])
        harness.type("V")
        harness.type("Y")
        let partners = harness.program.state.data.partnersNotContributingToSharedSupport(on: SampleLab.asOf)
        let addresses = partners.compactMap { $0.contact?.email }
        #expect(!addresses.isEmpty)
        #expect(harness.backend.copied.last == addresses.joined(separator: ", "))
    }
}
