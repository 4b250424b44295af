// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// What a fresh read of the folder changed, for the marks on screen and the status bar.
enum LiveChanges {
    static let markDuration: TimeInterval = 4

    static func apply(_ snapshot: Snapshot, at now: Date, to state: inout AppState) {
        let changed = snapshot.changed ?? changedEntities(from: state.data, to: snapshot.data)
        let old = state.data
        if let known = snapshot.changed {
            state.takeData(snapshot.data, changed: known)
        } else {
            // The files were read again: anything in them may differ, stamps or not.
            state.data = snapshot.data
        }
        state.history = snapshot.history
        for value in changed { state.highlights[value.id] = now.addingTimeInterval(markDuration) }
        if snapshot.restoredJournalLines > 0 {
            state.message = StatusMessage(kind: .error) { "\(UIText.journalRestored.text(in: $0)) \(snapshot.restoredJournalLines)" }
            return
        }
        guard !changed.isEmpty else {
            // Read whole again after a failed read: the failure must not stay on screen.
            if state.message?.kind == .error { state.message = StatusMessage(.reloaded) }
            return
        }
        // Other people's edits are marked in the tables; a refusal on screen stays until it is dismissed.
        if state.message?.kind == .error { return }
        let authors = Array(Set(changed.map(\.stamp.updatedBy))).sorted()
        if changed.count == 1, let value = changed.first {
            // What changed, in words: `Hoeveelheid: € 25.000 → € 30.000`, or `nieuw`.
            let before = old.value(value.kind, value.id)
            let shown = state
            state.message = StatusMessage { language in
                let what = before.map { ChangeWording.phrases(value.changes(from: $0), of: value, in: language, data: shown.data, limit: 30,
                                                             showingPersonalData: shown.showsContacts) }
                    ?? [UIText.created.text(in: language)]
                return "\(UIText.changedBy.text(in: language)) \(value.stamp.updatedBy): \(describe(value, in: shown, language: language))"
                    + (what.isEmpty ? "" : " — " + what.joined(separator: "; "))
            }
        } else {
            state.message = StatusMessage { "\(Format.count(changed.count, $0)) \(UIText.changesBy.text(in: $0)) \(authors.joined(separator: ", "))" }
        }
    }

    /// Entities new or changed in `new`, judged by their stamp.
    static func changedEntities(from old: LabData, to new: LabData) -> [EntityValue] {
        var changed: [EntityValue] = []
        for partner in new.partners where old.partner(partner.id)?.stamp != partner.stamp { changed.append(.partner(partner)) }
        for project in new.projects where old.project(project.id)?.stamp != project.stamp { changed.append(.project(project)) }
        for commitment in new.commitments where old.commitment(commitment.id)?.stamp != commitment.stamp {
            changed.append(.commitment(commitment))
        }
        return changed
    }

    static func describe(_ value: EntityValue, in state: AppState, language: Language) -> String {
        switch value {
        case .partner(let partner): "\(UIText.columnPartner.text(in: language).lowercased()) \(partner.name)"
        case .project(let project): "\(UIText.columnProject.text(in: language).lowercased()) \(project.name)"
        case .commitment(let commitment):
            "\(UIText.commitmentTitle.text(in: language).lowercased()) \(commitment.id) (\(state.data.partnerName(commitment.partner)))"
        }
    }
}
