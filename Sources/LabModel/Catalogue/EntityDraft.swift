// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// An entity being made or changed from typed fields: its JSON, with each typed value laid over it
/// by the field catalogue, then read back through the same reader as the files, so that what a form
/// or a command saves is checked exactly as a file is.
public struct EntityDraft: Sendable {
    public let kind: EntityKind
    private var members: [String: JSONValue]
    /// What was typed that could not be taken, by field.
    public private(set) var problems: [FieldProblem] = []

    /// A draft of a new entity (`nil`), or of a change to `value`.
    public init(kind: EntityKind, from value: EntityValue?) {
        self.kind = kind
        members = value?.fieldValues ?? [:]
    }

    public func value(_ key: String) -> JSONValue? { members[key] }

    public mutating func set(_ key: String, _ value: JSONValue?) {
        members[key] = value
    }

    /// Takes what was typed for the field at `path`: `["amount"]`, or `["contact", "email"]` for a part
    /// of a group. A group whose parts are all left empty is left out (a contact erased).
    public mutating func type(_ text: String, into path: [String], context: NumberContext, in data: LabData) {
        guard let (field, owner) = FieldCatalogue.field(at: path, of: kind) else { return }
        guard let owner, case .group(let parts) = owner.shape else {
            switch FieldInput.value(text, for: field, context: context, in: data) {
            case .success(let value): members[field.key] = value
            case .failure(let problem): problems.append(FieldProblem(path: [field.key], kind: problem))
            }
            return
        }
        var group: [String: JSONValue] = [:]
        if case .object(let existing)? = members[owner.key] {
            for member in existing { group[member.key] = member.value.value }
        }
        if text.trimmingSpaces().isEmpty {
            group[field.key] = nil
        } else {
            switch FieldInput.value(text, for: field, context: context, in: data) {
            case .success(let value): group[field.key] = value
            case .failure(let problem): problems.append(FieldProblem(path: path, kind: problem))
            }
        }
        members[owner.key] = group.isEmpty ? nil : .object(parts.compactMap { part in group[part.key].map { JSONMember(part.key, JSONNode($0)) } })
    }

    public mutating func report(_ kind: ProblemKind, on key: String) {
        problems.append(FieldProblem(path: [key], kind: kind))
    }

    /// The entity with `stamp`, read back as the files are read; else every problem, by field.
    public func entity(stamp: Stamp) -> Result<EntityValue, FieldProblems> {
        guard problems.isEmpty else { return .failure(FieldProblems(problems)) }
        var json = members
        json["revision"] = .number(String(stamp.revision))
        json["updatedAt"] = .string(stamp.updatedAt.text)
        json["updatedBy"] = .string(stamp.updatedBy)
        let keys = FieldCatalogue.fields(of: kind).map(\.key) + FieldCatalogue.stampKeys
        let object = JSONValue.object(keys.compactMap { key in json[key].map { JSONMember(key, JSONNode($0)) } })
        switch EntityValue.read(kind, from: object) {
        case .success(let value): return .success(value)
        case .failure(let found):
            return .failure(FieldProblems(found.problems.map { problem in
                let path = problem.path?.components.keys ?? []
                // A part of a group left empty is said at that part: `contact.email` must not be empty.
                if case .missingField(let key) = problem.kind { return FieldProblem(path: path + [key], kind: .emptyText) }
                return FieldProblem(path: path, kind: problem.kind)
            }))
        }
    }
}

public struct FieldProblems: Error, Sendable, Hashable {
    public let problems: [FieldProblem]

    public init(_ problems: [FieldProblem]) {
        self.problems = problems
    }
}

/// Problems found reading one entity's JSON.
public struct EntityProblems: Error, Sendable, Hashable {
    public let problems: [Problem]
}

/// What is wrong with one field of a draft: `["amount"]`, or `["contact", "email"]`.
public struct FieldProblem: Sendable, Hashable {
    public let path: [String]
    public let kind: ProblemKind

    public init(path: [String], kind: ProblemKind) {
        self.path = path
        self.kind = kind
    }
}

extension EntityValue {
    /// The fields as the files hold them, by key, without the stamp.
    public var fieldValues: [String: JSONValue] {
        guard case .object(let list) = json else { return [:] }
        var values: [String: JSONValue] = [:]
        for member in list where !FieldCatalogue.stampKeys.contains(member.key) { values[member.key] = member.value.value }
        return values
    }

    /// Reads an entity of `kind` from its JSON, with the checks of the files.
    public static func read(_ kind: EntityKind, from json: JSONValue) -> Result<EntityValue, EntityProblems> {
        let sink = ProblemSink(file: kind.fileName, lineIndex: nil)
        guard let reader = ObjectReader(JSONNode(json), path: .root, sink: sink) else { return .failure(EntityProblems(problems: sink.problems)) }
        guard let value = read(kind, from: reader), sink.problems.isEmpty else { return .failure(EntityProblems(problems: sink.problems)) }
        return .success(value)
    }

    /// Reads an entity of `kind` with `reader`, which reports what is wrong.
    static func read(_ kind: EntityKind, from reader: ObjectReader) -> EntityValue? {
        switch kind {
        case .partner: Partner.read(from: reader).map(EntityValue.partner)
        case .project: Project.read(from: reader).map(EntityValue.project)
        case .commitment: Commitment.read(from: reader).map(EntityValue.commitment)
        }
    }
}

extension EntityKind {
    public var fileName: String { DataFile(self).fileName }
}
