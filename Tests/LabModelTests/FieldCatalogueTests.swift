// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// The field catalogue is the one description of every field: these tests walk each field through
/// every place that handles it, and fail when a field is added to one of those places and not to it.
@Suite struct FieldCatalogueTests {
    static let data = SampleLab.data
    static let stamp = Stamp(revision: 1, updatedAt: Timestamp("2020-01-01T00:00:00Z")!, updatedBy: "test")

    /// Entities of the sample with every optional field filled, so that the writer writes every key.
    static func full(_ kind: EntityKind) -> EntityValue {
        switch kind {
        case .partner:
            var partner = data.partners.first { $0.contact != nil && !$0.motives.isEmpty }!
            partner.note = "Een notitie"
            return .partner(partner)
        case .project:
            var project = data.projects.first { $0.goal != nil && !$0.milestones.isEmpty && !$0.updates.isEmpty }!
            project.summary = "Wat het doet"
            return .project(project)
        case .commitment:
            // Not in euros, so that a typed value need not equal the amount.
            var commitment = data.commitments.first { $0.project != nil && $0.until != nil && $0.unit == "hours" }!
            commitment.note = "Een notitie"
            return .commitment(commitment)
        }
    }

    /// What a Dutch coordinator types for each shape, and what the files then hold.
    static func typing(_ field: FieldDescriptor, over current: JSONValue?, kind: EntityKind) -> (String, JSONValue)? {
        switch field.shape {
        case .text: return ("Nieuw ✓ tekst", .string("Nieuw ✓ tekst"))
        case .email: return ("nieuw@lab.example", .string("nieuw@lab.example"))
        case .id, .group, .list: return nil
        case .reference(.partner):
            let other = data.partners.first { .string($0.id) != current }!
            return (other.name.uppercased(), .string(other.id))
        case .reference(_):
            let other = data.projects.first { .string($0.id) != current }!
            return (other.name, .string(other.id))
        case .arrangement:
            let other = data.lab.arrangements.first { .string($0.id) != current }!
            return (other.name.en, .string(other.id))
        case .debtPhases:
            let phases = data.lab.debtPhases.suffix(2)
            return (phases.map(\.name.nl).joined(separator: ", "), .array(phases.map { JSONNode(.string($0.id)) }))
        case .day: return ("3-2-2020", .string("2020-02-03"))
        case .quantity: return ("1.234,5", .number("1234.5"))
        case .money: return ("€ 1.234,50", .number("1234.5"))
        case .choice(let choices):
            let index = choices.codes.firstIndex { .string($0) != current }!
            return (choices.names[index].nl.uppercased(), .string(choices.codes[index]))
        case .flag: return current == .bool(true) ? ("nee", .bool(false)) : ("ja", .bool(true))
        case .unit: return ("uur per week", .string("hours/week"))
        case .texts: return ("een; twee", .array([JSONNode(.string("een")), JSONNode(.string("twee"))]))
        }
    }

    /// Every field, typed as in a Dutch form, is what the journal line holds, what the journal reader
    /// reads back, what the writer writes in the file and what the file reads back as.
    @Test(arguments: EntityKind.allCases)
    func everyFieldGoesFromTheFormThroughTheJournalAndTheFilesAndBack(kind: EntityKind) throws {
        let entity = Self.full(kind)
        var walked = 0
        for (path, field) in FieldCatalogue.typedFields(of: kind) {
            let current: JSONValue? = path.count == 1 ? entity.fieldValues[path[0]] : {
                guard case .object(let members)? = entity.fieldValues[path[0]] else { return nil }
                return members.first { $0.key == path[1] }?.value.value
            }()
            guard let (typed, expected) = Self.typing(field, over: current, kind: kind) else { continue }
            let made = EntityEdit.make(kind, existing: entity, typed: [EntityEdit.Typed(path, typed)], context: .form(.nl),
                                       in: Self.data, stamp: Self.stamp)
            guard case .success(let value) = made else {
                Issue.record("\(kind) \(path): \(typed) was refused: \(made)")
                continue
            }
            let saved: JSONValue? = path.count == 1 ? value.fieldValues[path[0]] : {
                guard case .object(let members)? = value.fieldValues[path[0]] else { return nil }
                return members.first { $0.key == path[1] }?.value.value
            }()
            #expect(saved == expected, "\(kind) \(path)")
            let line = JournalEntry(at: Self.stamp.updatedAt, by: "test", baseRevision: 1, value: value).line
            let read = try JournalReader.entry(from: Array(line.utf8), lineNumber: 1).get()
            #expect(read.value == value, "\(kind) \(path): the journal line reads back")
            var data = Self.data
            data.put(value)
            let folder = TemporaryFolder()
            try DataFolder(path: folder.path).save(data)
            let loaded = DataFolder(path: folder.path).load()
            #expect(loaded.problems.isEmpty, "\(kind) \(path): \(loaded.problems.map { $0.rendered(in: .en) })")
            #expect(loaded.data?.value(kind, value.id) == value, "\(kind) \(path): the file reads back")
            walked += 1
        }
        #expect(walked == FieldCatalogue.typedFields(of: kind).count, "every typed field was walked")
    }

    /// The writer writes exactly the catalogue's keys (and the stamp), no more and no fewer.
    @Test(arguments: EntityKind.allCases)
    func theWriterWritesTheCataloguesFields(kind: EntityKind) {
        let written = Set(Self.full(kind).fieldValues.keys)
        #expect(written == Set(FieldCatalogue.fields(of: kind).map(\.key)), "\(kind)")
    }

