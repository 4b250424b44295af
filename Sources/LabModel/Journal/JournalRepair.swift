// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What to write back when lines of the journal that were read before are gone (someone cut the
/// journal short, emptied or removed it) while the data files stayed the same.
///
/// Lines are compared by edit id, never by position: every line still in the journal stays where
/// it is, so that an edit saved after the cut keeps its place, and a lost edit is appended after
/// it. An edit that no longer fits (someone changed the entity after the cut) is merged field by
/// field with what is there now, keeping its id and moment; one that truly conflicts is written
/// back as it was, so that both are kept and the conflict is shown.
enum JournalRepair {
    /// The lines to append, in the order they had. `files` is the data of the files; `now` that data
    /// with the journal as it is now laid over it, whose edit ids are `present`.
    static func linesToRestore(_ lost: [ArraySlice<UInt8>], files: LabData, now: LabData, present: Set<String>) -> [String] {
        var before = files
        var after = now
        var restored: [String] = []
        for (offset, bytes) in lost.enumerated() where !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            guard case .success(let entry) = JournalReader.entry(from: Array(bytes), lineNumber: offset + 1) else {
                // Not an edit: kept as it was, so that what was there is not lost either.
                restored.append(String(decoding: bytes, as: UTF8.self))
                continue
            }
            let base = before.value(entry.value.kind, entry.value.id)
            _ = JournalReplay.apply(entry, line: offset + 1, to: &before, compactionPending: false)
            guard !present.contains(entry.edit) else { continue }
            let line: String
            switch rebased(entry, base: base, onto: after) {
            case .present: continue
            case .asItWas: line = String(decoding: bytes, as: UTF8.self)
            case .merged(let merged): line = merged.line
            }
            restored.append(line)
            if case .success(let written) = JournalReader.entry(from: Array(line.utf8), lineNumber: offset + 1) {
                _ = JournalReplay.apply(written, line: offset + 1, to: &after, compactionPending: false)
            }
        }
        return restored
    }

    private enum Rebased {
        /// The data holds this version already.
        case present
        /// It fits as it is, or it conflicts and is kept to be shown.
        case asItWas
        case merged(JournalEntry)
    }

    /// The edit as it fits `data` now: as it was when it still fits, else merged with what changed since its base.
    private static func rebased(_ entry: JournalEntry, base: EntityValue?, onto data: LabData) -> Rebased {
        let current = data.value(entry.value.kind, entry.value.id)
        if current == entry.value { return .present }
        if current?.stamp.revision == entry.baseRevision { return .asItWas }
        let change = EntityChange(entry.value, basedOn: entry.baseRevision, base: base, merge: entry.merge)
        guard let merged = try? DataFolder.checkedEntry(for: change, in: data, author: entry.by, at: entry.at, edit: entry.edit) else {
            return .asItWas
        }
        return .merged(merged)
    }
}
