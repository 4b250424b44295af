// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The forms for each edit: which fields of the catalogue they show, filled with the current values.
/// Labels, choices and how a value is written come from the field catalogue.
enum FormSpecs {
    /// A form field for the catalogue field at `path` (`amount`, `contact.email`), showing `value`'s
    /// current value or `fallback`.
    static func field(_ kind: EntityKind, _ path: String, of value: EntityValue?, fallback: JSONValue? = nil,
                      hint: UIText? = nil, state: AppState) -> FormField {
        let keys = path.split(separator: ".").map(String.init)
        let (descriptor, group) = FieldCatalogue.field(at: keys, of: kind)!
        var current = value?.fieldValues[keys[0]]
        if group != nil {
            current = if case .object(let members)? = current { members.first { $0.key == descriptor.key }?.value.value } else { nil }
        }
        let language = state.language
        // A group's first part carries the group's name: Contactpersoon, then E-mail.
        let isFirstPart = if case .group(let parts)? = group?.shape { parts.first?.key == descriptor.key } else { false }
        let label = ((isFirstPart ? group : nil) ?? descriptor).label.text(in: language)
        let text = FieldDisplay.editableText(current ?? fallback, for: descriptor, in: language)
        return FormField(path, label, inputKind(descriptor, state: state), text, hint: hint.map(state.say))
    }

    private static func inputKind(_ field: FieldDescriptor, state: AppState) -> FormField.Kind {
        let language = state.language
        switch field.shape {
        case .choice(let choices): return .choice(values: choices.codes, labels: choices.names.map { $0.text(in: language) })
        case .flag: return .choice(values: Choices.yesNo.codes, labels: Choices.yesNo.names.map { $0.text(in: language) })
        case .arrangement:
            let arrangements = state.data.lab.arrangements
            return .choice(values: arrangements.map(\.id), labels: arrangements.map { $0.name.text(in: language) })
        case .debtPhases:
            let phases = state.data.lab.debtPhases
            return .several(values: phases.map(\.id), labels: phases.map { $0.name.text(in: language) })
        case .reference(let kind): return .reference(kind)
        default: return .text
        }
    }

    static func commitment(_ commitment: Commitment?, state: AppState) -> FormState {
        let value = commitment.map(EntityValue.commitment)
        func field(_ path: String, _ fallback: JSONValue? = nil, hint: UIText? = nil) -> FormField {
            FormSpecs.field(.commitment, path, of: value, fallback: fallback, hint: hint, state: state)
        }
        var valueField = field("valueEUR", hint: .computedWhenEmpty)
        // A value in euros that follows from the amount is left empty: it is worked out again on saving.
        if let commitment, Valuation.isDerived(commitment, rates: state.data.lab.rates) { valueField.value = "" }
        let fields = [
            field("partner", hint: .idOrName),
            field("project", hint: .emptyIsSharedSupport),
            field("kind", .string(CommitmentKind.money.rawValue)),
            field("amount"),
            field("unit", .string(MeasureUnit.euro.code)),
            valueField,
            field("from", .string(state.referenceDay.description)),
            field("until"),
            field("state", .string(CommitmentState.pledged.rawValue)),
            field("note"),
        ]
        let purpose: FormState.Purpose = commitment.map { .editCommitment($0.id) } ?? .addCommitment
        let title = commitment.map { "\(state.say(.commitmentTitle)) \($0.id)" } ?? state.say(.newCommitment)
        return FormState(purpose: purpose, title: title, fields: fields, base: value)
    }

    static func statusUpdate(_ project: Project, state: AppState) -> FormState {
        let update = FieldCatalogue.statusUpdate
        let title = state.say(.statusUpdate)
        return FormState(purpose: .postUpdate(project.id), title: "\(title.capitalizedFirst): \(project.name)", fields: [
            FormField("health", update[2].label.text(in: state.language), inputKind(update[2], state: state), project.health.rawValue),
            FormField("text", update[3].label.text(in: state.language), .text),
        ], base: .project(project))
    }

    static func editProject(_ project: Project, state: AppState) -> FormState {
        let value = EntityValue.project(project)
        let keys = ["name", "stage", "health", "arrangement", "debtPhases", "lead", "summary", "targetGroup", "goal.metric", "goal.target", "goal.reached"]
        let fields = keys.map { key in
            field(.project, key, of: value, hint: key == "lead" ? .idOrName : nil, state: state)
        }
        return FormState(purpose: .editProject(project.id), title: project.name, fields: fields, base: value)
    }

    static func addProject(state: AppState) -> FormState {
        let defaults: [String: JSONValue] = [
            "arrangement": .string(state.data.lab.arrangements.first?.id ?? ""), "stage": .string(Stage.idea.rawValue),
            "health": .string(Health.onTrack.rawValue), "started": .string(state.referenceDay.description),
        ]
        let keys = ["id", "name", "lead", "arrangement", "debtPhases", "stage", "health", "started", "summary", "targetGroup", "goal.metric",
                    "goal.target", "goal.reached"]
        let fields = keys.map { key in
            field(.project, key, of: nil, fallback: defaults[key], hint: key == "lead" ? .idOrName : nil, state: state)
        }
        return FormState(purpose: .addProject, title: state.say(.newProject), fields: fields, base: nil)
    }

    static func partner(_ partner: Partner?, state: AppState) -> FormState {
        let value = partner.map(EntityValue.partner)
        let defaults: [String: JSONValue] = [
            "scope": .string(Scope.local.rawValue), "sector": .string(Sector.private.rawValue), "kind": .string(PartnerKind.other.rawValue),
            "founding": .bool(false), "joined": .string(state.referenceDay.description),
        ]
        let keys = (partner == nil ? ["id"] : []) + ["name", "scope", "sector", "kind", "founding", "joined", "contact.name", "contact.email", "note"]
        let fields = keys.map { field(.partner, $0, of: value, fallback: defaults[$0], state: state) }
        let purpose: FormState.Purpose = partner.map { .editPartner($0.id) } ?? .addPartner
        return FormState(purpose: purpose, title: partner?.name ?? state.say(.newPartner), fields: fields, base: value)
    }
}
