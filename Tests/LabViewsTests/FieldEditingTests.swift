// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
@testable import LabViews

/// Forms read every field by the catalogue, conflicts are decided per field, and edits are told in words.
@Suite struct FieldEditingTests {
    private func editableState(width: Int = 100, height: Int = 30, language: Language = .nl) -> AppState {
        var state = sampleState(width: width, height: height, language: language)
        state.source = .folder("/tmp/lab")
        state.author = "anna"
        return state
    }

    private func form(_ state: AppState) -> FormState? {
        if case .form(let form) = state.mode { return form }
        return nil
    }

    /// Opens c-0006 for editing and moves to the field `key`, clearing it.
    private func editing(_ key: String, of id: String = "c-0006", in state: inout AppState) {
        state.pane = .commitments
        state.list.selectedID = id
        send([.key(.character("e"))], to: &state)
        let fields = form(state)?.fields ?? []
        let index = fields.firstIndex { $0.key == key } ?? 0
        send(Array(repeating: .key(.tab), count: index) + Array(repeating: .key(.backspace), count: fields[index].value.count), to: &state)
    }

    private func committed(_ effects: [Effect]) -> EntityChange? {
        if case .commit(let change) = effects.first { return change }
        return nil
    }

    @Test func aDutchAmountTypedAsTheScreenShowsItIsThatAmount() throws {
        var state = editableState()
        editing("amount", in: &state)
        let change = try #require(committed(send(keys("30.000") + [.key(.enter)], to: &state)))
        guard case .commitment(let commitment) = change.value else { Issue.record("\(change)"); return }
        #expect(commitment.amount == Quantity(30_000))
        #expect(commitment.valueEUR == Money(30_000), "for euros the value follows the amount")
        #expect(change.base == state.data.value(.commitment, "c-0006"), "the change carries the version it started from")
    }

    @Test func theFormShowsAmountsAsTheScreenDoes() {
        var state = editableState()
        state.pane = .commitments
        state.list.selectedID = "c-0006"
        send([.key(.character("e"))], to: &state)
        #expect(form(state)?["amount"] == "25.000")
        #expect(form(state)?["valueEUR"] == "", "a value that follows from the amount is left to be worked out")
        var english = editableState(language: .en)
        english.pane = .commitments
        english.list.selectedID = "c-0006"
        send([.key(.character("e"))], to: &english)
        #expect(form(english)?["amount"] == "25,000")
    }

    @Test func aChoiceWithAnUnknownValueIsAnErrorNotTheFirstValue() {
        let state = editableState()
        var form = FormSpecs.commitment(state.data.commitment("c-0006"), state: state)
        let index = form.fields.firstIndex { $0.key == "kind" }!
        form.fields[index].value = "lening"
        guard case .failure(let failure) = FormSubmit.change(from: form, state: state) else {
            Issue.record("an unknown kind was saved")
            return
        }
        #expect(failure.errors["kind"]?.hasPrefix("onbekende waarde \"lening\"") == true, "\(failure.errors)")
    }

    @Test func aMessageUnderAFieldGoesOnceTheFieldIsTypedIn() {
        var state = editableState()
        editing("amount", in: &state)
        send(keys("5,0,0") + [.key(.enter)], to: &state)
        #expect(form(state)?.fields.first { $0.key == "amount" }?.error != nil)
        send([.key(.backspace)], to: &state)
        #expect(form(state)?.fields.first { $0.key == "amount" }?.error == nil)
    }

    /// Anna's note typed in the form at 120x30, and its save refused because the lock was held too long.
    private func noteRefusedByTheLock() throws -> (AppState, EntityChange) {
        var state = editableState(width: 120, height: 30)
        editing("note", in: &state)
        send(keys("van Anna"), to: &state)
        let change = try #require(committed(send([.key(.enter)], to: &state)))
        send([.commitFailed(.lockTimedOut, change)], to: &state)
        return (state, change)
    }

