// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabModel

/// Editing in the program: opening forms, filling them in, confirming, and what comes back
/// from the store. The saving itself is an effect the runtime carries out.
enum Editing {
    static func open(_ id: ActionID, in state: inout AppState) {
        let selected = state.list.openID ?? state.list.selectedID
        if state.pane == .commitments, !state.list.marked.isEmpty {
            switch id {
            case .withdrawCommitment: return Marking.withdraw(in: &state)
            case .editItem: return state.mode = Marking.form(in: state).map(Mode.form) ?? state.mode
            default: break
            }
        }
        switch (id, state.pane) {
        case (.addItem, .partners): state.mode = .form(FormSpecs.partner(nil, state: state))
        case (.addItem, .projects): state.mode = .form(FormSpecs.addProject(state: state))
        case (.addItem, .commitments): state.mode = .form(FormSpecs.commitment(nil, state: state))
        case (.editItem, .partners):
            if let partner = selected.flatMap(state.data.partner) { state.mode = .form(FormSpecs.partner(partner, state: state)) }
        case (.editItem, .projects):
            if let project = selected.flatMap(state.data.project) { state.mode = .form(FormSpecs.editProject(project, state: state)) }
        case (.editItem, .commitments):
            if let commitment = selected.flatMap(state.data.commitment) {
                state.mode = .form(FormSpecs.commitment(commitment, state: state))
            }
        case (.postUpdate, .projects):
            if let project = selected.flatMap(state.data.project) { state.mode = .form(FormSpecs.statusUpdate(project, state: state)) }
        case (.withdrawCommitment, .commitments):
            guard var commitment = selected.flatMap(state.data.commitment) else { return }
            let base = commitment.stamp.revision
            let partner = state.data.partnerName(commitment.partner)
            let question = "\(state.say(.withdrawQuestion)): \(commitment.id) (\(partner), \(Format.euros(commitment.valueEUR, state.language)))?"
            commitment.state = .withdrawn
            state.mode = .confirm(ConfirmState(title: state.say(.withdrawQuestion), question: question,
                                               changes: [EntityChange(.commitment(commitment), basedOn: base)]))
        default:
            break
        }
    }

    /// The keys of a form: moving between fields, choosing, typing, saving.
    static func perform(_ id: ActionID, on form: FormState, in state: inout AppState) -> [Effect] {
        var form = form
        let count = form.fields.count
        let (data, language) = (state.data, state.language)
        switch id {
        case .nextField:
            // A name being typed is first completed to the id its list marks.
            if !FormPicking.take(&form.fields[form.focus], data: data, language: language) { form.focus = (form.focus + 1) % count }
        case .previousField: form.focus = (form.focus + count - 1) % count
        case .nextChoice, .previousChoice:
            let step = id == .nextChoice ? 1 : -1
            if !FormPicking.move(&form.fields[form.focus], by: step, data: data, language: language) { cycle(&form.fields[form.focus], by: step) }
            form.fields[form.focus].error = nil
        case .deleteBackward:
            switch form.fields[form.focus].kind {
            case .choice, .several: break
            case .text, .reference:
                if !form.fields[form.focus].value.isEmpty { form.fields[form.focus].value.removeLast() }
                form.fields[form.focus].pick = 0
            }
            form.fields[form.focus].error = nil
        case .cancelInput:
            state.mode = .normal
            return []
        case .acceptInput where FormPicking.take(&form.fields[form.focus], data: data, language: language):
            break
        case .acceptInput:
            if case .editMarked(let ids) = form.purpose { return confirmMarked(form, ids: ids, in: &state) }
            switch FormSubmit.change(from: form, state: state) {
            case .success(let change):
                state.mode = .normal
                state.pendingForm = form
                return [.commit(change)]
            case .failure(let failure):
                for index in form.fields.indices { form.fields[index].error = failure.errors[form.fields[index].key] }
                if let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
            }
        default:
            break
        }
        state.mode = .form(form)
        return []
    }

    static func type(_ character: Character, on form: FormState, in state: inout AppState) {
        var form = form
        var field = form.fields[form.focus]
        switch field.kind {
        case .choice(let values, let labels):
            // A letter jumps to the next choice whose name starts with it.
            if let match = next(startingWith: character, in: labels, after: values.firstIndex(of: field.value) ?? 0) { field.value = values[match] }
        case .several(_, let labels):
            if character == " " {
                FormPicking.toggle(&field)
            } else if let match = next(startingWith: character, in: labels, after: field.pick) {
                field.pick = match
            }
        case .text, .reference:
            field.value.append(character)
            field.pick = 0
        }
        field.error = nil
        form.fields[form.focus] = field
        state.mode = .form(form)
    }

    /// The first label after `start`, going round, that starts with `character`.
    private static func next(startingWith character: Character, in labels: [String], after start: Int) -> Int? {
        let order = (1...max(1, labels.count)).map { (start + $0) % max(1, labels.count) }
        return order.first { labels.indices.contains($0) && labels[$0].lowercased().hasPrefix(String(character).lowercased()) }
    }

