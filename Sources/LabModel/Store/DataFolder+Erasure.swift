// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

extension DataFolder {
    /// Erases a partner's contact on request (the right to erasure, AVG/GDPR article 17): under the
    /// exclusive lock it saves an edit that removes the contact and says an erasure took place, folds
    /// the journal into the files, and rewrites history.jsonl with the contact taken out of every
    /// earlier version of the partner. Running it again finishes an erasure that was cut short.
    public func eraseContact(of partnerID: String, author: String, now: Date = Date()) throws(EditFailure) -> (erased: Int, entry: JournalEntry?) {
        let lock = try exclusiveLock()
        defer { withExtendedLifetime(lock) {} }
        var (session, report) = FolderSession.read(self, keepingHistory: false)
        guard let read = session, report.problems.isEmpty else { throw .folderUnusable(report) }
        guard var partner = read.data.partner(partnerID) else { throw .notFound(.partner, partnerID) }
        var entry: JournalEntry?
        if partner.contact != nil {
            let revision = partner.stamp.revision
            partner.contact = nil
            var erasure = try Self.checkedEntry(for: EntityChange(.partner(partner), basedOn: revision), in: read.data, author: author, now: now)
            erasure.erased = ["contact"]
            try append(erasure)
            entry = erasure
            (session, report) = FolderSession.read(self, keepingHistory: false)
        }
        guard var folding = session, report.problems.isEmpty else { throw .folderUnusable(report) }
        _ = try folding.foldUnlocked()
        return (try scrubHistory(ofPartner: partnerID), entry)
    }

    /// Takes the contact out of every version of the partner that the history keeps (history.jsonl
    /// and each segment); returns how many.
    private func scrubHistory(ofPartner partnerID: String) throws(EditFailure) -> Int {
        var scrubbed = 0
        for name in HistorySegments.names(in: path).names {
            scrubbed += try scrub(name, ofPartner: partnerID)
        }
        return scrubbed
    }

    private func scrub(_ name: String, ofPartner partnerID: String) throws(EditFailure) -> Int {
        let file = path + "/" + name
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(file)
        } catch {
            if case .missing = error { return 0 }
            throw .cannotWrite(WriteFailure(path: file, reason: "\(error)"))
        }
        var scrubbed = 0
        let needle = ByteSearch(Array(("\"" + partnerID + "\"").utf8))
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line -> String in
            guard needle.isFound(in: line),
                  case .success(var entry) = JournalReader.entry(from: Array(line), lineNumber: 1) else {
                return String(decoding: line, as: UTF8.self)
            }
            let value = Self.withoutContact(entry.value, of: partnerID)
            let keptEarlier = entry.value.kind == .partner && entry.value.id == partnerID && entry.was?["contact"].map { $0 != .null } == true
            guard value != nil || keptEarlier else { return String(decoding: line, as: UTF8.self) }
            entry.value = value ?? entry.value
            if keptEarlier { entry.was?.removeValue(forKey: "contact") }
            scrubbed += 1
            return entry.line
        }
        guard scrubbed > 0 else { return 0 }
        do {
            try AtomicFile.write(lines.joined(separator: "\n"), to: file)
        } catch {
            throw .cannotWrite(error)
        }
        return scrubbed
    }

    /// The partner's version without its contact; `nil` when `value` is another entity or holds no contact.
    private static func withoutContact(_ value: EntityValue, of partnerID: String) -> EntityValue? {
        guard case .partner(var partner) = value, partner.id == partnerID, partner.contact != nil else { return nil }
        partner.contact = nil
        return .partner(partner)
    }
}