    /// A save refused for a reason outside the form (the lock, the disk) says why below the form that came back.
    @Test func aRefusedSaveSaysWhyUnderTheFormThatCameBack() throws {
        let (state, _) = try noteRefusedByTheLock()
        #expect(form(state)?["note"] == "van Anna", "the form comes back as it was")
        let screen = render(state)
        #expect(screen[27].hasPrefix("Niet opgeslagen: de datamap is al langer dan"), "\(screen[26...29])")
        #expect(screen[28].hasPrefix("  (journal.lock); in de map laat 'fuser -v journal.lock' zien welk proces het is"),
                "too long for one line, the reason goes on whole: \(screen[28])")
    }

    /// A refusal stays until it is dismissed: keys in the form, moving in a list and other people's
    /// edits leave it; the first Esc takes it away and does nothing else.
    @Test func aRefusalStaysOnScreenUntilItIsDismissed() throws {
        var (state, change) = try noteRefusedByTheLock()
        send([.key(.tab), .key(.character("x")), .key(.tab)], to: &state)
        #expect(render(state)[27].hasPrefix("Niet opgeslagen: de datamap"), "typing in the form leaves it")
        #expect(render(state)[27].hasSuffix("Esc: melding sluiten "), "\(render(state)[27])")
        send([.key(.escape)], to: &state)
        #expect(form(state) != nil, "the first Esc dismisses the message, not the form")
        #expect(!render(state)[27...28].joined().contains("Niet opgeslagen"))
        send([.key(.escape)], to: &state)
        #expect(form(state) == nil)

        send([.commitFailed(.lockTimedOut, change), .key(.character("j")), .key(.character("k"))], to: &state)
        var theirs = try #require(state.data.commitments.first)
        theirs.note = "van Bram"
        theirs.stamp = Stamp(revision: theirs.stamp.revision + 1, updatedAt: theirs.stamp.updatedAt, updatedBy: "bram")
        var data = state.data
        data.put(theirs)
        send([.reloaded(.success(Snapshot(data: data, history: state.history, changed: [.commitment(theirs)])), at: Date())], to: &state)
        #expect(state.message?.text(in: state.language).hasPrefix("Niet opgeslagen") == true, "moving and other people's edits leave it")
        state.language = .en
        #expect(render(state)[27].hasSuffix("Esc: dismiss "), "\(render(state)[27])")
        send([.key(.escape)], to: &state)
        #expect(state.message == nil)
    }

    @Test func newDatesDefaultToTheLabsReferenceDay() {
        var state = editableState()
        state.today = Day("2026-12-01")!
        state.pane = .commitments
        send([.key(.character("a"))], to: &state)
        #expect(form(state)?["from"] == "31 dec 2019")
    }

    /// A day is typed as the screen shows it, and a day that does not exist is refused under its
    /// field, whole, with the ways to write one, at 80 columns too.
    @Test func aDayTypedAsTheScreenShowsItAndARefusalReadWhole() throws {
        var state = editableState(width: 80, height: 24)
        editing("until", in: &state)
        let change = try #require(committed(send(keys("30 juni 2021") + [.key(.enter)], to: &state)))
        guard case .commitment(let commitment) = change.value else { Issue.record("\(change)"); return }
        #expect(commitment.until == Day("2021-06-30"))
        #expect(form(state) == nil)
        editing("until", in: &state)
        #expect(send(keys("31 feb 2021") + [.key(.enter)], to: &state).isEmpty, "nothing is saved")
        let screen = render(state)
        let refusal = screen.filter { $0.contains("ongeldige datum") || $0.contains("2019-07-01") }
        #expect(refusal.count == 2, "\(screen.joined(separator: "\n"))")
        #expect(refusal.joined().contains("1 jul 2019") && refusal.last?.contains("of 2019-07-01") == true, "\(refusal)")
    }

    @Test func aFormNamesThePartnerAndTheProjectBesideTheirIDs() {
        var state = editableState(width: 80, height: 24)
        state.pane = .commitments
        state.list.selectedID = "c-0032"
        send([.key(.character("e"))], to: &state)
        let screen = render(state)
        #expect(screen.contains { $0.contains("Partner duo  DUO ") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("Project jpf  Jongeren Perspectief Fonds ") })
        send([.key(.backspace)], to: &state)
        let typing = render(state).first { $0.contains("Partner du") }
        #expect(typing?.contains("DUO") == false, "no name for what is not an id: \(typing ?? "")")
    }

    @Test func theFieldWithFocusIsMarkedWithoutColour() {
        var state = editableState(width: 80, height: 24)
        state.pane = .commitments
        send([.key(.character("a")), .key(.tab)], to: &state)
        let marked = render(state).filter { $0.contains("│›") }
        #expect(marked.count == 1 && marked.first?.contains("Project") == true, "\(render(state).joined(separator: "\n"))")
    }

    /// Carla changed the note; this user changed the note and the amount. Only the note is asked about;
    /// the choice is saved with the amount, and the journal keeps what was chosen.
    @Test func aConflictIsDecidedPerField() throws {
        var state = editableState()
        editing("note", in: &state)
        send(keys("van Anna"), to: &state)
        let amountIndex = form(state)!.fields.firstIndex { $0.key == "amount" }!
        let noteIndex = form(state)!.fields.firstIndex { $0.key == "note" }!
        send(Array(repeating: .key(.backTab), count: noteIndex - amountIndex) + Array(repeating: .key(.backspace), count: 6) + keys("26.000"),
             to: &state)
        let change = try #require(committed(send([.key(.enter)], to: &state)))
        let base = try #require(change.base)
        guard case .commitment(var carla) = base else { return }
        carla.note = "van Carla"
        carla.stamp = Stamp(revision: 2, updatedAt: Timestamp("2026-12-01T20:17:15Z")!, updatedBy: "carla")
        let conflicts = FieldMerge.merge(base: base, theirs: .commitment(carla), mine: change.value).conflicts
        #expect(conflicts.map(\.key) == ["note"])
        send([.commitFailed(.conflict(current: .commitment(carla), fields: conflicts), change)], to: &state)
        let screen = render(state).joined(separator: "\n")
        #expect(screen.contains("van Carla") && screen.contains("van Anna") && screen.contains("Notitie"))
        #expect(!screen.contains("› Hoeveelheid") && !screen.contains("  Hoeveelheid\n"), "what only this user changed is no question")
        let decided = try #require(committed(send([.key(.right), .key(.enter)], to: &state)))
        guard case .commitment(let saved) = decided.value else { return }
        #expect(saved.note == "van Anna" && saved.amount == Quantity(26_000))
        #expect(decided.baseRevision == 2)
        #expect(decided.merge?.chosen == ["note": .mine])
    }

    @Test func aMergedSaveSaysWhoseChangeWasKept() throws {
        var state = editableState()
        let before = try #require(state.data.commitment("c-0006"))
        var carla = before
        carla.amount = Quantity(30_000)
        carla.valueEUR = Money(30_000)
        carla.stamp = Stamp(revision: 2, updatedAt: Timestamp("2026-12-01T20:10:00Z")!, updatedBy: "carla")
        var merged = carla
        merged.note = "van Anna"
        merged.stamp = Stamp(revision: 3, updatedAt: Timestamp("2026-12-01T20:17:15Z")!, updatedBy: "anna")
        let entry = JournalEntry(at: merged.stamp.updatedAt, by: "anna", baseRevision: 2, value: .commitment(merged),
                                 merge: MergeRecord(basedOn: 1, keptTheirs: ["amount", "valueEUR"]))
        send([.committed(entry, before: .commitment(carla), at: Date())], to: &state)
        #expect(state.message?.text(in: state.language) == "Opgeslagen: toezegging c-0006 (ING); samengevoegd met de wijziging van carla: hoeveelheid, waarde")
    }

    /// After forty edits today, a status update just posted is the first line of the log, once.
    @Test func aStatusUpdateJustPostedIsAtTheTopOfTheLog() throws {
        var state = editableState(width: 160)
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        for minute in 0..<40 {
            var commitment = state.data.commitments[minute]
            let before = commitment
            commitment.note = "Notitie \(minute)"
            commitment.stamp = Stamp(revision: 2, updatedAt: Timestamp(start.addingTimeInterval(Double(minute) * 60)), updatedBy: "bram")
            let entry = JournalEntry(at: commitment.stamp.updatedAt, by: "bram", baseRevision: 1, value: .commitment(commitment))
            send([.committed(entry, before: .commitment(before), at: Date())], to: &state)
        }
        state.pane = .projects
        state.list.selectedID = "jpf"
        send([.key(.character("p")), .key(.tab)] + keys("Wachtlijst groeit"), to: &state)
        let change = try #require(committed(send([.key(.enter)], to: &state)))
        let project = try #require(state.data.project("jpf"))
        let entry = JournalEntry(at: Timestamp(start.addingTimeInterval(41 * 60)), by: "anna", baseRevision: project.stamp.revision,
                                 value: change.value.stamped(Stamp(revision: 2, updatedAt: Timestamp(start.addingTimeInterval(41 * 60)),
                                                                   updatedBy: "anna")))
        send([.committed(entry, before: .project(project), at: Date()), .key(.character("7"))], to: &state)
        let rows = render(state)
        #expect(rows[3].contains("Nieuwe statusupdate (op koers): \"Wachtlijst groei"), "\(rows[3])")
        #expect(rows.filter { $0.contains("Wachtlijst") }.count == 1, "one entry, not an edit and an update")
    }
}