    private static func cycle(_ field: inout FormField, by step: Int) {
        guard case .choice(let values, _) = field.kind, !values.isEmpty else { return }
        let index = values.firstIndex(of: field.value) ?? 0
        field.value = values[(index + step + values.count) % values.count]
    }

    static func confirm(_ id: ActionID, _ confirmation: ConfirmState, in state: inout AppState) -> [Effect] {
        state.mode = .normal
        guard id == .confirmYes, let first = confirmation.changes.first else { return [] }
        return confirmation.changes.count == 1 ? [.commit(first)] : [.commitEach(confirmation.changes)]
    }

    /// The bulk form filled in: asks once, with the count and the euros, what it will do.
    private static func confirmMarked(_ form: FormState, ids: [String], in state: inout AppState) -> [Effect] {
        switch Marking.changes(from: form, ids: ids, state: state) {
        case .success(let changes) where changes.isEmpty:
            state.mode = .normal
            state.message = StatusMessage(.nothingToChange)
        case .success(let changes):
            let commitments = changes.compactMap { change -> Commitment? in if case .commitment(let c) = change.value { c } else { nil } }
            let said = form.fields.filter { !$0.value.isEmpty }.map { "\($0.label.lowercased()) \($0.shown)" }.joined(separator: ", ")
            state.mode = .confirm(ConfirmState(title: form.title, question: Marking.question(.changeMarked, commitments, detail: ": " + said, state: state),
                                               changes: changes))
        case .failure(let failure):
            var form = form
            for index in form.fields.indices { form.fields[index].error = failure.errors[form.fields[index].key] }
            state.mode = .form(form)
        }
        return []
    }

    /// The keys of the conflict dialog: choose per field, save the choices, keep theirs, take mine
    /// in every field both changed, or edit again from their version.
    static func resolve(_ id: ActionID, _ conflict: ConflictState, in state: inout AppState) -> [Effect] {
        var conflict = conflict
        let count = max(1, conflict.fields.count)
        switch id {
        case .nextConflictField, .previousConflictField:
            conflict.focus = (conflict.focus + (id == .nextConflictField ? 1 : count - 1)) % count
            state.mode = .conflict(conflict)
        case .chooseTheirs, .chooseMine:
            if conflict.fields.indices.contains(conflict.focus) {
                conflict.choices[conflict.fields[conflict.focus].key] = id == .chooseMine ? .mine : .theirs
            }
            state.mode = .conflict(conflict)
        case .saveChoices, .applyMine:
            if id == .applyMine { for field in conflict.fields { conflict.choices[field.key] = .mine } }
            state.mode = .normal
            let change = decided(conflict)
            if let synced = conflict.synced {
                guard !change.value.changes(from: conflict.theirs).isEmpty else { return keptHeld(synced, conflict, in: &state) }
                return [.decideConflict(synced.id, change)]
            }
            return [.commit(change)]
        case .editAgain:
            state.mode = reopenedForm(for: conflict.theirs, like: conflict.form, in: state)
        default:
            state.mode = .normal
            if let synced = conflict.synced { return keptHeld(synced, conflict, in: &state) }
            state.message = StatusMessage { UIText.theirVersion.text(in: $0) + " " + UIText.saved.text(in: $0).lowercased() }
        }
        return []
    }

    /// A synchronisation's conflict decided for what the merge holds: only the decision is saved, to be sent with the next sync.
    private static func keptHeld(_ synced: SyncConflict, _ conflict: ConflictState, in state: inout AppState) -> [Effect] {
        state.sync.savedSince += 1
        let kept = synced.held.stamp.updatedBy
        state.message = StatusMessage { "\(UIText.versionOf.text(in: $0)) \(kept) \(UIText.saved.text(in: $0).lowercased())" }
        return [.decideConflict(synced.id, nil)]
    }

    /// The change as decided in the dialog: their version with every field only this user changed,
    /// and the chosen side of each field both changed. Without a known base, mine as a whole.
    static func decided(_ conflict: ConflictState) -> EntityChange {
        let theirs = conflict.theirs
        guard let base = conflict.mine.base, !conflict.fields.isEmpty else {
            return EntityChange(conflict.mine.value, basedOn: theirs.stamp.revision, base: theirs)
        }
        let outcome = FieldMerge.merge(base: base, theirs: theirs, mine: conflict.mine.value)
        let choices = Dictionary(uniqueKeysWithValues: conflict.fields.map { ($0.key, conflict.choices[$0.key] ?? .theirs) })
        let value = FieldMerge.resolve(outcome, kind: theirs.kind, choosing: choices, stamp: theirs.stamp) ?? conflict.mine.value
        let record = MergeRecord(basedOn: base.stamp.revision, keptTheirs: outcome.keptTheirs, chosen: choices)
        return EntityChange(value, basedOn: theirs.stamp.revision, base: theirs, merge: record)
    }

