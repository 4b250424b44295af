// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// What importing a sheet would do, row by row: each row read as a form would read it, matched to an
/// entity already there (by id, else by what identifies it), and said as added, changed, unchanged or
/// refused with its problems by column. Nothing is written here; `changes` is what a commit saves.
public struct ImportPlan: Sendable {
    public let sheet: Sheet
    public let columns: SheetColumns
    public private(set) var rows: [ImportRow] = []
    /// Partners and projects that rows name and the folder lacks, made when asked to: partners first.
    public private(set) var created: [EntityValue] = []

    public var refusedRows: [ImportRow] { rows.filter { if case .refused = $0.outcome { true } else { false } } }

    /// The edits to save, in the order of the rows: the partners made first, as the rows need them.
    public var changes: [EntityChange] {
        created.map { EntityChange($0, basedOn: nil) } + rows.compactMap { row in
            switch row.outcome {
            case .added(let value): EntityChange(value, basedOn: nil)
            case .changed(let value, let was): EntityChange(value, basedOn: was.stamp.revision, base: was)
            case .unchanged, .refused, .empty: nil
            }
        }
    }

    public init(sheet: Sheet, columns: SheetColumns, in data: LabData, creatingMissing: Bool, author: String) {
        self.sheet = sheet
        self.columns = columns
        var working = data
        if creatingMissing {
            createMissing(.partner, in: &working, author: author)
            createMissing(.project, in: &working, author: author)
        }
        var claimed: [String: Int] = [:]
        for row in sheet.rows.dropFirst(columns.headerIndex + 1) {
            let outcome = row.isEmpty ? .empty : plan(row, in: working, author: author)
            switch outcome {
            case .added(let value), .changed(let value, _), .unchanged(let value):
                if let first = claimed[value.id] {
                    rows.append(ImportRow(number: row.number, outcome: .refused([CellProblem(column: nil, kind: .sameEntity(asRow: first))])))
                    continue
                }
                claimed[value.id] = row.number
                working.put(value)
            case .refused, .empty: break
            }
            rows.append(ImportRow(number: row.number, outcome: outcome))
        }
    }

    private func plan(_ row: SheetRow, in data: LabData, author: String) -> ImportOutcome {
        let kind = columns.kind
        let typed = columns.fields.sorted { $0.key < $1.key }.compactMap { column, path -> EntityEdit.Typed? in
            guard let field = FieldCatalogue.field(at: path, of: kind)?.field,
                  let text = SheetCellText.text(row[column], for: field, language: columns.language) else { return nil }
            return EntityEdit.Typed(path, text)
        }
        let stamp = Self.newStamp(by: author)
        let context = NumberContext.form(columns.language)
        let given = typed.first { $0.path == ["id"] }?.text
        var existing = given.flatMap { data.value(kind, $0) }
        let newID = given ?? Self.newID(kind, typed: typed, in: data)
        let asNew = EntityEdit.make(kind, existing: nil, newID: newID, typed: NewEntityDefaults.typed(kind, in: data, besides: typed) + typed,
                                    context: context, in: data, stamp: stamp)
        if existing == nil, given == nil, case .success(let value) = asNew { existing = Self.sameEntity(as: value, in: data, columns: columns) }
        guard let existing else { return outcome(of: asNew, was: nil) }
        return outcome(of: EntityEdit.make(kind, existing: existing, typed: typed.filter { $0.path != ["id"] }, context: context, in: data, stamp: stamp),
                       was: existing)
    }

    private func outcome(of result: Result<EntityValue, FieldProblems>, was: EntityValue?) -> ImportOutcome {
        switch result {
        case .failure(let problems):
            return .refused(problems.problems.map { problem in
                CellProblem(column: columns.column(of: problem.path) ?? problem.path.first.flatMap { columns.column(of: [$0]) },
                            kind: .field(problem.path, problem.kind))
            })
        case .success(let value):
            guard let was else { return .added(value) }
            return value.changes(from: was).isEmpty ? .unchanged(was) : .changed(value, was: was)
        }
    }

