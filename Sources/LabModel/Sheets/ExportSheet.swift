// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Entities as a sheet a person can sum, sort and import again: a header row of the fields' labels in
/// the reader's language, then one row per entity with the id and every typed field, numbers and
/// dates as such, partners and projects by name, values of fixed sets by their names.
public enum ExportSheet {
    public static func sheet(_ kind: EntityKind, _ entities: [EntityValue], data: LabData, language: Language, name: String? = nil) -> Sheet {
        let fields = [(path: ["id"], field: FieldCatalogue.field("id", of: kind)!)] + FieldCatalogue.typedFields(of: kind)
        let header = SheetRow(number: 1, cells: fields.map { path, field in .text(label(path, field, kind, language)) })
        let rows = entities.enumerated().map { index, entity in
            let values = entity.fieldValues
            let unit: MeasureUnit? = if case .commitment(let commitment) = entity { MeasureUnit(code: commitment.unit) } else { nil }
            return SheetRow(number: index + 2, cells: fields.map { path, field in
                cell(value(at: path, in: values), for: field, data: data, language: language, unit: unit)
            })
        }
        return Sheet(name: name ?? kind.pluralName(in: language), rows: [header] + rows)
    }

    /// A part of a group is headed by both names, `Contactpersoon Naam`, as the import reads it.
    private static func label(_ path: [String], _ field: FieldDescriptor, _ kind: EntityKind, _ language: Language) -> String {
        guard path.count > 1, let group = FieldCatalogue.field(path[0], of: kind) else { return field.label.text(in: language) }
        return group.label.text(in: language) + " " + field.label.text(in: language)
    }

    private static func value(at path: [String], in values: [String: JSONValue]) -> JSONValue? {
        guard let top = values[path[0]] else { return nil }
        guard path.count > 1 else { return top }
        guard case .object(let members) = top else { return nil }
        return members.first { $0.key == path[1] }?.value.value
    }

    private static func cell(_ value: JSONValue?, for field: FieldDescriptor, data: LabData, language: Language, unit: MeasureUnit?) -> SheetCell {
        guard let value, value != .null else {
            if case .reference(.project) = field.shape { return .text(data.lab.sharedSupport.name.text(in: language)) }
            return .empty
        }
        switch (field.shape, value) {
        case (.quantity, .number(let text)): return .number(Quantity(exactly: text)?.plainText ?? text)
        case (.money, .number(let text)): return Money(exactly: text).map(SheetCell.money) ?? .number(text)
        case (.day, .string(let text)): return Day(text).map(SheetCell.day) ?? .text(text)
        case (.reference, _), (.choice, _), (.flag, _), (.unit, _), (.arrangement, _), (.debtPhases, _):
            let shown = FieldDisplay.text(value, for: field, in: language, data: data, unit: unit)
            return shown == "—" ? .empty : .text(shown)
        default:
            let text = FieldDisplay.editableText(value, for: field, in: language)
            return text.isEmpty ? .empty : .text(text)
        }
    }
}
