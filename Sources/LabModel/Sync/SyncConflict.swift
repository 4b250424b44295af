// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A field (or more) that two sites changed to different values before they synchronised: the
/// version they both started from, the site's version whose values the merge holds in those fields
/// until someone decides, and the other site's, each as its author saved it.
/// It is kept in `conflicts.jsonl`, shared with every site, until a decision line names it.
public struct SyncConflict: Sendable, Hashable {
    /// The same at every site that finds the same conflict, so that two records of it merge into one.
    public let id: String
    public let at: Timestamp
    /// `nil` when both sites made an entity under one id.
    public let base: EntityValue?
    public let held: EntityValue
    public let other: EntityValue
    public let fields: [String]

    public var kind: EntityKind { held.kind }
    public var entityID: String { held.id }

    public init(id: String, at: Timestamp, base: EntityValue?, held: EntityValue, other: EntityValue, fields: [String]) {
        self.id = id
        self.at = at
        self.base = base
        self.held = held
        self.other = other
        self.fields = fields
    }

    /// The conflict a merge of `ours` and `theirs` found; the merge holds their values until it is decided.
    public static func found(base: EntityValue?, ours: EntityValue, theirs: EntityValue, fields: [String]) -> SyncConflict {
        let at = ours.stamp.updatedAt.text > theirs.stamp.updatedAt.text ? ours.stamp.updatedAt : theirs.stamp.updatedAt
        // Both versions in a fixed order: whichever site merges, the id is the same.
        let versions = [ours.json, theirs.json].map(JSONWriter.compact).sorted()
        let id = "k-" + EditID.hash(Array((versions + fields).joined(separator: "\n").utf8))
        return SyncConflict(id: id, at: at, base: base, held: theirs, other: ours, fields: fields)
    }

    /// The record as `conflicts.jsonl` keeps it, one line.
    public var line: String {
        var builder = JSONObjectBuilder()
        builder.set("conflict", .string(id))
        builder.set("at", .string(at.text))
        builder.set("entity", .string(kind.rawValue))
        builder.set("id", .string(entityID))
        builder.set("fields", JSONValue(fields.map { JSONValue($0) }))
        builder.set("base", base?.json ?? .null)
        builder.set("held", held.json)
        builder.set("other", other.json)
        return JSONWriter.compact(builder.value)
    }

    /// As `check` lists it until it is decided.
    public var problem: Problem {
        Problem(file: ConflictsFile.fileName, kind: .described(LocalizedText(
            nl: description(in: .nl) + ": beide kanten wijzigden dit; nog niet beslist (beslis in het programma met :beslis)",
            en: description(in: .en) + ": both sides changed this; not decided yet (decide in the program with :decide)")))
    }

    /// The words for it: "c-0021: status, periode (kees en anna)".
    public func description(in language: Language) -> String {
        let names = ChangeWording.fieldNames(fields, of: kind, in: language)
        let (first, second) = (held.stamp.updatedBy, other.stamp.updatedBy)
        let people = first == second ? first : first + (language == .nl ? " en " : " and ") + second
        return "\(entityID): \(names) (\(people))"
    }
}

/// Someone decided a conflict: after this line it is no longer open.
public struct SyncDecision: Sendable, Hashable {
    public let conflict: String
    public let at: Timestamp
    public let by: String

    public init(conflict: String, at: Timestamp, by: String) {
        self.conflict = conflict
        self.at = at
        self.by = by
    }

    public var line: String {
        var builder = JSONObjectBuilder()
        builder.set("decision", .string(conflict))
        builder.set("at", .string(at.text))
        builder.set("by", .string(by))
        return JSONWriter.compact(builder.value)
    }
}
