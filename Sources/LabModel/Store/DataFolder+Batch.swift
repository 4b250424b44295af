// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

extension DataFolder {
    /// Saves several edits as one, as an import does: under the folder's exclusive lock `makeChanges`
    /// decides them from the current state; each is checked as a single edit is, against the state the
    /// ones before it made; then all are appended to the journal with one write, flushed. When any is
    /// refused, or the write fails, nothing is written.
    public func commitAll(author: String, now: Date = Date(),
                          _ makeChanges: (LabData) throws(EditFailure) -> [EntityChange]) throws(EditFailure) -> (data: LabData, entries: [JournalEntry]) {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        let report = loadUnlocked()
        guard var data = report.data, report.problems.isEmpty else { throw .folderUnusable(report) }
        var entries: [JournalEntry] = []
        for change in try makeChanges(data) {
            let entry = try Self.checkedEntry(for: change, in: data, author: author, now: now)
            data.put(entry.value)
            entries.append(entry)
        }
        if !entries.isEmpty { try append(entries) }
        return (data, entries)
    }
}
