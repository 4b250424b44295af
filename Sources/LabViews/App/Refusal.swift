// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabKeys

/// Why a key that means something here cannot act now, said in the status line.
enum Refusal {
    static func message(for id: ActionID, missing: Conditions) -> StatusMessage {
        if missing.contains(.canWrite) { return StatusMessage(.readOnlyRefusal) }
        if missing.contains(.hasOwnEdit) { return StatusMessage(.nothingToUndo) }
        if missing.contains(.hasUndoneEdit) { return StatusMessage(.nothingToRedo) }
        if missing.contains(.canOpen) || missing.contains(.hasRows) { return StatusMessage(.nothingToOpen) }
        let action = ActionTable.action(id)
        return StatusMessage { language in
            "\(UIText.notHere.text(in: language)): \(action.help(in: language == .nl ? .nl : .en).lowercasedFirst)"
        }
    }
}
