// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

extension Partner {
    static func read(from reader: ObjectReader) -> Partner? { FieldCatalogue.partners.readReportingUnknown(reader) }
}

extension Project {
    static func read(from reader: ObjectReader) -> Project? { FieldCatalogue.projects.readReportingUnknown(reader) }
}

extension Commitment {
    static func read(from reader: ObjectReader) -> Commitment? { FieldCatalogue.commitments.readReportingUnknown(reader) }
}

extension Lab {
    static func read(from reader: ObjectReader) -> Lab? {
        let name = reader.string("name")
        let city = reader.string("city")
        let founded = reader.day("founded")
        let mission = reader.string("mission", allowEmpty: true)
        let asOf = reader.day("asOf", required: false)
        let arrangements = reader.elements("arrangements")?.map { node, path in
            ObjectReader(node, path: path, sink: reader.sink).flatMap(Arrangement.read)
        }
        let debtPhases = reader.elements("debtPhases")?.map { node, path in
            ObjectReader(node, path: path, sink: reader.sink).flatMap(DebtPhase.read)
        }
        let sharedSupport = reader.object("sharedSupport").map(SharedSupport.read)
        let rates = reader.object("rates", required: false).map(Rates.read)
        let timeZone = reader.value("timeZone", required: false) { node, path -> String? in
            guard case .string(let text) = node.value, ZoneRules(identifier: text) != nil else {
                let shown = if case .string(let text) = node.value { text } else { "" }
                reader.sink.report(.unknownTimeZone(shown), at: path, node: node)
                return nil
            }
            return text
        }
        let timeZoneField = reader.field("timeZone", required: false)
        let intervalField = reader.field("updateIntervalDays", required: false)
        let interval = reader.value("updateIntervalDays", required: false) { node, path -> Int? in
            guard case .number(let text) = node.value, let days = Int(text), Lab.updateIntervalRange.contains(days) else {
                let shown = if case .number(let text) = node.value { text } else if case .string(let text) = node.value { text } else { "" }
                reader.sink.report(.invalidIntervalDays(shown), at: path, node: node)
                return nil
            }
            return days
        }
        reader.reportUnknownFields(allowing: FileHeader.keys)
        guard let name, let city, let founded, let mission,
              let arrangements = arrangements.flatMap(allOrNothing), let debtPhases = debtPhases.flatMap(allOrNothing),
              let sharedSupport = sharedSupport ?? nil, rates.map({ $0 != nil }) ?? true,
              timeZoneField == nil || timeZone != nil, intervalField == nil || interval != nil else { return nil }
        return Lab(name: name, city: city, founded: founded, mission: mission, asOf: asOf,
                   arrangements: arrangements, debtPhases: debtPhases, sharedSupport: sharedSupport,
                   rates: rates ?? nil, timeZone: timeZone, updateIntervalDays: interval)
    }
}

extension Rates {
    static func read(from reader: ObjectReader) -> Rates? {
        let perHour = reader.field("perHour", required: false).flatMap { _ in reader.amount("perHour", as: Money.self) }
        let perFTEYear = reader.field("perFTEYear", required: false).flatMap { _ in reader.amount("perFTEYear", as: Money.self) }
        let fields = (reader.field("perHour", required: false) != nil, reader.field("perFTEYear", required: false) != nil)
        reader.reportUnknownFields()
        guard !fields.0 || perHour != nil, !fields.1 || perFTEYear != nil else { return nil }
        return Rates(perHour: perHour, perFTEYear: perFTEYear)
    }
}

extension Arrangement {
    static func read(from reader: ObjectReader) -> Arrangement? {
        let id = reader.id("id")
        let name = reader.localizedText("name")
        let summary = reader.localizedText("summary", allowEmpty: true)
        reader.reportUnknownFields()
        guard let id, let name, let summary else { return nil }
        return Arrangement(id: id, name: name, summary: summary)
    }
}

extension DebtPhase {
    static func read(from reader: ObjectReader) -> DebtPhase? {
        let id = reader.id("id")
        let name = reader.localizedText("name")
        reader.reportUnknownFields()
        guard let id, let name else { return nil }
        return DebtPhase(id: id, name: name)
    }
}

extension SharedSupport {
    static func read(from reader: ObjectReader) -> SharedSupport? {
        let name = reader.localizedText("name")
        let summary = reader.localizedText("summary", allowEmpty: true)
        var years: Set<Int> = []
        let budget = (reader.elements("budget", required: false) ?? []).map { node, path -> YearBudget? in
            guard let year = ObjectReader(node, path: path, sink: reader.sink).flatMap(YearBudget.read) else { return nil }
            guard years.insert(year.year).inserted else {
                reader.sink.report(.duplicateYear(year.year), at: path, node: node)
                return nil
            }
            return year
        }
        reader.reportUnknownFields()
        guard let name, let summary, let budget = allOrNothing(budget) else { return nil }
        return SharedSupport(name: name, summary: summary, budget: budget.sorted { $0.year < $1.year })
    }
}

extension YearBudget {
    static func read(from reader: ObjectReader) -> YearBudget? {
        let year = reader.value("year", required: true) { node, path -> Int? in
            guard case .number(let text) = node.value, let year = Int(text), YearBudget.years.contains(year) else {
                let shown = if case .number(let text) = node.value { text } else { "" }
                reader.sink.report(.invalidYear(shown), at: path, node: node)
                return nil
            }
            return year
        }
        let amount = reader.amount("amount", as: Money.self)
        reader.reportUnknownFields()
        guard let year, let amount else { return nil }
        return YearBudget(year: year, amount: amount)
    }
}

/// The list when every element could be read; a part of a project is not a project.
private func allOrNothing<Element>(_ list: [Element?]) -> [Element]? {
    let present = list.compactMap { $0 }
    return present.count == list.count ? present : nil
}

enum EmailAddress {
    static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains(where: \.needsVisibleForm) })
    }
}
