// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A field a filter can name: one of an entity's fields, a part of a group (`contact.email`), or
/// a fact the lab's queries work out (a partner's share in the shared support, a project's update
/// light); found by any name a person may type for it: its key, its option, its Dutch or English label.
public struct FilterField: Sendable {
    public typealias Reader = @Sendable (EntityValue) -> JSONValue?

    public let path: [String]
    public let descriptor: FieldDescriptor
    /// What the field is called in the title: `waarde`, `contactpersoon e-mail`.
    public let label: LocalizedText
    /// Makes the reader of the field's values for the data as of a day, once per filtering.
    let reader: @Sendable (LabData, Day) -> Reader
    /// An amount's or a date's number that sorts as it does, read straight from the entity.
    private(set) var ordinal: (@Sendable (EntityValue) -> Int64?)?

    init(path: [String], descriptor: FieldDescriptor, label: LocalizedText, readTop: @escaping Reader) {
        self.path = path
        self.descriptor = descriptor
        self.label = label
        guard path.count == 2 else {
            reader = { _, _ in readTop }
            return
        }
        let part = path[1]
        reader = { _, _ in
            { entity in
                guard case .object(let members)? = readTop(entity) else { return nil }
                return members.first { $0.key == part }?.value.value
            }
        }
    }

    init(derived descriptor: FieldDescriptor, reader: @escaping @Sendable (LabData, Day) -> Reader) {
        path = [descriptor.key]
        self.descriptor = descriptor
        label = LocalizedText(nl: descriptor.label.nl.lowercased(), en: descriptor.label.en.lowercased())
        self.reader = reader
    }

    /// The field of `kind` that `name` names; `nil` when none does.
    public static func named(_ name: String, in kind: EntityKind) -> FilterField? {
        let wanted = normalized(name)
        return all(of: kind).first { field in field.names.contains(wanted) }?.field
    }

    /// The names to offer for `kind`, in `language`: one per field, as its label reads.
    public static func names(of kind: EntityKind, in language: Language) -> [String] {
        all(of: kind).map { normalizedLabel($0.field.label.text(in: language)) }
    }

    /// A name as it is compared: folded, without spaces, dots, hyphens or underscores.
    static func normalized(_ name: String) -> String {
        String(decoding: SearchText.folded(name).filter { ![32, 45, 46, 95].contains($0) }, as: UTF8.self)
    }

    /// A label as a person types it in a filter: lower case, a hyphen for a space.
    static func normalizedLabel(_ label: String) -> String {
        String(decoding: SearchText.folded(label), as: UTF8.self).replacing(" ", with: "-")
    }

    /// Made once: the filter asks for them at every key, and the completion list at every frame.
    private static let everyField = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, made(of: $0)) })

    private static func all(of kind: EntityKind) -> [(field: FilterField, names: Set<String>)] {
        everyField[kind] ?? []
    }

    private static func made(of kind: EntityKind) -> [(field: FilterField, names: Set<String>)] {
        stored(of: kind) + derived(of: kind).map { field in
            (field, Set([field.descriptor.key, field.descriptor.label.nl, field.descriptor.label.en].map(normalized)))
        }
    }

    private static func stored(of kind: EntityKind) -> [(field: FilterField, names: Set<String>)] {
        FieldCatalogue.fields(of: kind).flatMap { top -> [(field: FilterField, names: Set<String>)] in
            guard let access = FieldCatalogue.access(to: top.key, in: kind) else { return [] }
            let read = access.value
            var whole = FilterField(path: [top.key], descriptor: top, label: lowercased(top.label), readTop: read)
            whole.ordinal = access.ordinal
            var found = [(whole, Set([top.key, top.optionName, top.label.nl, top.label.en].map(normalized)))]
            if case .group(let parts) = top.shape {
                for part in parts {
                    let label = LocalizedText(nl: "\(top.label.nl) \(part.label.nl)", en: "\(top.label.en) \(part.label.en)")
                    let field = FilterField(path: [top.key, part.key], descriptor: part, label: lowercased(label), readTop: read)
                    let names = [top.key + part.key, FieldCatalogue.optionName(of: [top.key, part.key], in: kind), label.nl, label.en]
                    found.append((field, Set(names.map(normalized))))
                }
            }
            return found
        }
    }

    private static func lowercased(_ label: LocalizedText) -> LocalizedText {
        LocalizedText(nl: label.nl.lowercased(), en: label.en.lowercased())
    }
}
