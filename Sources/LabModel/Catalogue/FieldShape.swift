// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What kind of value a field holds; it decides how the field is typed, checked, shown and merged.
public enum FieldShape: Sendable, Hashable {
    /// Free text; `allowsEmpty` when an empty text is a value of its own (a summary not yet written).
    case text(allowsEmpty: Bool)
    /// The entity's own id, a slug.
    case id
    /// The id of another entity: a partner or a project.
    case reference(EntityKind)
    /// The id of one of the lab's governance arrangements (lab.json).
    case arrangement
    /// Ids of the lab's debt phases (lab.json), in the order given.
    case debtPhases
    case day
    /// An exact number in the field's unit, with up to four decimals.
    case quantity
    /// Euros, exact to the cent.
    case money
    /// One of a closed set of values.
    case choice(Choices)
    case flag
    /// A unit of measure: one the program knows (with a name in each language) or one kept as typed.
    case unit
    /// An e-mail address.
    case email
    /// A list of free texts.
    case texts
    /// A composite value with fields of its own (a contact, a goal).
    case group([FieldDescriptor])
    /// A list of composite values (milestones, status updates); new ones are added, never merged away.
    case list([FieldDescriptor])
}

/// The values of a closed set, each with its code (as written in the files) and its names.
public struct Choices: Sendable, Hashable {
    public let codes: [String]
    public let names: [LocalizedText]

    public init<Value: CodedValue>(_ type: Value.Type) {
        codes = Value.allRawValues
        names = Value.allCases.map { LocalizedText(nl: $0.name(in: .nl), en: $0.name(in: .en)) }
    }

    init(codes: [String], names: [LocalizedText]) {
        self.codes = codes
        self.names = names
    }

    public static let yesNo = Choices(codes: ["false", "true"], names: [LocalizedText(nl: "nee", en: "no"), LocalizedText(nl: "ja", en: "yes")])

    public func name(of code: String, in language: Language) -> String? {
        codes.firstIndex(of: code).map { names[$0].text(in: language) }
    }
}

/// One field of an entity, described once: its key in the files, its names, its shape, and
/// whether it must be there.
public struct FieldDescriptor: Sendable, Hashable {
    public let key: String
    public let label: LocalizedText
    public let shape: FieldShape
    public let isRequired: Bool
    /// Personal data (a contact's name and address): left out where contacts are not shown.
    public let isPersonal: Bool
    private let option: String?

    public init(_ key: String, _ nl: String, _ en: String, _ shape: FieldShape, required: Bool = true, option: String? = nil,
                personal: Bool = false) {
        self.key = key
        label = LocalizedText(nl: nl, en: en)
        self.shape = shape
        isRequired = required
        self.option = option
        isPersonal = personal
    }

    /// The option that sets the field on the command line: `targetGroup` is `--target-group`.
    public var optionName: String {
        option ?? key.reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }
}
