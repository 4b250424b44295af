// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// Rows marked with Space, and what is done to all of them at once: withdraw, change the state or
/// the period (commitments), export, copy. A bulk action asks once, with the count and the euros,
/// is saved with one write, and undone as one step.
enum Marking {
    static func toggle(in state: inout AppState) {
        guard let id = state.selectedRowID else { return }
        if state.list.marked.remove(id) == nil { state.list.marked.insert(id) }
        Navigation.move(by: 1, in: &state)
    }

    /// Marks every row shown; when they all are, takes their marks away.
    static func toggleAllShown(in state: inout AppState) {
        guard let rows = state.visibleRows else { return }
        let ids = rows.ids
        if ids.allSatisfy(state.list.marked.contains) { state.list.marked.subtract(ids) } else { state.list.marked.formUnion(ids) }
        let count = state.list.marked.count
        state.message = StatusMessage { "\(Format.count(count, $0)) \(UIText.markedRows.text(in: $0))" }
    }

    /// The marked commitments there are still, in the list's order.
    static func markedCommitments(_ state: AppState) -> [Commitment] {
        let marked = state.lists[.commitments]?.marked ?? []
        guard !marked.isEmpty else { return [] }
        return state.data.commitments.filter { marked.contains($0.id) }
    }

    /// `12 gemarkeerd (€ 120.000)`: what the title and the footer say of the marked rows.
    static func summary(_ state: AppState) -> String? {
        let count = state.list.marked.count
        guard count > 0 else { return nil }
        let said = "\(Format.count(count, state.language)) \(state.say(.markedRows))"
        guard state.pane == .commitments else { return said }
        return said + " (\(Format.euros(total(markedCommitments(state)), state.language)))"
    }

    /// `1 toezegging`, `12 toezeggingen`.
    static func counted(_ count: Int, _ language: Language) -> String {
        "\(Format.count(count, language)) \((count == 1 ? UIText.commitmentWord : .commitmentsWord).text(in: language))"
    }

    static func total(_ commitments: [Commitment]) -> Money {
        commitments.reduce(Money.zero) { $0 + $1.valueEUR }
    }

    /// `w` with commitments marked: withdraws those not withdrawn yet, after one question.
    static func withdraw(in state: inout AppState) {
        let chosen = markedCommitments(state).filter { $0.state != .withdrawn }
        guard !chosen.isEmpty else { return }
        let changes = chosen.map { commitment -> EntityChange in
            var withdrawn = commitment
            withdrawn.state = .withdrawn
            return EntityChange(.commitment(withdrawn), basedOn: commitment.stamp.revision, base: .commitment(commitment))
        }
        state.mode = .confirm(ConfirmState(title: state.say(.withdrawQuestion), question: question(.withdrawMarked, chosen, state: state), changes: changes))
    }

    /// `Intrekken: 12 toezeggingen (€ 120.000)?`
    static func question(_ verb: UIText, _ commitments: [Commitment], detail: String = "", state: AppState) -> String {
        "\(state.say(verb)): \(counted(commitments.count, state.language))"
            + " (\(Format.euros(total(commitments), state.language)))\(detail)?"
    }

    /// `e` with commitments marked: a form for what they get in common; a field left empty stays as each has it.
    static func form(in state: AppState) -> FormState? {
        let chosen = markedCommitments(state)
        guard !chosen.isEmpty, let stateField = FieldCatalogue.field("state", of: .commitment),
              case .choice(let choices) = stateField.shape else { return nil }
        let unchanged = state.say(.unchanged)
        return FormState(purpose: .editMarked(chosen.map(\.id)),
                         title: "\(state.say(.changeMarked)): \(counted(chosen.count, state.language))",
                         fields: [
                            FormField("state", stateField.label.text(in: state.language),
                                      .choice(values: [""] + choices.codes, labels: [unchanged] + choices.names.map { $0.text(in: state.language) })),
                            FormField("from", FieldCatalogue.field("from", of: .commitment)!.label.text(in: state.language), .text, hint: unchanged),
                            FormField("until", FieldCatalogue.field("until", of: .commitment)!.label.text(in: state.language), .text,
                                      hint: "\(unchanged); - \(state.say(.noEnd))"),
                         ], base: nil)
    }

