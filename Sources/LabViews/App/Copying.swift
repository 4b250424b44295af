// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// `y` and `Y`: the selected row's id, and the contact e-mail of its partner (or of every marked
/// partner, separated as a mail program takes them), put on the terminal's clipboard; what was
/// copied is said in the status line, so that it can be selected there when the terminal cannot.
enum Copying {
    static func copyID(in state: inout AppState) -> [Effect] {
        guard let id = state.list.openID ?? state.selectedRowID else { return [] }
        return [.copy(id)]
    }

    static func copyEmail(in state: inout AppState) -> [Effect] {
        guard state.showsContacts else {
            state.message = StatusMessage(.contactsHidden, kind: .error)
            return []
        }
        let partners = partnerIDs(state).compactMap(state.data.partner)
        let addresses = partners.compactMap { $0.contact?.email }.filter { !$0.isEmpty }
        guard !addresses.isEmpty else {
            state.message = StatusMessage(.noEmail, kind: .error)
            return []
        }
        if addresses.count < partners.count {
            let missing = partners.count - addresses.count
            state.message = StatusMessage { "\(Format.count(missing, $0)) \(UIText.withoutEmail.text(in: $0))" }
        }
        return [.copy(addresses.joined(separator: ", "))]
    }

    /// The marked partners, or the partner of the selected row: a partner, or a commitment's.
    private static func partnerIDs(_ state: AppState) -> [String] {
        let listsPartners = state.pane.filteredKind == .partner
        if listsPartners, !state.list.marked.isEmpty { return state.data.partners.map(\.id).filter(state.list.marked.contains) }
        if state.pane == .commitments, !state.list.marked.isEmpty { return Array(Set(Marking.markedCommitments(state).map(\.partner))).sorted() }
        guard let id = state.list.openID ?? state.selectedRowID else { return [] }
        if listsPartners { return [id] }
        if state.pane == .commitments { return state.data.commitment(id).map { [$0.partner] } ?? [] }
        if state.pane == .projects { return state.data.project(id).map { [$0.lead] } ?? [] }
        return []
    }

    static func copied(_ text: String, toClipboard: Bool, in state: inout AppState) {
        let said = state.message
        state.message = StatusMessage { language in
            (toClipboard ? UIText.copied : UIText.copyFromHere).text(in: language) + ": " + text.visible
                + (said.map { " (" + $0.text(in: language) + ")" } ?? "")
        }
    }
}
