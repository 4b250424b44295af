// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Makes a new or changed entity from what a person typed, field by field, for a form and for the
/// command line alike: each text is read by its field's shape, a commitment's value in euros is
/// worked out where it was not typed, and the result is read back and checked as the files are.
public enum EntityEdit {
    public struct Typed: Sendable, Hashable {
        public let path: [String]
        public let text: String

        public init(_ path: [String], _ text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The entity `existing` (or a new one with `newID`) with `typed` laid over it, or every problem by field.
    public static func make(_ kind: EntityKind, existing: EntityValue?, newID: String? = nil, typed: [Typed],
                            context: NumberContext, in data: LabData, stamp: Stamp) -> Result<EntityValue, FieldProblems> {
        var draft = EntityDraft(kind: kind, from: existing)
        if let newID { draft.set("id", .string(newID)) }
        var valueTyped = false
        for item in typed {
            if item.path == ["valueEUR"] {
                if item.text.trimmingSpaces().isEmpty { continue }
                valueTyped = true
            }
            draft.type(item.text, into: item.path, context: context, in: data)
        }
        if kind == .commitment, !valueTyped {
            CommitmentValue.settle(&draft, previous: existing, rates: data.lab.rates)
        }
        let value: EntityValue
        switch draft.entity(stamp: existing?.stamp ?? stamp) {
        case .success(let read): value = read
        case .failure(let problems):
            return .failure(valueTyped ? problems : CommitmentValue.withoutFollowingProblem(problems))
        }
        let problems = (Validator.problems(of: value, in: data) + Validator.valueProblems(of: value, in: data)).map { problem in
            FieldProblem(path: problem.fieldPath, kind: problem.kind)
        }
        return problems.isEmpty ? .success(value) : .failure(FieldProblems(problems))
    }

    /// `project` with a new dated status update on top, and its health set to the update's.
    public static func postUpdate(to project: Project, health: String, text: String, by author: String, on day: Day,
                                  context: NumberContext, in data: LabData) -> Result<EntityValue, FieldProblems> {
        let parts = FieldCatalogue.statusUpdate
        var problems: [FieldProblem] = []
        func read(_ key: String, _ typed: String) -> JSONValue? {
            switch FieldInput.value(typed, for: parts.first { $0.key == key }!, context: context, in: data) {
            case .success(let value): return value
            case .failure(let kind):
                problems.append(FieldProblem(path: [key], kind: kind))
                return nil
            }
        }
        let healthValue = read("health", health)
        let textValue = read("text", text)
        guard problems.isEmpty, case .string(let code)? = healthValue, let chosen = Health(rawValue: code), case .string(let said)? = textValue else {
            return .failure(FieldProblems(problems))
        }
        var posted = project
        posted.health = chosen
        posted.updates.append(StatusUpdate(at: day, by: author, health: chosen, text: said))
        // Read back like any edit, so that what the files would refuse (an author of only spaces) is said by field.
        let draft = EntityDraft(kind: .project, from: .project(posted))
        return draft.entity(stamp: project.stamp).mapError { problems in
            // A status update's own fields are the form's fields: `updates.text` is `text`.
            FieldProblems(problems.problems.map { FieldProblem(path: $0.path.first == "updates" ? Array($0.path.suffix(1)) : $0.path, kind: $0.kind) })
        }
    }
}

extension Problem {
    /// The field of the entity a problem is about: `commitments[3].contact.email` is `["contact", "email"]`.
    public var fieldPath: [String] {
        path?.components.dropFirst(2).keys ?? []
    }
}

/// A commitment's value in euros where nobody typed one: the amount for euros, else worked out from
/// the lab's rates. A value someone set by hand is kept when the amount or the unit change.
enum CommitmentValue {
    /// A value nobody typed is worked out from the amount and the unit: while either has a problem,
    /// that the value is empty too says nothing new.
    static func withoutFollowingProblem(_ problems: FieldProblems) -> FieldProblems {
        let sourceProblem = problems.problems.contains { $0.path == ["amount"] || $0.path == ["unit"] }
        guard sourceProblem else { return problems }
        return FieldProblems(problems.problems.filter { !($0.path == ["valueEUR"] && $0.kind == .emptyText) })
    }

    static func settle(_ draft: inout EntityDraft, previous: EntityValue?, rates: Rates?) {
        guard case .number(let amountText)? = draft.value("amount"), let amount = Quantity(exactly: amountText),
              case .string(let unitCode)? = draft.value("unit"), case .string(let fromText)? = draft.value("from"),
              let from = DayInput.parse(fromText) else { return }
        let until: Day? = if case .string(let text)? = draft.value("until") { DayInput.parse(text) } else { nil }
        let unit = MeasureUnit(code: unitCode)
        // Euros have cents: a third decimal is a mistake in the amount, not in a value nobody typed.
        if unit == .euro, Money(exactly: amount.plainText) == nil {
            return draft.report(.numberRefused(.tooManyDecimals(amount.plainText, allowed: Money.decimalsKept)), on: "amount")
        }
        if case .commitment(let old)? = previous, unit != .euro, !Valuation.isDerived(old, rates: rates) { return }
        switch Valuation.value(amount: amount, unit: unit, from: from, until: until, rates: rates) {
        case .value(let money): draft.set("valueEUR", .number(money.plainText))
        case .needsRate(let unit):
            if previous == nil { draft.report(.needsRate(unit: unit.code, rate: unit == .fte ? "perFTEYear" : "perHour"), on: "valueEUR") }
        case .notValued:
            if previous == nil { draft.set("valueEUR", .number("0")) }
        case .tooLarge:
            draft.report(.numberRefused(.tooLarge(amount.plainText)), on: "valueEUR")
        }
    }
}
