// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A field's value in words, by its shape: what a change, a conflict or a form shows a person.
public enum FieldDisplay {
    /// `€ 30.000`, `toegezegd`, `Gemeente Den Haag`, `16 uur per week`; `—` when the field is left out.
    public static func text(_ value: JSONValue?, for field: FieldDescriptor, in language: Language, data: LabData,
                            unit: MeasureUnit? = nil) -> String {
        guard let value, value != .null else {
            if case .reference(.project) = field.shape { return data.lab.sharedSupport.name.text(in: language) }
            return "—"
        }
        switch (field.shape, value) {
        case (.reference(.partner), .string(let id)): return data.partnerName(id)
        case (.reference(.project), .string(let id)): return data.projectName(id)
        case (.arrangement, .string(let id)): return data.lab.arrangements.first { $0.id == id }?.name.text(in: language) ?? id
        case (.debtPhases, .array(let ids)):
            let names = ids.map { node -> String in
                guard case .string(let id) = node.value else { return "?" }
                return data.lab.debtPhases.first { $0.id == id }?.name.text(in: language) ?? id
            }
            return names.isEmpty ? "—" : names.joined(separator: ", ")
        case (.quantity, .number(let text)):
            guard let quantity = Quantity(exactly: text) else { return text }
            return unit.map { NumberFormat.amount(quantity, unit: $0, in: language) } ?? NumberFormat.display(quantity, in: language)
        case (.money, .number(let text)): return Money(exactly: text).map { NumberFormat.euros($0, in: language) } ?? text
        case (.choice(let choices), .string(let code)): return choices.name(of: code, in: language) ?? code
        case (.day, .string(let text)): return day(text, in: language)
        case (.flag, .bool(let flag)): return Choices.yesNo.name(of: flag ? "true" : "false", in: language)!
        case (.unit, .string(let code)): return MeasureUnit(code: code).name(in: language)
        case (.texts, .array(let items)): return items.isEmpty ? "—" : items.map { plain($0.value) }.joined(separator: ", ")
        case (.group(let parts), .object(let members)):
            return parts.compactMap { part in members.first { $0.key == part.key }.map { text($0.value.value, for: part, in: language, data: data) } }
                .joined(separator: " · ")
        case (.list, .array(let items)):
            return "\(items.count) \(field.label.text(in: language).lowercased())"
        default: return plain(value)
        }
    }

    /// The value as a person would type it again in a form: `30.000` in Dutch, an id, `1 jul 2019`.
    public static func editableText(_ value: JSONValue?, for field: FieldDescriptor, in language: Language) -> String {
        guard let value, value != .null else { return "" }
        switch (field.shape, value) {
        case (.quantity, .number(let text)): return Quantity(exactly: text).map { NumberFormat.display($0, in: language) } ?? text
        case (.money, .number(let text)): return Money(exactly: text).map { NumberFormat.display($0, in: language) } ?? text
        case (.day, .string(let text)): return day(text, in: language)
        case (.flag, .bool(let flag)): return flag ? "true" : "false"
        case (.unit, .string(let code)): return MeasureUnit(code: code).name(in: language)
        case (.debtPhases, .array(let items)), (.texts, .array(let items)):
            return items.map { plain($0.value) }.joined(separator: field.shape == .texts ? "; " : ", ")
        default: return plain(value)
        }
    }

    /// `1 jul 2019`, which `DayInput` reads back; a text that is no day stays as it is.
    private static func day(_ text: String, in language: Language) -> String {
        Day(text).map { LabTime.display($0, in: language) } ?? text
    }

    private static func plain(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return JSONWriter.compact(value)
    }
}
