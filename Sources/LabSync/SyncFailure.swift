// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Why a synchronisation could not run at all; nothing was changed.
public enum SyncFailure: Error, Sendable {
    case notARepository(String)
    case busy
    case mergeUnderWay
    case folder(EditFailure)
    case git(Git.Failure)
    /// The server holds the history of another data folder: merging would take every entity as made twice.
    case unrelatedServer(String)
    /// The repository is set up without contacts (`--no-contacts`) and these partners have one.
    case contactsKept([String])

    /// What the program says.
    public var problem: SyncProblem { SyncProblem(LocalizedText(nl: description(in: .nl), en: description(in: .en))) }

    public func description(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .notARepository(let folder):
            return nl ? "\(folder) is geen git-repository; maak er een met `schuldenlab sync --setup SERVER`"
                : "\(folder) is not a git repository; make it one with `schuldenlab sync --setup REMOTE`"
        case .busy: return nl ? "er loopt al een synchronisatie van deze map" : "a synchronisation of this folder is already running"
        case .mergeUnderWay:
            return nl ? "er staat een git-merge open in de map; maak die af of breek hem af (git merge --abort)"
                : "a git merge is under way in the folder; finish it or abort it (git merge --abort)"
        case .folder(let failure): return failure.reason(in: language, data: nil)
        case .git(let failure): return "\(failure.command): \(failure.summary)"
        case .unrelatedServer(let folder):
            return nl ? "de server bewaart een andere datamap, die niets met \(folder) deelt; kloon hem in een nieuwe map met "
                + "`schuldenlab sync --setup SERVER --data NIEUWE-MAP`" : "the server keeps another data folder, which shares nothing with \(folder); "
                + "clone it into a new folder with `schuldenlab sync --setup REMOTE --data NEW-FOLDER`"
        case .contactsKept(let partners):
            let named = partners.prefix(3).joined(separator: ", ") + (partners.count > 3 ? (nl ? " en \(partners.count - 3) meer" : " and \(partners.count - 3) more") : "")
            return nl ? "niets verstuurd: deze repository is ingesteld zonder contactgegevens, maar \(named) \(partners.count == 1 ? "heeft er" : "hebben er"); "
                + "bewaar ze elders en wis ze hier met `schuldenlab forget partner ID`"
                : "nothing sent: this repository is set up without contacts, but \(named) \(partners.count == 1 ? "has one" : "have them"); "
                + "keep them elsewhere and erase them here with `schuldenlab forget partner ID`"
        }
    }
}
