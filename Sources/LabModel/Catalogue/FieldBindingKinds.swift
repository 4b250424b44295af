// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The kinds of field, each with its shape and its codec together, so that the two cannot disagree.
extension FieldBinding {
    static func id(_ property: WritableKeyPath<Owner, String> & Sendable) -> Self {
        Self(FieldDescriptor("id", "Id", "Id", .id), property, .id)
    }

    static func text(_ key: String, _ nl: String, _ en: String, allowsEmpty: Bool = false,
                     _ property: WritableKeyPath<Owner, String> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .text(allowsEmpty: allowsEmpty)), property, .text(allowsEmpty: allowsEmpty))
    }

    static func optionalText(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, String?> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .text(allowsEmpty: true), required: false), property, .text(allowsEmpty: true))
    }

    static func email(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, String> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .email), property, .email)
    }

    static func reference(_ kind: EntityKind, _ key: String, _ nl: String, _ en: String,
                          _ property: WritableKeyPath<Owner, String> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .reference(kind)), property, .id)
    }

    static func optionalReference(_ kind: EntityKind, _ key: String, _ nl: String, _ en: String,
                                  _ property: WritableKeyPath<Owner, String?> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .reference(kind), required: false), property, .id)
    }

    static func arrangement(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, String> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .arrangement), property, .id)
    }

    static func debtPhases(_ key: String, _ nl: String, _ en: String, option: String,
                           _ property: WritableKeyPath<Owner, [String]> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .debtPhases, option: option), property, .ids)
    }

    static func day(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, Day> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .day), property, .day)
    }

    static func optionalDay(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, Day?> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .day, required: false), property, .day)
    }

    static func quantity(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, Quantity> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .quantity), property, .amount(Quantity.self))
    }

    static func money(_ key: String, _ nl: String, _ en: String, option: String,
                      _ property: WritableKeyPath<Owner, Money> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .money, option: option), property, .amount(Money.self))
    }

    static func choice<Coded: CodedValue>(_ key: String, _ nl: String, _ en: String,
                                          _ property: WritableKeyPath<Owner, Coded> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .choice(Choices(Coded.self))), property, FieldCodec<Coded>.coded(Coded.self))
    }

    static func flag(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, Bool> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .flag), property, .flag)
    }

    static func unit(_ key: String, _ nl: String, _ en: String, _ property: WritableKeyPath<Owner, String> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .unit), property, .text(allowsEmpty: false))
    }

    static func texts(_ key: String, _ nl: String, _ en: String, option: String,
                      _ property: WritableKeyPath<Owner, [String]> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .texts, required: false, option: option), property, optionalList: .texts)
    }

    static func group<Group>(_ key: String, _ nl: String, _ en: String, personal: Bool = false, _ catalogue: TypeCatalogue<Group>,
                             _ property: WritableKeyPath<Owner, Group?> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .group(catalogue.fields), required: false, personal: personal), property,
             FieldCodec<Group>.group(catalogue))
    }

    static func list<Element>(_ key: String, _ nl: String, _ en: String, _ catalogue: TypeCatalogue<Element>,
                              _ property: WritableKeyPath<Owner, [Element]> & Sendable) -> Self {
        Self(FieldDescriptor(key, nl, en, .list(catalogue.fields), required: false), property,
             optionalList: FieldCodec<[Element]>.list(catalogue))
    }
}
