// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What changed in the lab since a day, as a lab meeting asks it: each entity edited since then once,
/// with what it was before the first of those edits and what it is now, who edited it and when last;
/// the status updates dated since then; and the commitments' totals then and now.
public struct ChangesSince: Sendable {
    /// How an entity stands against the day: made since, withdrawn since (having been in force), or otherwise changed.
    public enum Mark: Sendable, Hashable {
        case new, changed, withdrawn
    }

    public struct Entity: Sendable {
        public let now: EntityValue
        public let mark: Mark
        /// Each field from its value before the first edit since the day to its value now; empty for
        /// a new entity, and for one whose earlier version is not on record.
        public let changes: [FieldChange]
        public let lastEdit: Timestamp
        /// Who edited it since the day, in the order of their first edit.
        public let authors: [String]
    }

    public let since: Day
    /// Oldest last edit first.
    public let entities: [Entity]
    public let statusUpdates: [(project: Project, update: StatusUpdate)]
    /// The commitments' totals as they stood on the morning of `since`, worked out by taking back the edits since.
    public let totalsThen: EuroTotals
    public let totalsNow: EuroTotals

    /// What each entity edited since the day is marked with in a table, by id.
    public var marks: [String: Mark] {
        Dictionary(entities.map { ($0.now.id, $0.mark) }, uniquingKeysWith: { _, last in last })
    }

    public init(history: [HistoryItem], data: LabData, since: Day) {
        self.since = since
        let zone = LabTime.zone(of: data.lab)
        var order: [String] = []
        var gathered: [String: (items: [HistoryItem], first: HistoryItem)] = [:]
        for item in history where LabTime.day(of: item.entry.at, zone: zone) >= since {
            let key = item.entry.value.kind.rawValue + "/" + item.entry.value.id
            if gathered[key] == nil { order.append(key); gathered[key] = ([], item) }
            gathered[key]!.items.append(item)
        }
        var entities: [Entity] = []
        for key in order {
            guard let (items, first) = gathered[key], let last = items.last,
                  let now = data.value(last.entry.value.kind, last.entry.value.id) else { continue }
            let isNew = first.entry.baseRevision == nil
            let changes = isNew ? [] : Self.netChanges(items)
            let wasWithdrawn = changes.first { $0.field == "state" }.map { $0.before == .string(CommitmentState.withdrawn.rawValue) }
            let mark: Mark
            if isNew {
                mark = .new
            } else if case .commitment(let commitment) = now, commitment.state == .withdrawn, wasWithdrawn == false {
                mark = .withdrawn
            } else {
                mark = .changed
            }
            var authors: [String] = []
            for item in items where !authors.contains(item.entry.by) { authors.append(item.entry.by) }
            entities.append(Entity(now: now, mark: mark, changes: changes, lastEdit: last.entry.at, authors: authors))
        }
        self.entities = entities.sorted { (LabTime.seconds(of: $0.lastEdit) ?? 0) < (LabTime.seconds(of: $1.lastEdit) ?? 0) }
        statusUpdates = data.projects.flatMap { project in project.updates.filter { $0.at >= since }.map { (project, $0) } }
            .sorted { ($0.update.at, $0.project.name) < ($1.update.at, $1.project.name) }
        totalsNow = data.totalsByState()
        totalsThen = Self.totalsThen(data: data, entities: entities)
    }

    /// Each field's value before the first edit and after the last, where the edits on record say both.
    private static func netChanges(_ items: [HistoryItem]) -> [FieldChange] {
        var order: [String] = []
        var before: [String: JSONValue?] = [:], after: [String: JSONValue?] = [:]
        for change in items.flatMap({ $0.changes ?? [] }) {
            if before[change.field] == nil { order.append(change.field); before[change.field] = .some(change.before) }
            after[change.field] = .some(change.after)
        }
        return order.compactMap { field in
            let (was, now) = (before[field]!, after[field]!)
            return was == now ? nil : FieldChange(field: field, before: was, after: now)
        }
    }

    /// The totals without the commitments made since, and with the others' state and value taken back.
    private static func totalsThen(data: LabData, entities: [Entity]) -> EuroTotals {
        var edited: [String: Entity] = [:]
        for entity in entities where entity.now.kind == .commitment { edited[entity.now.id] = entity }
        let then = data.commitments.compactMap { commitment -> Commitment? in
            guard let entity = edited[commitment.id] else { return commitment }
            if entity.mark == .new { return nil }
            var earlier = commitment
            for change in entity.changes {
                switch (change.field, change.before) {
                case ("state", .string(let code)?): earlier.state = CommitmentState(rawValue: code) ?? earlier.state
                case ("valueEUR", .number(let text)?): earlier.valueEUR = Money(exactly: text) ?? earlier.valueEUR
                default: break
                }
            }
            return earlier
        }
        return EuroTotals(then)
    }
}
