// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Builds the JSON of an entity; absent optional values are left out rather than written as null.
struct JSONObjectBuilder {
    private(set) var members: [JSONMember] = []

    mutating func set(_ key: String, _ value: JSONValue?) {
        if let value { members.append(JSONMember(key, JSONNode(value))) }
    }

    var value: JSONValue { .object(members) }
}

extension JSONValue {
    init(_ text: String) { self = .string(text) }
    init(_ day: Day) { self = .string(day.description) }
    init<Value: CodedValue>(coded value: Value) { self = .string(value.rawValue) }
    init<Scale>(_ amount: FixedPoint<Scale>) { self = .number(amount.plainText) }
    init(_ list: [JSONValue]) { self = .array(list.map { JSONNode($0) }) }
}

extension Stamp {
    func write(into builder: inout JSONObjectBuilder) {
        builder.set("revision", .number(String(revision)))
        builder.set("updatedAt", JSONValue(updatedAt.text))
        builder.set("updatedBy", JSONValue(updatedBy))
    }
}

extension LocalizedText {
    var json: JSONValue {
        .object([JSONMember("en", JSONNode(.string(en))), JSONMember("nl", JSONNode(.string(nl)))])
    }
}

extension Partner {
    var json: JSONValue { FieldCatalogue.partners.json(of: self) }
}

extension Project {
    var json: JSONValue { FieldCatalogue.projects.json(of: self) }
}

extension StatusUpdate {
    var json: JSONValue { FieldCatalogue.statusUpdates.json(of: self) }
}

extension Commitment {
    var json: JSONValue { FieldCatalogue.commitments.json(of: self) }
}

extension Lab {
    var json: JSONValue {
        var builder = JSONObjectBuilder()
        builder.set(FileHeader.schemaReferenceKey, .string(DataFile.lab.schemaReference))
        builder.set(FileHeader.schemaVersionKey, .number(String(Lab.schemaVersion)))
        builder.set("name", JSONValue(name))
        builder.set("city", JSONValue(city))
        builder.set("founded", JSONValue(founded))
        builder.set("mission", JSONValue(mission))
        builder.set("asOf", asOf.map { JSONValue($0) })
        builder.set("arrangements", JSONValue(arrangements.map { arrangement in
            var arrangementBuilder = JSONObjectBuilder()
            arrangementBuilder.set("id", JSONValue(arrangement.id))
            arrangementBuilder.set("name", arrangement.name.json)
            arrangementBuilder.set("summary", arrangement.summary.json)
            return arrangementBuilder.value
        }))
        builder.set("debtPhases", JSONValue(debtPhases.map { phase in
            var phaseBuilder = JSONObjectBuilder()
            phaseBuilder.set("id", JSONValue(phase.id))
            phaseBuilder.set("name", phase.name.json)
            return phaseBuilder.value
        }))
        var supportBuilder = JSONObjectBuilder()
        supportBuilder.set("name", sharedSupport.name.json)
        supportBuilder.set("summary", sharedSupport.summary.json)
        supportBuilder.set("budget", sharedSupport.budget.isEmpty ? nil : JSONValue(sharedSupport.budget.map { year in
            var yearBuilder = JSONObjectBuilder()
            yearBuilder.set("year", .number(String(year.year)))
            yearBuilder.set("amount", JSONValue(year.amount))
            return yearBuilder.value
        }))
        builder.set("sharedSupport", supportBuilder.value)
        builder.set("rates", rates.map { rates in
            var ratesBuilder = JSONObjectBuilder()
            ratesBuilder.set("perHour", rates.perHour.map { JSONValue($0) })
            ratesBuilder.set("perFTEYear", rates.perFTEYear.map { JSONValue($0) })
            return ratesBuilder.value
        })
        builder.set("timeZone", timeZone.map { JSONValue($0) })
        builder.set("updateIntervalDays", updateIntervalDays.map { .number(String($0)) })
        return builder.value
    }
}
