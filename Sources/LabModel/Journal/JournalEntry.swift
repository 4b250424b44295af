// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// One saved edit: its identity, who made it, when, to which entity, based on which revision, and
/// the whole new value of the entity. The journal is a file of these, one JSON object a line.
public struct JournalEntry: Sendable, Hashable {
    /// Unique to this edit and kept by every copy of its line (`EditID`).
    public var edit: String
    public var at: Timestamp
    public var by: String
    /// The revision the edit was based on; `nil` when it created the entity.
    public var baseRevision: Int?
    public var value: EntityValue
    /// When the edit was merged with one saved after the version its author started from: what was decided.
    public var merge: MergeRecord?
    /// The fields this edit erased on request (personal data), whose earlier values are gone from every file.
    public var erased: [String]
    /// Kept only in the history: the earlier value of each field the edit changed (`null` for a field
    /// that was left out), so that what the edit changed is said from its line alone, whatever else is read.
    public var was: [String: JSONValue]?

    public init(edit: String = EditID.make(), at: Timestamp, by: String, baseRevision: Int?, value: EntityValue,
                merge: MergeRecord? = nil, erased: [String] = [], was: [String: JSONValue]? = nil) {
        self.edit = edit
        self.at = at
        self.by = by
        self.baseRevision = baseRevision
        self.value = value
        self.merge = merge
        self.erased = erased
        self.was = was
    }

    /// The line as it is written: compact JSON with sorted keys, no line break inside.
    public var line: String {
        var builder = JSONObjectBuilder()
        builder.set("edit", .string(edit))
        builder.set("at", .string(at.text))
        builder.set("by", .string(by))
        builder.set("entity", .string(value.kind.rawValue))
        builder.set("id", .string(value.id))
        builder.set("baseRevision", baseRevision.map { .number(String($0)) } ?? .null)
        builder.set("value", value.json)
        builder.set("merge", merge?.json)
        builder.set("erased", erased.isEmpty ? nil : JSONValue(erased.map { JSONValue($0) }))
        builder.set("was", was.map { fields in .object(fields.keys.sorted().map { JSONMember($0, JSONNode(fields[$0]!)) }) })
        return JSONWriter.compact(builder.value)
    }
}

/// The kinds of entity an edit can change.
public enum EntityKind: String, Sendable, Hashable, CaseIterable {
    case partner, project, commitment
}

/// An entity of any kind, whole.
public enum EntityValue: Sendable, Hashable {
    case partner(Partner)
    case project(Project)
    case commitment(Commitment)

    public var kind: EntityKind {
        switch self {
        case .partner: .partner
        case .project: .project
        case .commitment: .commitment
        }
    }

    public var id: String {
        switch self {
        case .partner(let partner): partner.id
        case .project(let project): project.id
        case .commitment(let commitment): commitment.id
        }
    }

    public var stamp: Stamp {
        switch self {
        case .partner(let partner): partner.stamp
        case .project(let project): project.stamp
        case .commitment(let commitment): commitment.stamp
        }
    }

    /// The same entity with another stamp.
    public func stamped(_ stamp: Stamp) -> EntityValue {
        switch self {
        case .partner(var partner):
            partner.stamp = stamp
            return .partner(partner)
        case .project(var project):
            project.stamp = stamp
            return .project(project)
        case .commitment(var commitment):
            commitment.stamp = stamp
            return .commitment(commitment)
        }
    }

    var json: JSONValue {
        switch self {
        case .partner(let partner): partner.json
        case .project(let project): project.json
        case .commitment(let commitment): commitment.json
        }
    }
}

extension LabData {
    /// The entity of that kind and id as it is now.
    public func value(_ kind: EntityKind, _ id: String) -> EntityValue? {
        switch kind {
        case .partner: partner(id).map(EntityValue.partner)
        case .project: project(id).map(EntityValue.project)
        case .commitment: commitment(id).map(EntityValue.commitment)
        }
    }

    public mutating func put(_ value: EntityValue) {
        switch value {
        case .partner(let partner): put(partner)
        case .project(let project): put(project)
        case .commitment(let commitment): put(commitment)
        }
    }
}