    /// The reader asks for every field of the catalogue: one left out is missing when required, and a
    /// key the catalogue does not know is reported.
    @Test(arguments: EntityKind.allCases)
    func theReaderReadsTheCataloguesFields(kind: EntityKind) {
        let members = Self.full(kind).fieldValues
        for field in FieldCatalogue.fields(of: kind) {
            var without = EntityDraft(kind: kind, from: Self.full(kind))
            without.set(field.key, nil)
            let read = without.entity(stamp: Self.stamp)
            if field.isRequired {
                #expect(throws: FieldProblems.self, "\(kind).\(field.key) is required") { try read.get() }
            } else {
                #expect((try? read.get()) != nil, "\(kind).\(field.key) may be left out")
            }
        }
        var object = members.map { JSONMember($0.key, JSONNode($0.value)) }
        object += [JSONMember("revision", JSONNode(.number("1"))), JSONMember("updatedAt", JSONNode(.string("2020-01-01T00:00:00Z"))),
                   JSONMember("updatedBy", JSONNode(.string("test"))), JSONMember("extraField", JSONNode(.string("?")))]
        guard case .failure(let problems) = EntityValue.read(kind, from: .object(object)) else {
            Issue.record("an unknown field was read without a word")
            return
        }
        #expect(problems.problems.map(\.kind) == [.unknownField("extraField", suggestion: nil)])
    }

    /// The JSON Schema of each file describes the catalogue's fields, field for field: the same keys,
    /// the same required ones, the same values of each closed set, the same shapes.
    @Test(arguments: [(EntityKind.partner, "partners"), (.project, "projects"), (.commitment, "commitments"),
                      (.partner, "journal-line"), (.project, "journal-line"), (.commitment, "journal-line")])
    func theSchemasAgreeWithTheCatalogue(kind: EntityKind, schema: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schemas/\(schema).schema.json")
        let root = try JSONParser.parse(Array(try Data(contentsOf: url))).value
        let definition = try #require(root["$defs"]?[kind.rawValue])
        let mismatches = SchemaComparison.compare(definition, with: FieldCatalogue.fields(of: kind), stampKeys: FieldCatalogue.stampKeys)
        #expect(mismatches.isEmpty, "\(schema) \(kind): \(mismatches)")
    }

    @Test func optionNamesFollowTheKeys() {
        #expect(FieldCatalogue.optionName(of: ["targetGroup"], in: .project) == "target-group")
        #expect(FieldCatalogue.optionName(of: ["contact", "email"], in: .partner) == "contact-email")
        #expect(FieldCatalogue.optionName(of: ["valueEUR"], in: .commitment) == "value")
        #expect(FieldCatalogue.optionName(of: ["debtPhases"], in: .project) == "phases")
    }
}

/// Compares a schema's definition of an entity with the catalogue's fields.
enum SchemaComparison {
    static func compare(_ definition: JSONValue, with fields: [FieldDescriptor], stampKeys: [String] = []) -> [String] {
        guard let properties = definition["properties"]?.members else { return ["no properties"] }
        var found: [String] = []
        let keys = Set(properties.map(\.key))
        let expected = Set(fields.map(\.key) + stampKeys)
        if keys != expected { found.append("keys \(keys.symmetricDifference(expected).sorted())") }
        let required = Set(definition["required"]?.strings ?? [])
        let expectedRequired = Set(fields.filter(\.isRequired).map(\.key) + stampKeys)
        if required != expectedRequired { found.append("required \(required.symmetricDifference(expectedRequired).sorted())") }
        for field in fields {
            guard let property = properties.first(where: { $0.key == field.key })?.value.value else { continue }
            if let mismatch = shapeMismatch(property, field.shape) { found.append("\(field.key): \(mismatch)") }
        }
        return found
    }

    private static func shapeMismatch(_ property: JSONValue, _ shape: FieldShape) -> String? {
        func reference(_ name: String) -> String? {
            property["$ref"] == .string("#/$defs/\(name)") ? nil : "expected #/$defs/\(name)"
        }
        switch shape {
        case .text(let allowsEmpty): return reference(allowsEmpty ? "anyText" : "text")
        case .id, .reference, .arrangement: return reference("slug")
        case .unit: return reference("text")
        case .day: return reference("day")
        case .quantity: return reference("amount")
        case .money: return reference("money")
        case .choice(let choices): return property["enum"]?.strings == choices.codes ? nil : "enum \(choices.codes)"
        case .flag: return property["type"] == .string("boolean") ? nil : "expected a boolean"
        case .email: return property["type"] == .string("string") && property["pattern"] != nil ? nil : "expected a string with a pattern"
        case .debtPhases: return property["items"]?["$ref"] == .string("#/$defs/slug") ? nil : "expected a list of slugs"
        case .texts: return property["items"]?["type"] == .string("string") ? nil : "expected a list of strings"
        case .group(let parts):
            let inner = compare(property, with: parts)
            return inner.isEmpty ? nil : inner.joined(separator: "; ")
        case .list(let parts):
            guard let items = property["items"] else { return "expected a list" }
            let inner = compare(items, with: parts)
            return inner.isEmpty ? nil : inner.joined(separator: "; ")
        }
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value.value
    }

    var members: [JSONMember]? {
        if case .object(let members) = self { members } else { nil }
    }

    var strings: [String]? {
        guard case .array(let nodes) = self else { return nil }
        return nodes.compactMap { if case .string(let text) = $0.value { text } else { nil } }
    }
}
