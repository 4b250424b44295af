// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// What a synchronisation's commit says, from the journal in words: how many edits by whom, then
/// each entity and the fields changed, so that `git log` reads like the program's log.
enum CommitMessage {
    static let longestBody = 40

    static func local(_ folded: [DataFolder.FoldedEdit], files: [String], in language: Language) -> String {
        let nl = language == .nl
        guard !folded.isEmpty else {
            let named = files.count > 4 ? files.prefix(3).joined(separator: ", ") + (nl ? " en \(files.count - 3) meer" : " and \(files.count - 3) more")
                : files.joined(separator: ", ")
            return "schuldenlab: " + (nl ? "datamap bijgewerkt" : "data folder updated") + " (" + named + ")"
        }
        let people = Array(Set(folded.map(\.by))).sorted().joined(separator: ", ")
        let subject = nl ? "\(folded.count) \(folded.count == 1 ? "wijziging" : "wijzigingen") door \(people)"
            : "\(folded.count) \(folded.count == 1 ? "change" : "changes") by \(people)"
        var body = folded.prefix(longestBody).map { edit in
            let fields = edit.fields.isEmpty ? (nl ? "nieuw" : "new") : ChangeWording.fieldNames(edit.fields, of: edit.kind, in: language)
            return "- \(edit.kind.name(in: language)) \(edit.id): \(fields) (\(edit.by))"
        }
        if folded.count > longestBody { body.append(nl ? "- en \(folded.count - longestBody) meer" : "- and \(folded.count - longestBody) more") }
        return "schuldenlab: \(subject)\n\n" + body.joined(separator: "\n")
    }

    static func merge(_ outcome: FolderMerge.Outcome, remote: String, in language: Language) -> String {
        let nl = language == .nl
        var body = outcome.conflicts.map { (nl ? "- conflict: " : "- conflict: ") + $0.description(in: language) }
        body += outcome.renumbered.map { nl ? "- \($0.from) heet nu \($0.to)" : "- \($0.from) is now \($0.to)" }
        body += outcome.keptOurs.map { nl ? "- \($0): eigen versie gehouden" : "- \($0): this site's version kept" }
        let subject = "schuldenlab: " + (nl ? "samengevoegd met \(remote)" : "merged with \(remote)")
        return body.isEmpty ? subject : subject + "\n\n" + body.joined(separator: "\n")
    }
}
