// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Why an edit was not saved, in words: one reason for the status line, and the lines a command prints.
/// The program and the commands both say it from here.
extension EditFailure {
    /// The reason in one line, without "nothing was saved": `de map is vergrendeld door een ander proces …`.
    /// `data` is the folder as the edit found it, to suggest ids and name values; `nil` when it was not read.
    public func reason(in language: Language, data: LabData?) -> String {
        let nl = language == .nl
        switch self {
        case .folderUnusable(let report):
            return report.problems.first?.rendered(in: language) ?? (nl ? "de datamap is niet in orde" : "the data folder is not in order")
        case .lockTimedOut:
            let seconds = NumberFormat.decimal(FolderLock.patience, digits: FolderLock.patience == FolderLock.patience.rounded() ? 0 : 1, in: language)
            return nl ? "de datamap is al langer dan \(seconds) s vergrendeld door een ander proces (journal.lock); "
                + "in de map laat 'fuser -v journal.lock' zien welk proces het is"
                : "the data folder has been locked by another process (journal.lock) for more than \(seconds) s; "
                + "in the folder, 'fuser -v journal.lock' shows which process it is"
        case .cannotLock(let reason):
            return nl ? "kan de datamap niet vergrendelen (\(reason))" : "cannot lock the data folder (\(reason))"
        case .conflict(let current, let fields):
            let stamp = current.stamp
            let what = "\(current.kind.name(in: language)) \(current.id)"
            let who = "\(stamp.updatedBy.visible) (\(stamp.updatedAt), \(nl ? "revisie" : "revision") \(stamp.revision))"
            let names = ChangeWording.fieldNames(fields.map(\.key), of: current.kind, in: language)
            return (nl ? "\(what) is intussen gewijzigd door \(who)" : "\(what) was changed meanwhile by \(who)")
                + (names.isEmpty ? "" : nl ? ", ook in: \(names)" : ", also in: \(names)")
        case .alreadyExists(let kind, let id):
            return nl ? "\(kind.name(in: language)) \"\(id.visible)\" bestaat al" : "\(kind.name(in: language)) \"\(id.visible)\" already exists"
        case .notFound(let kind, let id):
            let known = data.map { FieldInput.suggestions(for: id, of: kind, in: $0) } ?? []
            return (nl ? "\(kind.name(in: language)) \"\(id.visible)\" bestaat niet" : "\(kind.name(in: language)) \"\(id.visible)\" does not exist")
                + (known.isEmpty ? "" : (nl ? "; bedoelt u: " : "; did you mean: ") + known.joined(separator: ", ") + "?")
        case .invalid(let problems):
            return problems.first?.kind.message(in: language) ?? ""
        case .readOnly:
            return nl ? "hier kan alleen gelezen worden (het ingebouwde voorbeeld of --read-only)"
                : "this can only be read here (the built-in sample, or --read-only)"
        case .cannotWrite(let failure):
            return nl ? "kan niet schrijven: \(failure.path.visible): \(failure.reason)" : "cannot write: \(failure.path.visible): \(failure.reason)"
        }
    }
}
