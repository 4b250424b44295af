// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What one synchronisation did, to be said on the screen and by the command.
public struct SyncOutcome: Sendable {
    /// Edits of this site committed.
    public var committed = 0
    /// Edits sent to the server (committed now or by an earlier sync that could not send them).
    public var sent = 0
    /// Edits of others taken in.
    public var received = 0
    public var pushed = false
    /// Conflicts this synchronisation found (each also in `conflicts.jsonl`).
    public var conflicts: [SyncConflict] = []
    public var renumbered: [EntitySetMerge.Renumbering] = []
    /// Files both sides changed where this site's version was kept (lab.json).
    public var keptOurs: [String] = []
    /// The folder has no remote: the edits were committed here only.
    public var noRemote = false
    /// Why the remote could not be reached; nothing local was lost and the next sync tries again.
    public var unreachable: String?
    /// What arrived and was not taken in.
    public var refused: SyncRefusal?
    public var status = SyncStatus()

    public init() {}

    /// Whether everything was exchanged both ways.
    public var isComplete: Bool { !noRemote && unreachable == nil && refused == nil }

    /// One line for the status line: "Gesynchroniseerd: 3 verstuurd, 2 ontvangen; 1 conflict".
    public func summary(in language: Language) -> String {
        let nl = language == .nl
        var parts: [String] = []
        if let refused { return (nl ? "Niet overgenomen van de server: " : "Refused from the server: ") + refused.description(in: language) }
        if let unreachable {
            return (nl ? "Server niet bereikbaar (\(unreachable)); alles blijft hier bewaard, de volgende sync probeert opnieuw"
                    : "Server unreachable (\(unreachable)); everything is kept here, the next sync tries again")
        }
        if noRemote {
            return nl ? "Geen server ingesteld: \(committed) \(committed == 1 ? "wijziging" : "wijzigingen") hier vastgelegd"
                : "No server set: \(committed) \(committed == 1 ? "change" : "changes") committed here"
        }
        parts.append(nl ? "\(sent) \(sent == 1 ? "wijziging" : "wijzigingen") verstuurd, \(received) ontvangen"
                     : "\(sent) \(sent == 1 ? "change" : "changes") sent, \(received) received")
        if !conflicts.isEmpty {
            parts.append(nl ? "\(conflicts.count) \(conflicts.count == 1 ? "conflict" : "conflicten") te beslissen (:beslis)"
                         : "\(conflicts.count) \(conflicts.count == 1 ? "conflict" : "conflicts") to decide (:decide)")
        }
        for number in renumbered {
            parts.append(nl ? "\(number.from) heet nu \(number.to) (het nummer was elders al gebruikt)"
                         : "\(number.from) is now \(number.to) (the number was used elsewhere)")
        }
        for file in keptOurs { parts.append(nl ? "\(file): beide kanten gewijzigd, de eigen versie gehouden" : "\(file): changed on both sides, this site's kept") }
        return (nl ? "Gesynchroniseerd: " : "Synchronised: ") + parts.joined(separator: "; ")
    }
}

/// Where this site stands against the server, as far as the last fetch knows, without asking it.
public struct SyncStatus: Sendable, Hashable {
    public var isRepository = false
    public var hasRemote = false
    /// Commits here that the server does not have yet.
    public var ahead = 0
    /// Commits on the server (at the last fetch) that are not here yet.
    public var behind = 0
    /// Edits saved since the last sync, in the journal, not yet committed.
    public var unsent = 0
    public var lastSync: Timestamp?

    public init() {}
}

/// Why a synchronisation could not run, in words: what the program shows.
public struct SyncProblem: Error, Sendable, Hashable {
    public let text: LocalizedText

    public init(_ text: LocalizedText) {
        self.text = text
    }
}

/// Something that arrived from the remote and was not taken in: the commit, the file and the place.
public struct SyncRefusal: Sendable, Hashable {
    public let commit: String
    public let problem: Problem

    public init(commit: String, problem: Problem) {
        self.commit = commit
        self.problem = problem
    }

    public func description(in language: Language) -> String {
        "commit \(commit): " + problem.rendered(in: language)
    }
}