/// The screens that show edits, in both languages: no JSON, no field codes, local times.
@Suite struct EditScreensTests {
    /// A few edits of the sample, as the journal would hold them: an amount, a state, a contact, a status update.
    static func stateWithEdits(language: Language, width: Int = 100, height: Int = 24) throws -> AppState {
        var state = sampleState(width: width, height: height, language: language)
        state.source = .folder("/tmp/lab")
        func save(_ value: EntityValue, _ before: EntityValue, by author: String, at time: String) {
            let stamp = Stamp(revision: before.stamp.revision + 1, updatedAt: Timestamp(time)!, updatedBy: author)
            let entry = JournalEntry(at: stamp.updatedAt, by: author, baseRevision: before.stamp.revision, value: value.stamped(stamp))
            send([.committed(entry, before: before, at: Date(timeIntervalSince1970: 0))], to: &state)
        }
        let c6 = try #require(state.data.commitment("c-0006"))
        var amount = c6
        amount.amount = Quantity(30_000)
        amount.valueEUR = Money(30_000)
        save(.commitment(amount), .commitment(c6), by: "carla", at: "2026-12-01T20:17:15Z")
        var delivered = try #require(state.data.commitment("c-0006"))
        let before = delivered
        delivered.state = .delivered
        save(.commitment(delivered), .commitment(before), by: "anna", at: "2026-12-01T20:30:00Z")
        let ing = try #require(state.data.partner("ing"))
        var contact = ing
        contact.contact = Contact(name: "Jan de Vries", email: "jan@ing.example")
        save(.partner(contact), .partner(ing), by: "anna", at: "2026-12-01T21:02:00Z")
        let jpf = try #require(state.data.project("jpf"))
        var posted = jpf
        posted.health = .attention
        posted.updates.append(StatusUpdate(at: SampleLab.asOf, by: "anna", health: .attention, text: "Wachtlijst groeit"))
        save(.project(posted), .project(jpf), by: "anna", at: "2026-12-01T21:10:00Z")
        return state
    }

