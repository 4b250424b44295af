import Foundation
import LabModel

/// Turns a filled-in form into the change it asks for, or says per field what is wrong.
enum FormSubmit {
    struct FieldErrors: Error {
        var errors: [String: String]
    }

    static func change(from form: FormState, state: AppState) -> Result<EntityChange, FieldErrors> {
        var errors: [String: String] = [:]
        let language = state.language
        func text(_ key: String) -> String { form[key].trimmingCharacters(in: .whitespaces) }
        func required(_ key: String) -> String? {
            let value = text(key)
            if value.isEmpty { errors[key] = UIText.required.text(in: language) }
            return value.isEmpty ? nil : value
        }
        func optional(_ key: String) -> String? { text(key).isEmpty ? nil : text(key) }
        func id(_ key: String) -> String? {
            guard let value = required(key) else { return nil }
            guard Slug.isValid(value) else {
                errors[key] = UIText.notAnID.text(in: language)
                return nil
            }
            return value
        }
        func day(_ key: String, optional isOptional: Bool = false) -> Day? {
            if isOptional, text(key).isEmpty { return nil }
            guard let value = required(key) else { return nil }
            guard let day = Day(value) else {
                errors[key] = UIText.notADate.text(in: language)
                return nil
            }
            return day
        }
        func amount<Scale>(_ key: String, optional isOptional: Bool = false) -> FixedPoint<Scale>? {
            if isOptional, text(key).isEmpty { return nil }
            guard let value = required(key) else { return nil }
            guard let amount = FixedPoint<Scale>(exactly: value.replacingOccurrences(of: ",", with: ".")), !amount.isNegative else {
                errors[key] = UIText.notAnAmount.text(in: language)
                return nil
            }
            return amount
        }
        func coded<Value: CodedValue>(_ key: String) -> Value { Value(rawValue: text(key)) ?? Value.allCases.first! }
        func phases() -> [String] { text("phases").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let stamp = Stamp(revision: 1, updatedAt: Timestamp(state.today.description + "T00:00:00Z")!, updatedBy: state.author)

        let value: EntityValue?
        switch form.purpose {
        case .addCommitment, .editCommitment:
            let existing: Commitment? = if case .editCommitment(let id) = form.purpose { state.data.commitment(id) } else { nil }
            let partner = id("partner")
            let kind: CommitmentKind = coded("kind")
            let quantity: Quantity? = amount("amount")
            let unit = required("unit")
            var money: Money? = amount("value", optional: true)
            if money == nil, errors["value"] == nil, let quantity {
                if kind == .money, unit == "EUR" { money = Money(exactly: quantity.plainText) } else { errors["value"] = UIText.required.text(in: language) }
            }
            let from = day("from")
            let until = day("until", optional: true)
            if let partner, let quantity, let unit, let money, let from {
                value = .commitment(Commitment(
                    id: existing?.id ?? state.data.nextCommitmentID, partner: partner, project: optional("project"), kind: kind,
                    amount: quantity, unit: unit, valueEUR: money, from: from, until: until, state: coded("state"),
                    note: optional("note"), stamp: existing?.stamp ?? stamp))
            } else {
                value = nil
            }
        case .postUpdate(let projectID):
            guard var project = state.data.project(projectID) else { return .failure(FieldErrors(errors: [:])) }
            let health: Health = coded("health")
            if let updateText = required("text") {
                project.health = health
                project.updates.append(StatusUpdate(at: state.today, by: state.author, health: health, text: updateText))
                value = .project(project)
            } else {
                value = nil
            }
        case .editProject(let projectID):
            guard var project = state.data.project(projectID) else { return .failure(FieldErrors(errors: [:])) }
            project.stage = coded("stage")
            project.health = coded("health")
            project.arrangement = text("arrangement")
            project.debtPhases = phases()
            value = .project(project)
        case .addProject:
            let projectID = id("id"), name = required("name"), lead = id("lead"), started = day("started")
            if let projectID, let name, let lead, let started {
                value = .project(Project(id: projectID, name: name, summary: text("summary"), targetGroup: text("targetGroup"), lead: lead,
                                         arrangement: text("arrangement"), debtPhases: phases(), stage: coded("stage"),
                                         health: coded("health"), started: started, stamp: stamp))
            } else {
                value = nil
            }
        case .addPartner, .editPartner:
            let existing: Partner? = if case .editPartner(let id) = form.purpose { state.data.partner(id) } else { nil }
            let partnerID = existing?.id ?? id("id")
            let name = required("name"), joined = day("joined")
            var contact: Contact?
            if optional("contactName") != nil || optional("contactEmail") != nil {
                contact = Contact(name: text("contactName"), email: text("contactEmail"))
            }
            if let partnerID, let name, let joined {
                value = .partner(Partner(id: partnerID, name: name, scope: coded("scope"), sector: coded("sector"), kind: coded("kind"),
                                         founding: text("founding") == "true", joined: joined, contact: contact,
                                         motives: existing?.motives ?? [], note: optional("note"), stamp: existing?.stamp ?? stamp))
            } else {
                value = nil
            }
        }
        guard errors.isEmpty, let value else { return .failure(FieldErrors(errors: errors)) }
        // References and periods, checked here so that the form can say which field.
        for problem in Validator.problemsReadingBack(value, in: state.data) + Validator.problems(of: value, in: state.data) {
            let keys = problem.path?.components.dropFirst(2).compactMap { component -> String? in
                if case .key(let key) = component { key } else { nil }
            } ?? []
            guard let first = keys.first else { continue }
            // contact.email is the form's field contactEmail.
            let field = ([first] + keys.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }).joined()
            errors[field == "debtPhases" ? "phases" : field] = problem.kind.message(in: language)
        }
        guard errors.isEmpty else { return .failure(FieldErrors(errors: errors)) }
        return .success(EntityChange(value, basedOn: form.baseRevision))
    }
}
