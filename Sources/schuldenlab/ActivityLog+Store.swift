// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel
import LabProgram

extension ActivityLog {
    /// What the program's store did, in the log; a folded journal also gets its schema copies anew.
    static func store(_ note: StoreNote) {
        switch note {
        case .saved(let entry): saved(entry)
        case .refused(let failure, let change): refused(failure, change.value.kind, change.value.id)
        case .compacted(let folder):
            try? SchemaFiles.write(into: folder.path)
            self.note("compacted \(folder.path)")
        case .read(let change, let path):
            switch change {
            case .none: break
            case .entities(let values): self.note("read \(values.count) changed entities from the journal")
            case .everything: self.note("read \(path) again")
            case .failed(let report): read(report, from: path)
            case .restoredJournal(let lines): self.note("journal.jsonl was cut short or removed by someone else; \(lines) lines written back")
            }
        }
    }
}
