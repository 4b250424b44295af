// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Voeg een toezegging, partner of project toe. / Add a commitment, partner or project.",
        subcommands: [AddCommitment.self, AddPartner.self, AddProject.self])
}

struct AddCommitment: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitment", abstract: "Add a commitment; prints its new id.",
        discussion: "Values of fixed sets and units may be given in English or Dutch (pledged or toegezegd). "
            + "Exit 0 saved, 1 refused (the message says why), 2 the folder cannot be read or written.")

    @OptionGroup var edit: EditOptions
    @Option(help: FieldHelp.text(.commitment, "partner"), completion: IDCompletion.partners) var partner: String
    @Option(help: FieldHelp.text(.commitment, "project", "Leave out for the lab's shared support"), completion: IDCompletion.projects)
    var project: String?
    @Option(help: FieldHelp.text(.commitment, "kind")) var kind: String
    @Option(help: FieldHelp.text(.commitment, "amount", "In its unit")) var amount: String
    @Option(help: FieldHelp.text(.commitment, "unit")) var unit: String
    @Option(help: FieldHelp.text(.commitment, "valueEUR", "Estimated value in euros; left out, it is the amount for EUR and "
        + "follows from the lab's rates for hours, hours/week, days and FTE")) var value: String?
    @Option(help: FieldHelp.text(.commitment, "from", "Default: the lab's reference day")) var from: String?
    @Option(help: FieldHelp.text(.commitment, "until")) var until: String?
    @Option(help: FieldHelp.text(.commitment, "state")) var state = "pledged"
    @Option(help: FieldHelp.text(.commitment, "note")) var note: String?
    @Option(help: "The id to give it (default the next c-NNNN).") var id: String?

    func run() throws {
        let entry = try edit.commit { data, _ throws(EditFailure) in
            var options = TypedOptions()
            options.add("partner", partner)
            options.add("project", project)
            options.add("kind", kind)
            options.add("amount", amount)
            options.add("unit", unit)
            options.add("valueEUR", value)
            options.add("from", from ?? ReferenceDate.resolve(lab: data.lab).description)
            options.add("until", until)
            options.add("state", state)
            options.add("note", note)
            let commitment = try edit.change(.commitment, existing: nil, newID: id ?? data.nextCommitmentID, typed: options.typed, in: data)
            return EntityChange(commitment, basedOn: nil)
        }
        Output.acknowledge(entry, entry.value.id + "\n", language: edit.language)
    }
}

struct AddPartner: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partner", abstract: "Add a partner.")

    @OptionGroup var edit: EditOptions
    @Option(help: "The new partner's id, such as 'ing'.") var id: String
    @Option(help: FieldHelp.text(.partner, "name")) var name: String
    @Option(help: FieldHelp.text(.partner, "scope")) var scope: String
    @Option(help: FieldHelp.text(.partner, "sector")) var sector: String
    @Option(help: FieldHelp.text(.partner, "kind")) var kind: String
    @Flag(help: "One of the partners that signed the 2016 covenant.") var founding = false
    @Option(help: FieldHelp.text(.partner, "joined", "Default: the lab's reference day")) var joined: String?
    @Option(name: .customLong("contact-name"), help: FieldHelp.text(.partner, "contact.name")) var contactName: String?
    @Option(name: .customLong("contact-email"), help: FieldHelp.text(.partner, "contact.email")) var contactEmail: String?
    @Option(help: FieldHelp.text(.partner, "motives", "Repeat for more")) var motive: [String] = []
    @Option(help: FieldHelp.text(.partner, "note")) var note: String?

    func run() throws {
        let entry = try edit.commit { data, _ throws(EditFailure) in
            var options = TypedOptions()
            options.add("id", id)
            options.add("name", name)
            options.add("scope", scope)
            options.add("sector", sector)
            options.add("kind", kind)
            options.add("founding", founding ? "true" : "false")
            options.add("joined", joined ?? ReferenceDate.resolve(lab: data.lab).description)
            options.add("contact.name", contactName)
            options.add("contact.email", contactEmail)
            options.add("motives", motive)
            options.add("note", note)
            return EntityChange(try edit.change(.partner, existing: nil, typed: options.typed, in: data), basedOn: nil)
        }
        Output.acknowledge(entry, entry.value.id + "\n", language: edit.language)
    }
}

struct AddProject: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "project", abstract: "Add a project.")

    @OptionGroup var edit: EditOptions
    @Option(help: "The new project's id, such as 'jpf'.") var id: String
    @Option(help: FieldHelp.text(.project, "name")) var name: String
    @Option(help: FieldHelp.text(.project, "lead"), completion: IDCompletion.partners) var lead: String
    @Option(help: FieldHelp.text(.project, "arrangement")) var arrangement: String
    @Option(help: FieldHelp.text(.project, "debtPhases")) var phases: String?
    @Option(help: FieldHelp.text(.project, "stage")) var stage = "idea"
    @Option(help: FieldHelp.text(.project, "health")) var health = "on-track"
    @Option(help: FieldHelp.text(.project, "started", "Default: the lab's reference day")) var started: String?
    @Option(help: FieldHelp.text(.project, "summary")) var summary = ""
    @Option(name: .customLong("target-group"), help: FieldHelp.text(.project, "targetGroup")) var targetGroup = ""
    @OptionGroup var goal: GoalOptions

    func run() throws {
        let entry = try edit.commit { data, _ throws(EditFailure) in
            var options = TypedOptions()
            options.add("id", id)
            options.add("name", name)
            options.add("lead", lead)
            options.add("arrangement", arrangement)
            options.add("debtPhases", phases ?? "")
            options.add("stage", stage)
            options.add("health", health)
            options.add("started", started ?? ReferenceDate.resolve(lab: data.lab).description)
            options.add("summary", summary)
            options.add("targetGroup", targetGroup)
            goal.add(to: &options)
            return EntityChange(try edit.change(.project, existing: nil, typed: options.typed, in: data), basedOn: nil)
        }
        Output.acknowledge(entry, entry.value.id + "\n", language: edit.language)
    }
}
