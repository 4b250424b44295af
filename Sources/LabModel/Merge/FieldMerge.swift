// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Which side of a conflict a field's value is taken from.
public enum MergeSide: String, Sendable, Hashable, CaseIterable {
    /// The version someone else saved meanwhile.
    case theirs
    /// The edit being saved.
    case mine
}

/// A field both sides changed, to different values.
public struct FieldConflict: Sendable, Hashable {
    public let key: String
    public let base: JSONValue?
    public let theirs: JSONValue?
    public let mine: JSONValue?

    public init(key: String, base: JSONValue?, theirs: JSONValue?, mine: JSONValue?) {
        self.key = key
        self.base = base
        self.theirs = theirs
        self.mine = mine
    }
}

/// What a merge of an edit with a version saved meanwhile gives.
public struct MergeOutcome: Sendable, Hashable {
    /// The fields as merged; a conflicting field holds their value until it is decided.
    public let fields: [String: JSONValue]
    /// The fields taken from their version because only they changed them.
    public let keptTheirs: [String]
    public let conflicts: [FieldConflict]
}

/// Merges an edit field by field with the version someone else saved after the edit's base: a field
/// only one side changed takes that side's value, a list of status updates or milestones keeps what
/// each side added, and only a field both changed to different values is a conflict.
public enum FieldMerge {
    public static func merge(base: EntityValue, theirs: EntityValue, mine: EntityValue) -> MergeOutcome {
        let (old, their, my) = (base.fieldValues, theirs.fieldValues, mine.fieldValues)
        var merged: [String: JSONValue] = [:]
        var kept: [String] = []
        var conflicts: [FieldConflict] = []
        for field in FieldCatalogue.fields(of: base.kind) {
            let key = field.key
            let (b, t, m) = (old[key], their[key], my[key])
            if m == b || m == t {
                merged[key] = t
                if t != b, m != t { kept.append(key) }
            } else if t == b {
                merged[key] = m
            } else if case .list = field.shape, let union = appended(base: b, theirs: t, mine: m) {
                merged[key] = union
                kept.append(key)
            } else {
                merged[key] = t
                conflicts.append(FieldConflict(key: key, base: b, theirs: t, mine: m))
            }
        }
        // A value in euros follows its amount: it is never a question of its own.
        if base.kind == .commitment, merged["unit"] == .string(MeasureUnit.euro.code) {
            conflicts.removeAll { $0.key == "valueEUR" }
            merged["valueEUR"] = merged["amount"]
        }
        return MergeOutcome(fields: merged, keptTheirs: kept, conflicts: conflicts)
    }

    /// Their list with what mine added after it, when each side only added to the base list.
    private static func appended(base: JSONValue?, theirs: JSONValue?, mine: JSONValue?) -> JSONValue? {
        func items(_ value: JSONValue?) -> [JSONValue]? {
            guard let value else { return [] }
            guard case .array(let nodes) = value else { return nil }
            return nodes.map(\.value)
        }
        guard let old = items(base), let their = items(theirs), let my = items(mine),
              their.starts(with: old), my.starts(with: old) else { return nil }
        let added = my.dropFirst(old.count).filter { !their.contains($0) }
        return .array((their + added).map { JSONNode($0) })
    }

    /// The merged entity, with the conflicting fields taken from the side chosen for each (their
    /// value where none is chosen), stamped like their version; `nil` if it does not read back.
    public static func resolve(_ outcome: MergeOutcome, kind: EntityKind, choosing choices: [String: MergeSide],
                               stamp: Stamp) -> EntityValue? {
        var draft = EntityDraft(kind: kind, from: nil)
        for (key, value) in outcome.fields { draft.set(key, value) }
        for conflict in outcome.conflicts where choices[conflict.key] == .mine { draft.set(conflict.key, conflict.mine) }
        if kind == .commitment, draft.value("unit") == .string(MeasureUnit.euro.code) { draft.set("valueEUR", draft.value("amount")) }
        return try? draft.entity(stamp: stamp).get()
    }
}

/// What the journal keeps of a merge: the revision the author started from, the fields kept from the
/// version saved meanwhile, and which side was chosen for each field both had changed.
public struct MergeRecord: Sendable, Hashable {
    public var basedOn: Int
    public var keptTheirs: [String]
    public var chosen: [String: MergeSide]

    public init(basedOn: Int, keptTheirs: [String], chosen: [String: MergeSide] = [:]) {
        self.basedOn = basedOn
        self.keptTheirs = keptTheirs
        self.chosen = chosen
    }
}