    private static func reopenedForm(for theirs: EntityValue, like form: FormState?, in state: AppState) -> Mode {
        switch (theirs, form?.purpose) {
        case (.commitment(let commitment), _): .form(FormSpecs.commitment(commitment, state: state))
        case (.project(let project), .postUpdate?): .form(FormSpecs.statusUpdate(project, state: state))
        case (.project(let project), _): .form(FormSpecs.editProject(project, state: state))
        case (.partner(let partner), _): .form(FormSpecs.partner(partner, state: state))
        }
    }

    /// `u` and Ctrl-R: the value before this program's latest edit (or latest undo), saved as a
    /// new edit on top of what is there now.
    static func step(_ step: UndoStep, in state: inout AppState) -> [Effect] {
        guard let own = step == .undo ? state.ownEdits.last : state.undoneEdits.last else {
            state.message = StatusMessage(step == .undo ? .nothingToUndo : .nothingToRedo)
            return []
        }
        var changes: [EntityChange] = []
        for edit in own.changes {
            let current = state.data.value(edit.after.kind, edit.after.id) ?? edit.after
            switch (edit.before, current) {
            case (let before?, _):
                changes.append(EntityChange(before, basedOn: current.stamp.revision))
            case (nil, .commitment(var commitment)):
                commitment.state = .withdrawn
                changes.append(EntityChange(.commitment(commitment), basedOn: current.stamp.revision))
            case (nil, _):
                state.message = StatusMessage(.cannotUndoCreation, kind: .error)
                return []
            }
        }
        guard let first = changes.first else { return [] }
        state.pendingStep = step
        return changes.count == 1 ? [.commit(first)] : [.commitEach(changes)]
    }

    /// Keeps a saved own edit on the stacks: an undo can be redone, a redo undone again, and a new
    /// edit starts a new line of redo.
    static func record(_ edit: OwnEdit, _ step: UndoStep?, in state: inout AppState) {
        switch step {
        case .undo:
            state.ownEdits.removeLast()
            state.undoneEdits.append(edit)
        case .redo:
            state.undoneEdits.removeLast()
            state.ownEdits.append(edit)
        case nil:
            state.ownEdits.append(edit)
            state.undoneEdits = []
        }
        state.ownEdits = Array(state.ownEdits.suffix(maximumUndo))
    }

    static let maximumUndo = 100

    static func committed(_ entry: JournalEntry, before: EntityValue?, at now: Date, in state: inout AppState) {
        let step = state.pendingStep
        state.pendingStep = nil
        state.put(entry.value)
        let changes = entry.baseRevision == nil ? [] : before.map { entry.value.changes(from: $0) }
        state.history.append(HistoryItem(entry: entry, changes: changes))
        record(OwnEdit(changes: [OwnEdit.Change(before: before, after: entry.value)]), step, in: &state)
        state.pendingForm = nil
        state.highlights[entry.value.id] = now.addingTimeInterval(LiveChanges.markDuration)
        let shown = state
        state.message = StatusMessage { language in
            let done: UIText = switch step { case .undo: .undone; case .redo: .redone; case nil: .saved }
            var said = "\(done.text(in: language)): \(LiveChanges.describe(entry.value, in: shown, language: language))"
            if step != nil, let before {
                // What was undone or redone, in words.
                let phrases = ChangeWording.phrases(entry.value.changes(from: before), of: entry.value, in: language, data: shown.data,
                                                    limit: 30, showingPersonalData: shown.showsContacts)
                if !phrases.isEmpty { said += " — " + phrases.joined(separator: "; ") }
            }
            if let merge = entry.merge, !merge.keptTheirs.isEmpty, let theirs = before {
                said += "; \(UIText.mergedWith.text(in: language)) \(theirs.stamp.updatedBy): "
                    + ChangeWording.fieldNames(merge.keptTheirs, of: entry.value.kind, in: language)
            }
            return said
        }
        if case .commitment = entry.value, entry.baseRevision == nil { state.list.selectedID = entry.value.id }
    }

    static func failed(_ failure: EditFailure, _ change: EntityChange, in state: inout AppState) {
        let form = state.pendingForm
        state.pendingForm = nil
        state.pendingStep = nil
        switch failure {
        case .conflict(let current, let fields):
            state.mode = .conflict(ConflictState(theirs: current, mine: change, form: form, fields: fields))
        case .invalid(let problems):
            if var form {
                let errors = FormSubmit.errors(problems.map { FieldProblem(path: $0.fieldPath, kind: $0.kind) }, on: form, language: state.language)
                form.fields.indices.forEach { form.fields[$0].error = errors[form.fields[$0].key] }
                state.mode = .form(form)
            }
            state.message = StatusMessage(kind: .error) { language in
                "\(UIText.notSaved.text(in: language)): \(problems.first.map { $0.kind.message(in: language) } ?? "")"
            }
        default:
            if let form { state.mode = .form(form) }
            let data = state.data
            state.message = StatusMessage(kind: .error) { "\(UIText.notSaved.text(in: $0)): \(failure.reason(in: $0, data: data))" }
        }
    }
}