    /// The changes the bulk form asks for, or per field what cannot be read.
    static func changes(from form: FormState, ids: [String], state: AppState) -> Result<[EntityChange], FormSubmit.FieldErrors> {
        var errors: [String: String] = [:]
        func day(_ key: String) -> Day?? {
            let typed = form[key].trimmingSpaces()
            if typed.isEmpty { return .none }
            if key == "until", typed == "-" { return .some(nil) }
            guard let day = DayInput.parse(typed) else {
                errors[key] = ProblemKind.unreadableDay(typed).message(in: state.language)
                return .none
            }
            return .some(day)
        }
        let from = day("from"), until = day("until")
        let newState = CommitmentState(rawValue: form["state"])
        guard errors.isEmpty else { return .failure(FormSubmit.FieldErrors(errors: errors)) }
        guard newState != nil || from != nil || until != nil else {
            return .failure(FormSubmit.FieldErrors(errors: ["state": state.say(.nothingToChange)]))
        }
        let changes = ids.compactMap(state.data.commitment).compactMap { commitment -> EntityChange? in
            var changed = commitment
            if let newState { changed.state = newState }
            if let from = from ?? nil { changed.from = from }
            if let until { changed.until = until }
            return changed == commitment ? nil : EntityChange(.commitment(changed), basedOn: commitment.stamp.revision, base: .commitment(commitment))
        }
        return .success(changes)
    }

    /// What came of a bulk action's edits: the saved ones taken in as one step, the marks taken
    /// away from them, and each refused one named with why.
    static func committed(_ saved: [SavedEdit], refused: [RefusedEdit], at now: Date, in state: inout AppState) {
        let step = state.pendingStep
        state.pendingStep = nil
        if !saved.isEmpty {
            var data = state.data
            for edit in saved { data.put(edit.entry.value) }
            state.takeData(data, changed: saved.map(\.entry.value))
            state.history += saved.map { edit in
                HistoryItem(entry: edit.entry, changes: edit.entry.baseRevision == nil ? [] : edit.before.map { edit.entry.value.changes(from: $0) })
            }
            Editing.record(OwnEdit(changes: saved.map { OwnEdit.Change(before: $0.before, after: $0.entry.value) }), step, in: &state)
            for edit in saved {
                state.highlights[edit.entry.value.id] = now.addingTimeInterval(LiveChanges.markDuration)
                state.lists[.commitments]?.marked.remove(edit.entry.value.id)
            }
        }
        let data = state.data
        let done: UIText = switch step { case .undo: .undone; case .redo: .redone; case nil: .saved }
        state.message = StatusMessage(kind: refused.isEmpty ? .info : .error) { language in
            var said = "\(done.text(in: language)): \(counted(saved.count, language))"
            if !refused.isEmpty {
                said += "; \(UIText.notSaved.text(in: language).lowercased()): " + refused.prefix(3).map { refusal in
                    "\(refusal.change.value.id) (\(reason(refusal.failure, in: language, data: data)))"
                }.joined(separator: ", ") + (refused.count > 3 ? " +\(refused.count - 3)" : "")
            }
            return said
        }
    }

    /// Why one edit of a bulk action was refused: for a colleague's change, which fields and who.
    private static func reason(_ failure: EditFailure, in language: Language, data: LabData) -> String {
        guard case .conflict(let current, let fields) = failure, !fields.isEmpty else { return failure.reason(in: language, data: data) }
        let names = ChangeWording.fieldNames(fields.map(\.key), of: current.kind, in: language)
        return "\(names) \(UIText.alsoChangedBy.text(in: language)) \(current.stamp.updatedBy)"
    }
}