    @Test(arguments: Language.allCases)
    func theLogSaysEditsInWords(language: Language) throws {
        var state = try Self.stateWithEdits(language: language, width: 120)
        send([.key(.character("7"))], to: &state)
        let lines = render(state)
        try expectScreen(lines, named: "log-edits-\(language.rawValue)-120x24")
        try Self.expectWordsOnly(lines, language)
    }

    @Test(arguments: Language.allCases)
    func aDetailsHistorySaysEditsInWords(language: Language) throws {
        var state = try Self.stateWithEdits(language: language, width: 100, height: 40)
        state.pane = .commitments
        state.list.selectedID = "c-0006"
        // Past the two links (partner, project), j scrolls the text.
        send([.key(.enter)] + Array(repeating: .key(.character("j")), count: 4), to: &state)
        let lines = render(state)
        #expect(lines.contains { $0.contains("carla") }, "both edits are in the history")
        try expectScreen(lines, named: "detail-history-\(language.rawValue)-100x40")
        try Self.expectWordsOnly(lines, language)
    }

    @Test(arguments: Language.allCases)
    func theConflictDialogShowsBothValuesPerField(language: Language) throws {
        var state = sampleState(width: 100, height: 30, language: language)
        state.source = .folder("/tmp/lab")
        let base = try #require(state.data.commitment("c-0006"))
        var carla = base
        carla.amount = Quantity(25_500)
        carla.valueEUR = Money(25_500)
        carla.note = "Na het overleg"
        carla.stamp = Stamp(revision: 2, updatedAt: Timestamp("2026-12-01T20:17:15Z")!, updatedBy: "carla")
        var mine = base
        mine.amount = Quantity(30_000)
        mine.valueEUR = Money(30_000)
        mine.state = .delivered
        mine.note = "Bevestigd per brief"
        let conflicts = FieldMerge.merge(base: .commitment(base), theirs: .commitment(carla), mine: .commitment(mine)).conflicts
        let change = EntityChange(.commitment(mine), basedOn: 1, base: .commitment(base))
        send([.commitFailed(.conflict(current: .commitment(carla), fields: conflicts), change), .key(.down), .key(.right)], to: &state)
        #expect(conflicts.map(\.key) == ["amount", "note"], "the value follows the amount and is no question of its own")
        let lines = render(state)
        try expectScreen(lines, named: "conflict-\(language.rawValue)-100x30")
        try Self.expectWordsOnly(lines, language)
    }

    /// No JSON and no field code of the files on screen; on a Dutch screen no English value either.
    static func expectWordsOnly(_ lines: [String], _ language: Language, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = lines.joined(separator: "\n")
        for code in ["{", "\"at\"", "valueEUR", "updates:", "health:", "T20:", "T21:"] {
            #expect(!text.contains(code), "\(code) on screen", sourceLocation: sourceLocation)
        }
        if language == .nl {
            for english in ["pledged", "delivered", "on-track", "attention", "amount:", "state:", "hours/week"] {
                #expect(!text.contains(english), "\(english) on a Dutch screen", sourceLocation: sourceLocation)
            }
        }
    }
}