    /// The entity already in the folder that a row without an id describes: a commitment by its
    /// partner, project, kind and (where the sheet gives it) period; a partner or project by its name.
    private static func sameEntity(as value: EntityValue, in data: LabData, columns: SheetColumns) -> EntityValue? {
        switch value {
        case .commitment(let new):
            let periodGiven = (columns.column(of: ["from"]) != nil, columns.column(of: ["until"]) != nil)
            return data.commitments.first { old in
                old.partner == new.partner && old.project == new.project && old.kind == new.kind
                    && (!periodGiven.0 || old.from == new.from) && (!periodGiven.1 || old.until == new.until)
            }.map(EntityValue.commitment)
        case .partner(let new):
            return data.partners.first { MatchKey($0.name) == MatchKey(new.name) }.map(EntityValue.partner)
        case .project(let new):
            return data.projects.first { MatchKey($0.name) == MatchKey(new.name) }.map(EntityValue.project)
        }
    }

    private static func newID(_ kind: EntityKind, typed: [EntityEdit.Typed], in data: LabData) -> String {
        if kind == .commitment { return data.nextCommitmentID }
        let name = typed.first { $0.path == ["name"] }?.text ?? ""
        return Slug.make(from: name, fallback: kind.rawValue) { data.value(kind, $0) != nil }
    }

    /// The stamp a planned new entity is read with; saving it stamps it anew.
    private static func newStamp(by author: String) -> Stamp {
        Stamp(revision: 1, updatedAt: Timestamp(Date(timeIntervalSince1970: 0)), updatedBy: author)
    }

    /// Adds an entity of `kind` for every name in a column that refers to one of that kind and matches none,
    /// with the defaults of a new one and what the row says of it.
    private mutating func createMissing(_ kind: EntityKind, in data: inout LabData, author: String) {
        let referring = columns.fields.sorted { $0.key < $1.key }.compactMap { column, path -> (Int, FieldDescriptor)? in
            guard path.count == 1, let field = FieldCatalogue.field(path[0], of: columns.kind), field.shape == .reference(kind) else { return nil }
            return (column, field)
        }
        let context = NumberContext.form(columns.language)
        let stamp = Self.newStamp(by: author)
        for row in sheet.rows.dropFirst(columns.headerIndex + 1) {
            for (column, field) in referring {
                guard let name = SheetCellText.text(row[column], for: field, language: columns.language),
                      case .failure(.unknownReference) = FieldInput.value(name, for: field, context: context, in: data) else { continue }
                let id = Slug.make(from: name, fallback: kind.rawValue) { data.value(kind, $0) != nil }
                let typed = [EntityEdit.Typed(["name"], name)] + placeholders(kind, for: row, in: data)
                guard case .success(let value) = EntityEdit.make(kind, existing: nil, newID: id, typed: NewEntityDefaults.typed(kind, in: data, besides: typed) + typed,
                                                                 context: context, in: data, stamp: stamp) else { continue }
                created.append(value)
                data.put(value)
            }
        }
    }

    /// What a made partner or project needs and no sheet says: who they are is for a person to fill in
    /// afterwards (the import says so). A project is led by the row's partner, in the lab's first arrangement.
    private func placeholders(_ kind: EntityKind, for row: SheetRow, in data: LabData) -> [EntityEdit.Typed] {
        switch kind {
        case .partner:
            return [(["scope"], Scope.local.rawValue), (["sector"], Sector.private.rawValue), (["kind"], PartnerKind.other.rawValue)].map(EntityEdit.Typed.init)
        case .project:
            let partnerField = FieldCatalogue.field("partner", of: .commitment)
            let lead = columns.column(of: ["partner"]).flatMap { column in partnerField.flatMap { SheetCellText.text(row[column], for: $0, language: columns.language) } }
            return [lead.map { EntityEdit.Typed(["lead"], $0) }, data.lab.arrangements.first.map { EntityEdit.Typed(["arrangement"], $0.id) }].compactMap { $0 }
        case .commitment:
            return []
        }
    }
}

public struct ImportRow: Sendable {
    /// The row's number in the sheet.
    public let number: Int
    public let outcome: ImportOutcome
}

public enum ImportOutcome: Sendable {
    case added(EntityValue)
    case changed(EntityValue, was: EntityValue)
    case unchanged(EntityValue)
    case refused([CellProblem])
    case empty
}

/// A problem of one row, in the column it came from (`nil` when no column gives the field).
public struct CellProblem: Sendable, Hashable {
    public let column: Int?
    public let kind: Kind

    public enum Kind: Sendable, Hashable {
        case field([String], ProblemKind)
        case sameEntity(asRow: Int)
    }
}
