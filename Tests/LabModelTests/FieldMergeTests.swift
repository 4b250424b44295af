// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// Concurrent edits merge field by field: only a field both sides changed differently is a conflict.
@Suite struct FieldMergeTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// Kept as long as the test runs; removed with it.
    private let temporary = TemporaryFolder()

    private func sampleFolder() throws -> (TemporaryFolder, DataFolder) {
        let folder = DataFolder(path: temporary.path)
        try folder.save(SampleLab.data)
        return (temporary, folder)
    }

    /// An edit of `id` made from `base` (what its author saw), typed as in a Dutch form.
    private func edit(_ id: String, from base: EntityValue, _ typed: [EntityEdit.Typed], in folder: DataFolder,
                      by author: String) throws(EditFailure) -> JournalEntry {
        try folder.commit(author: author, now: now) { data throws(EditFailure) in
            let stamp = Stamp(revision: 1, updatedAt: Timestamp(now), updatedBy: author)
            guard case .success(let value) = EntityEdit.make(base.kind, existing: base, typed: typed, context: .form(.nl), in: data,
                                                             stamp: stamp) else { throw .invalid([]) }
            return EntityChange(value, basedOn: base.stamp.revision, base: base)
        }.entry
    }

    /// Carla changes the amount; Anna, editing from the copy she opened before, changes only the note.
    /// Both changes are kept, and the journal says what was merged.
    @Test func carlasAmountAndAnnasNoteAreBothKept() throws {
        let (_, folder) = try sampleFolder()
        let opened = try #require(folder.load().data?.value(.commitment, "c-0006"))
        _ = try edit("c-0006", from: opened, [EntityEdit.Typed(["amount"], "30.000")], in: folder, by: "carla")
        let anna = try edit("c-0006", from: opened, [EntityEdit.Typed(["note"], "Toegezegd in het overleg van december")],
                            in: folder, by: "anna")
        let commitment = try #require(folder.load().data?.commitment("c-0006"))
        #expect(commitment.amount == Quantity(30_000), "Carla's amount stays")
        #expect(commitment.valueEUR == Money(30_000), "and the value in euros that goes with it")
        #expect(commitment.note == "Toegezegd in het overleg van december", "Anna's note is saved")
        #expect(commitment.stamp.revision == 3)
        #expect(anna.merge == MergeRecord(basedOn: 1, keptTheirs: ["amount", "valueEUR"]))
        let line = try #require(String(contentsOfFile: folder.journalPath, encoding: .utf8).split(separator: "\n").last)
        #expect(line.contains(#""merge":{"basedOn":1,"chosen":{},"keptTheirs":["amount","valueEUR"]}"#))
        #expect(folder.load().isClean)
    }

    @Test func aFieldBothChangedDifferentlyIsAConflictNamingIt() throws {
        let (temporary, folder) = try sampleFolder()
        let opened = try #require(folder.load().data?.value(.commitment, "c-0006"))
        _ = try edit("c-0006", from: opened, [EntityEdit.Typed(["note"], "van Carla")], in: folder, by: "carla")
        let before = temporary.read("journal.jsonl")
        do {
            _ = try edit("c-0006", from: opened, [EntityEdit.Typed(["note"], "van Anna"), EntityEdit.Typed(["state"], "geleverd")],
                         in: folder, by: "anna")
            Issue.record("the second note was saved over the first")
        } catch {
            guard case .conflict(let current, let fields) = error else { Issue.record("\(error)"); return }
            #expect(current.stamp.updatedBy == "carla")
            #expect(fields.map(\.key) == ["note"], "the state only Anna changed is no conflict")
            #expect(fields.first?.mine == .string("van Anna") && fields.first?.theirs == .string("van Carla"))
        }
        #expect(temporary.read("journal.jsonl") == before, "nothing is written")
    }

    /// The same value on both sides is no conflict.
    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        let (_, folder) = try sampleFolder()
        let opened = try #require(folder.load().data?.value(.commitment, "c-0006"))
        _ = try edit("c-0006", from: opened, [EntityEdit.Typed(["state"], "geleverd")], in: folder, by: "carla")
        _ = try edit("c-0006", from: opened, [EntityEdit.Typed(["state"], "delivered")], in: folder, by: "anna")
        #expect(folder.load().data?.commitment("c-0006")?.state == .delivered)
    }

    /// Bram marks the project blocked while Anna writes a status update from the version before:
    /// her update is added and his health stays.
    @Test func aStatusUpdateMergesWithAConcurrentHealthChange() throws {
        let (_, folder) = try sampleFolder()
        let data = try #require(folder.load().data)
        let opened = try #require(data.project("jpf"))
        _ = try edit("jpf", from: .project(opened), [EntityEdit.Typed(["health"], "geblokkeerd")], in: folder, by: "bram")
        let posted = try EntityEdit.postUpdate(to: opened, health: opened.health.rawValue, text: "Wachtlijst groeit", by: "anna",
                                               on: SampleLab.asOf, context: .form(.nl), in: data).get()
        let entry = try folder.commit(author: "anna", now: now) { _ throws(EditFailure) in
            EntityChange(posted, basedOn: opened.stamp.revision, base: .project(opened))
        }.entry
        let project = try #require(folder.load().data?.project("jpf"))
        #expect(project.health == .blocked, "Bram's health stays")
        #expect(project.updates.last?.text == "Wachtlijst groeit" && project.updates.count == opened.updates.count + 1)
        #expect(entry.merge?.keptTheirs == ["health"])
    }

    /// Two status updates posted from the same version are both kept, in the order they were saved.
    @Test func twoStatusUpdatesFromTheSameVersionAreBothKept() throws {
        let (_, folder) = try sampleFolder()
        let data = try #require(folder.load().data)
        let opened = try #require(data.project("csr"))
        for (author, text) in [("bram", "Eerste"), ("anna", "Tweede")] {
            let posted = try EntityEdit.postUpdate(to: opened, health: "aandacht", text: text, by: author, on: SampleLab.asOf,
                                                   context: .form(.nl), in: data).get()
            _ = try folder.commit(author: author, now: now) { _ throws(EditFailure) in
                EntityChange(posted, basedOn: opened.stamp.revision, base: .project(opened))
            }
        }
        let project = try #require(folder.load().data?.project("csr"))
        #expect(project.updates.suffix(2).map(\.text) == ["Eerste", "Tweede"])
    }

    /// A conflict decided field by field: the chosen side of each, every other change merged.
    @Test func chosenSidesAreSavedAndKeptInTheJournal() throws {
        let (_, folder) = try sampleFolder()
        let opened = try #require(folder.load().data?.value(.commitment, "c-0006"))
        _ = try edit("c-0006", from: opened, [EntityEdit.Typed(["note"], "van Carla"), EntityEdit.Typed(["state"], "geleverd")],
                     in: folder, by: "carla")
        let theirs = try #require(folder.load().data?.value(.commitment, "c-0006"))
        let mine = try EntityEdit.make(.commitment, existing: opened, typed: [EntityEdit.Typed(["note"], "van Anna"), EntityEdit.Typed(["amount"], "26.000")],
                                       context: .form(.nl), in: SampleLab.data, stamp: opened.stamp).get()
        let outcome = FieldMerge.merge(base: opened, theirs: theirs, mine: mine)
        #expect(outcome.conflicts.map(\.key) == ["note"])
        let decided = try #require(FieldMerge.resolve(outcome, kind: .commitment, choosing: ["note": .mine], stamp: theirs.stamp))
        guard case .commitment(let commitment) = decided else { Issue.record("\(decided)"); return }
        #expect(commitment.note == "van Anna" && commitment.state == .delivered && commitment.amount == Quantity(26_000))
    }
}

