// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Two sites' versions of one data file (partners, projects or commitments) made one, against the
/// version both started from, as git's merge driver asks: entities by id, field by field, with the
/// rules of a single edit's merge (`FieldMerge`). An entity only one side changed takes that side's;
/// one both changed is merged field by field; a field both changed to different values is a
/// conflict, which holds their value until it is decided and is reported, never settled silently.
/// Two commitments made under one number are two commitments: ours is given the next free number.
public enum EntitySetMerge {
    /// One entity both sides changed in the same field, or a partner or project both made under one id.
    public struct Conflict: Sendable, Hashable {
        public let base: EntityValue?
        public let ours: EntityValue
        public let theirs: EntityValue
        /// The fields both changed differently; every field that differs for an id both made.
        public let fields: [FieldConflict]

        public var kind: EntityKind { ours.kind }
        public var id: String { ours.id }
    }

    /// A commitment ours made under a number theirs had made too, and the number it has now.
    public struct Renumbering: Sendable, Hashable {
        public let from: String
        public let to: String
    }

    public struct Outcome: Sendable {
        public let entities: [EntityValue]
        public let conflicts: [Conflict]
        public let renumbered: [Renumbering]
    }

    /// The entities in our order, then the ones only they have in theirs, then ours renumbered.
    public static func merge(base: [EntityValue], ours: [EntityValue], theirs: [EntityValue]) -> Outcome {
        let before = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByID = Dictionary(theirs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ourIDs = Set(ours.map(\.id))
        var merged: [EntityValue] = []
        var moved: [EntityValue] = []
        var conflicts: [Conflict] = []
        for mine in ours {
            guard let their = theirsByID[mine.id], their != mine else {
                merged.append(mine)
                continue
            }
            if before[mine.id] == nil, mine.kind == .commitment {
                merged.append(their)
                moved.append(mine)
                continue
            }
            let (value, conflict) = entity(base: before[mine.id], ours: mine, theirs: their)
            merged.append(value)
            if let conflict { conflicts.append(conflict) }
        }
        merged += theirs.filter { !ourIDs.contains($0.id) }
        var taken = Set(base.map(\.id)).union(ourIDs).union(theirsByID.keys)
        var renumbered: [Renumbering] = []
        for case .commitment(var commitment) in moved {
            let number = LabData.commitmentID(after: taken)
            taken.insert(number)
            renumbered.append(Renumbering(from: commitment.id, to: number))
            commitment.id = number
            merged.append(.commitment(commitment))
        }
        return Outcome(entities: merged, conflicts: conflicts, renumbered: renumbered)
    }

    private static func entity(base: EntityValue?, ours: EntityValue, theirs: EntityValue) -> (EntityValue, Conflict?) {
        guard let base else {
            // Both made a partner or project under one id (the same name): theirs is held, every field that differs asked.
            let fields = ours.changes(from: theirs).map { FieldConflict(key: $0.field, base: nil, theirs: $0.before, mine: $0.after) }
            return (theirs, Conflict(base: nil, ours: ours, theirs: theirs, fields: fields))
        }
        if ours == base { return (theirs, nil) }
        if theirs == base { return (ours, nil) }
        let outcome = FieldMerge.merge(base: base, theirs: theirs, mine: ours)
        let later = ours.stamp.updatedAt.text > theirs.stamp.updatedAt.text ? ours.stamp : theirs.stamp
        // Past both sides' revisions, so that an edit based on either is seen to be based on an older one.
        let stamp = Stamp(revision: max(ours.stamp.revision, theirs.stamp.revision) + 1, updatedAt: later.updatedAt, updatedBy: later.updatedBy)
        let value = FieldMerge.resolve(outcome, kind: ours.kind, choosing: [:], stamp: stamp) ?? theirs
        let conflict = outcome.conflicts.isEmpty ? nil
            : Conflict(base: base, ours: ours, theirs: theirs, fields: outcome.conflicts)
        return (value, conflict)
    }
}
