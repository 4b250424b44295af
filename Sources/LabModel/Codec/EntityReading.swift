import Foundation

extension Partner {
    static func read(from reader: ObjectReader) -> Partner? {
        let id = reader.id("id")
        let name = reader.string("name")
        let scope = reader.coded("scope", as: Scope.self)
        let sector = reader.coded("sector", as: Sector.self)
        let kind = reader.coded("kind", as: PartnerKind.self)
        let founding = reader.bool("founding")
        let joined = reader.day("joined")
        let contact = reader.object("contact", required: false).map(Contact.read)
        let motives = reader.strings("motives", required: false)
        let note = reader.string("note", required: false, allowEmpty: true)
        let stamp = reader.stamp()
        reader.reportUnknownFields()
        guard let id, let name, let scope, let sector, let kind, let founding, let joined, let motives, let stamp,
              contact.map({ $0 != nil }) ?? true else { return nil }
        return Partner(id: id, name: name, scope: scope, sector: sector, kind: kind, founding: founding,
                       joined: joined, contact: contact ?? nil, motives: motives, note: note, stamp: stamp)
    }
}

extension Contact {
    static func read(from reader: ObjectReader) -> Contact? {
        let name = reader.string("name")
        let email = reader.value("email", required: true) { node, path -> String? in
            guard case .string(let text) = node.value, EmailAddress.isPlausible(text) else {
                let shown = if case .string(let text) = node.value { text } else { "" }
                reader.sink.report(.invalidEmail(shown), at: path, node: node)
                return nil
            }
            return text
        }
        reader.reportUnknownFields()
        guard let name, let email else { return nil }
        return Contact(name: name, email: email)
    }
}

extension Project {
    static func read(from reader: ObjectReader) -> Project? {
        let id = reader.id("id")
        let name = reader.string("name")
        let summary = reader.string("summary", allowEmpty: true)
        let targetGroup = reader.string("targetGroup", allowEmpty: true)
        let lead = reader.id("lead")
        let arrangement = reader.id("arrangement")
        let debtPhases = reader.elements("debtPhases")?.compactMap { node, path -> String? in
            guard case .string(let text) = node.value else {
                reader.sink.report(.wrongType(expected: .string, found: node.value.typeName), at: path, node: node)
                return nil
            }
            return reader.checkedID(text, at: path, node: node)
        }
        let stage = reader.coded("stage", as: Stage.self)
        let health = reader.coded("health", as: Health.self)
        let started = reader.day("started")
        let goal = reader.object("goal", required: false).map(Goal.read)
        let milestones = reader.elements("milestones", required: false)?.map { node, path in
            ObjectReader(node, path: path, sink: reader.sink).flatMap(Milestone.read)
        }
        let updates = reader.elements("updates", required: false)?.map { node, path in
            ObjectReader(node, path: path, sink: reader.sink).flatMap(StatusUpdate.read)
        }
        let stamp = reader.stamp()
        reader.reportUnknownFields()
        guard let id, let name, let summary, let targetGroup, let lead, let arrangement, let debtPhases,
              let stage, let health, let started, let stamp,
              goal.map({ $0 != nil }) ?? true,
              let milestones = milestones.flatMap(allOrNothing), let updates = updates.flatMap(allOrNothing) else {
            return nil
        }
        return Project(id: id, name: name, summary: summary, targetGroup: targetGroup, lead: lead,
                       arrangement: arrangement, debtPhases: debtPhases, stage: stage, health: health,
                       started: started, goal: goal ?? nil, milestones: milestones, updates: updates, stamp: stamp)
    }
}

extension Goal {
    static func read(from reader: ObjectReader) -> Goal? {
        let metric = reader.string("metric")
        let target = reader.amount("target", as: Quantity.self)
        let reached = reader.amount("reached", as: Quantity.self)
        reader.reportUnknownFields()
        guard let metric, let target, let reached else { return nil }
        return Goal(metric: metric, target: target, reached: reached)
    }
}

extension Milestone {
    static func read(from reader: ObjectReader) -> Milestone? {
        let title = reader.string("title")
        let due = reader.day("due")
        let done = reader.bool("done")
        reader.reportUnknownFields()
        guard let title, let due, let done else { return nil }
        return Milestone(title: title, due: due, done: done)
    }
}

extension StatusUpdate {
    static func read(from reader: ObjectReader) -> StatusUpdate? {
        let at = reader.day("at")
        let by = reader.string("by")
        let health = reader.coded("health", as: Health.self)
        let text = reader.string("text")
        reader.reportUnknownFields()
        guard let at, let by, let health, let text else { return nil }
        return StatusUpdate(at: at, by: by, health: health, text: text)
    }
}

extension Commitment {
    static func read(from reader: ObjectReader) -> Commitment? {
        let id = reader.id("id")
        let partner = reader.id("partner")
        let projectField = reader.field("project", required: false)
        let project = projectField.flatMap { _ in reader.id("project", required: false) }
        let kind = reader.coded("kind", as: CommitmentKind.self)
        let amount = reader.amount("amount", as: Quantity.self)
        let unit = reader.string("unit")
        let valueEUR = reader.amount("valueEUR", as: Money.self)
        let from = reader.day("from")
        let until = reader.day("until", required: false)
        let state = reader.coded("state", as: CommitmentState.self)
        let note = reader.string("note", required: false, allowEmpty: true)
        let stamp = reader.stamp()
        reader.reportUnknownFields()
        guard let id, let partner, projectField == nil || project != nil, let kind, let amount, let unit,
              let valueEUR, let from, let state, let stamp else { return nil }
        return Commitment(id: id, partner: partner, project: project, kind: kind, amount: amount, unit: unit,
                          valueEUR: valueEUR, from: from, until: until, state: state, note: note, stamp: stamp)
    }
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
            guard case .string(let text) = node.value, TimeZone(identifier: text) != nil else {
                let shown = if case .string(let text) = node.value { text } else { "" }
                reader.sink.report(.unknownTimeZone(shown), at: path, node: node)
                return nil
            }
            return text
        }
        let timeZoneField = reader.field("timeZone", required: false)
        reader.reportUnknownFields(allowing: FileHeader.keys)
        guard let name, let city, let founded, let mission,
              let arrangements = arrangements.flatMap(allOrNothing), let debtPhases = debtPhases.flatMap(allOrNothing),
              let sharedSupport = sharedSupport ?? nil, rates.map({ $0 != nil }) ?? true,
              timeZoneField == nil || timeZone != nil else { return nil }
        return Lab(name: name, city: city, founded: founded, mission: mission, asOf: asOf,
                   arrangements: arrangements, debtPhases: debtPhases, sharedSupport: sharedSupport,
                   rates: rates ?? nil, timeZone: timeZone)
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
        reader.reportUnknownFields()
        guard let name, let summary else { return nil }
        return SharedSupport(name: name, summary: summary)
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