/// Changes said in words, part by part where a field has parts.
@Suite struct ChangeWordingTests {
    @Test func aGroupSaysOnlyThePartsThatChanged() throws {
        let data = SampleLab.data
        let before = try #require(data.project("csr"))
        var after = before
        after.goal?.reached = Quantity(1450)
        let phrases = ChangeWording.phrases(EntityValue.project(after).changes(from: .project(before)), of: .project(after), in: .nl, data: data)
        #expect(phrases == ["Doel, bereikt: 410 → 1.450"])
        let english = ChangeWording.phrases(EntityValue.project(after).changes(from: .project(before)), of: .project(after), in: .en, data: data)
        #expect(english == ["Goal, reached: 410 → 1,450"])
    }

    @Test func aContactIsSaidWithoutItsValuesWhenContactsAreHidden() throws {
        let data = SampleLab.data
        let before = try #require(data.partner("ing"))
        var after = before
        after.contact = Contact(name: "Jan Geheim", email: "jan@geheim.example")
        let changes = EntityValue.partner(after).changes(from: .partner(before))
        let hidden = ChangeWording.phrases(changes, of: .partner(after), in: .nl, data: data, showingPersonalData: false)
        #expect(hidden == ["Contactpersoon: gewijzigd"])
        let shown = ChangeWording.phrases(changes, of: .partner(after), in: .nl, data: data).joined()
        #expect(shown.contains("Jan Geheim"))
    }
}
