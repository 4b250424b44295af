// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// An import said in words: each row with what it would do, each problem with its row, column and
/// header, and what to do about headers that name no field.
public enum ImportWording {
    public static func rowLine(_ row: ImportRow, in plan: ImportPlan, data: LabData, language: Language) -> String {
        let nl = language == .nl
        let start = (nl ? "rij " : "row ") + String(row.number) + ": "
        switch row.outcome {
        case .added(let value):
            return start + (nl ? "nieuw: " : "new: ") + described(value, data: data, language: language)
        case .changed(let value, let was):
            let phrases = ChangeWording.phrases(value.changes(from: was), of: value, in: language, data: data, limit: 40)
            return start + (nl ? "gewijzigd: " : "changed: ") + named(value, language) + ": " + phrases.joined(separator: "; ")
        case .unchanged(let value):
            return start + (nl ? "ongewijzigd: " : "unchanged: ") + named(value, language)
        case .refused(let problems):
            return start + (nl ? "geweigerd:" : "refused:")
                + problems.map { "\n  " + problem($0, in: plan, language: language) }.joined()
        case .empty:
            return start + (nl ? "leeg, overgeslagen" : "empty, passed over")
        }
    }

    /// `kolom C (Bedrag): …`, or the field's name when no column gives it: `Eenheid (geen kolom): …`.
    public static func problem(_ problem: CellProblem, in plan: ImportPlan, language: Language) -> String {
        let nl = language == .nl
        switch problem.kind {
        case .sameEntity(let first):
            return nl ? "beschrijft dezelfde \(plan.columns.kind.name(in: language)) als rij \(first)"
                : "describes the same \(plan.columns.kind.name(in: language)) as row \(first)"
        case .field(let path, let kind):
            let place: String
            if let column = problem.column {
                place = (nl ? "kolom " : "column ") + ColumnName.letters(column) + " (" + plan.columns.header(of: column, in: plan.sheet) + ")"
            } else {
                let label = FieldCatalogue.field(at: path, of: plan.columns.kind).map { $0.field.label.text(in: language) } ?? path.joined(separator: ".")
                place = label + (nl ? " (geen kolom)" : " (no column)")
            }
            return place + ": " + kind.message(in: language)
        }
    }

    /// What is said about headers that name no field: their column, and the field they may mean.
    public static func unmatched(_ header: SheetColumns.UnmatchedHeader, kind: EntityKind, language: Language) -> String {
        let nl = language == .nl
        let names = header.suggestions.compactMap { FieldCatalogue.field(at: $0, of: kind)?.field.label.text(in: language) }
        let guess = names.isEmpty ? "" : (nl ? "; bedoelt u " : "; did you mean ") + names.map(quoted).joined(separator: nl ? " of " : " or ") + "?"
        return (nl ? "kolom " : "column ") + ColumnName.letters(header.column) + " (" + quoted(header.header) + ")"
            + (nl ? " hoort bij geen veld en wordt niet gelezen" : " names no field and is not read") + guess
    }

    public static func summary(_ plan: ImportPlan, language: Language) -> String {
        var counts = (added: 0, changed: 0, unchanged: 0, refused: 0)
        for row in plan.rows {
            switch row.outcome {
            case .added: counts.added += 1
            case .changed: counts.changed += 1
            case .unchanged: counts.unchanged += 1
            case .refused: counts.refused += 1
            case .empty: break
            }
        }
        let partners = plan.created.filter { $0.kind == .partner }.count, projects = plan.created.count - partners
        let rows = language == .nl
            ? "\(counts.added) nieuw, \(counts.changed) gewijzigd, \(counts.unchanged) ongewijzigd, \(counts.refused) geweigerd"
            : "\(counts.added) new, \(counts.changed) changed, \(counts.unchanged) unchanged, \(counts.refused) refused"
        let made = [
            partners == 0 ? nil : language == .nl ? "\(partners) nieuwe partner\(partners == 1 ? "" : "s")" : "\(partners) new partner\(partners == 1 ? "" : "s")",
            projects == 0 ? nil : language == .nl ? "\(projects) \(projects == 1 ? "nieuw project" : "nieuwe projecten")" : "\(projects) new project\(projects == 1 ? "" : "s")",
        ].compactMap { $0 }
        return made.isEmpty ? rows : rows + "; " + made.joined(separator: ", ")
    }

    /// A partner or project made for a name nobody knew, with what a person should still fill in.
    public static func created(_ value: EntityValue, language: Language) -> String {
        switch (value, language) {
        case (.partner(let partner), .nl): "nieuwe partner \(partner.id): \(quoted(partner.name)) (bereik, sector en soort nog invullen)"
        case (.partner(let partner), .en): "new partner \(partner.id): \(quoted(partner.name)) (scope, sector and kind still to fill in)"
        case (.project(let project), .nl): "nieuw project \(project.id): \(quoted(project.name)) (trekker, arrangement en schuldfasen nog nakijken)"
        case (.project(let project), .en): "new project \(project.id): \(quoted(project.name)) (lead, arrangement and debt phases still to check)"
        case (.commitment, _): named(value, language)
        }
    }

    /// The line above the rows: which sheet, where its header is, and what its rows are taken for.
    public static func reading(_ sheet: Sheet, columns: SheetColumns, language: Language) -> String {
        let header = sheet.rows[columns.headerIndex].number
        let kinds = columns.kind.pluralName(in: language).lowercased()
        return language == .nl
            ? "Blad \(quoted(sheet.name)): kopregel op rij \(header), \(columns.fields.count) kolommen gelezen, de rijen eronder als \(kinds)"
            : "Sheet \(quoted(sheet.name)): header in row \(header), \(columns.fields.count) columns read, the rows below as \(kinds)"
    }

    /// `toezegging c-0101`, `partner ing`.
    static func named(_ value: EntityValue, _ language: Language) -> String {
        value.kind.name(in: language) + " " + value.id
    }

    /// The entity with the fields that tell it apart: `toezegging c-0101 (ING · Jongeren Perspectief Fonds · geld · € 30.000 · vanaf 2026-01-01)`.
    static func described(_ value: EntityValue, data: LabData, language: Language) -> String {
        let keys: [String] = switch value.kind {
        case .commitment: ["partner", "project", "kind", "amount"]
        case .partner: ["name", "kind"]
        case .project: ["name", "lead"]
        }
        let unit: MeasureUnit? = if case .commitment(let commitment) = value { MeasureUnit(code: commitment.unit) } else { nil }
        let values = value.fieldValues
        let parts = keys.compactMap { key in
            FieldCatalogue.field(key, of: value.kind).map { FieldDisplay.text(values[key], for: $0, in: language, data: data, unit: unit) }
        }
        return named(value, language) + " (" + parts.joined(separator: " · ") + ")"
    }
}
