// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Who last changed an entity, when, and how many times it has been changed.
public struct Stamp: Sendable, Hashable {
    /// More edits than any entity will have, so that counting one more never overflows.
    public static let maximumRevision = 1_000_000_000

    public var revision: Int
    public var updatedAt: Timestamp
    public var updatedBy: String

    public init(revision: Int, updatedAt: Timestamp, updatedBy: String) {
        self.revision = revision
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

public struct Contact: Sendable, Hashable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

public struct Partner: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var scope: Scope
    public var sector: Sector
    public var kind: PartnerKind
    public var founding: Bool
    public var joined: Day
    public var contact: Contact?
    public var motives: [String]
    public var note: String?
    public var stamp: Stamp

    public init(id: String, name: String, scope: Scope, sector: Sector, kind: PartnerKind, founding: Bool,
                joined: Day, contact: Contact? = nil, motives: [String] = [], note: String? = nil, stamp: Stamp) {
        self.id = id
        self.name = name
        self.scope = scope
        self.sector = sector
        self.kind = kind
        self.founding = founding
        self.joined = joined
        self.contact = contact
        self.motives = motives
        self.note = note
        self.stamp = stamp
    }
}

public struct Goal: Sendable, Hashable {
    public var metric: String
    public var target: Quantity
    public var reached: Quantity

    public init(metric: String, target: Quantity, reached: Quantity) {
        self.metric = metric
        self.target = target
        self.reached = reached
    }
}

public struct Milestone: Sendable, Hashable {
    public var title: String
    public var due: Day
    public var done: Bool

    public init(title: String, due: Day, done: Bool) {
        self.title = title
        self.due = due
        self.done = done
    }
}

public struct StatusUpdate: Sendable, Hashable {
    public var at: Day
    public var by: String
    public var health: Health
    public var text: String

    public init(at: Day, by: String, health: Health, text: String) {
        self.at = at
        self.by = by
        self.health = health
        self.text = text
    }
}

public struct Project: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var summary: String
    public var targetGroup: String
    public var lead: String
    public var arrangement: String
    public var debtPhases: [String]
    public var stage: Stage
    public var health: Health
    public var started: Day
    public var goal: Goal?
    public var milestones: [Milestone]
    public var updates: [StatusUpdate]
    public var stamp: Stamp

    public init(id: String, name: String, summary: String, targetGroup: String, lead: String, arrangement: String,
                debtPhases: [String], stage: Stage, health: Health, started: Day, goal: Goal? = nil,
                milestones: [Milestone] = [], updates: [StatusUpdate] = [], stamp: Stamp) {
        self.id = id
        self.name = name
        self.summary = summary
        self.targetGroup = targetGroup
        self.lead = lead
        self.arrangement = arrangement
        self.debtPhases = debtPhases
        self.stage = stage
        self.health = health
        self.started = started
        self.goal = goal
        self.milestones = milestones
        self.updates = updates
        self.stamp = stamp
    }

    /// The most recent status update's day, if any.
    public var lastUpdate: Day? { updates.map(\.at).max() }
}

public struct Commitment: Sendable, Hashable, Identifiable {
    public var id: String
    public var partner: String
    /// `nil` means the lab's shared support.
    public var project: String?
    public var kind: CommitmentKind
    public var amount: Quantity
    public var unit: String
    public var valueEUR: Money
    public var from: Day
    public var until: Day?
    public var state: CommitmentState
    public var note: String?
    public var stamp: Stamp

    public init(id: String, partner: String, project: String?, kind: CommitmentKind, amount: Quantity, unit: String,
                valueEUR: Money, from: Day, until: Day? = nil, state: CommitmentState, note: String? = nil, stamp: Stamp) {
        self.id = id
        self.partner = partner
        self.project = project
        self.kind = kind
        self.amount = amount
        self.unit = unit
        self.valueEUR = valueEUR
        self.from = from
        self.until = until
        self.state = state
        self.note = note
        self.stamp = stamp
    }

    public var isSharedSupport: Bool { project == nil }
}

extension Project {
    /// The short form the name holds in brackets at its end (`Sociaal Hospitaal (SOHOS)`), if it has one.
    public var shortName: String? {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return nil }
        let inner = name[name.index(after: open)..<name.index(before: name.endIndex)]
        return inner.isEmpty || inner.contains(" ") ? nil : String(inner)
    }
}
