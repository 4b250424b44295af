// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Wijzig een toezegging, project of partner. / Change a commitment, project or partner.",
        discussion: "With --if-revision N the edit starts from revision N: what others changed since is kept, and the edit is "
            + "refused (exit 3, naming the field) only when someone changed one of the same fields differently.",
        subcommands: [UpdateCommitment.self, UpdateProject.self, UpdatePartner.self])
}

/// The revision an edit from a script starts from.
struct RevisionOption: ParsableArguments {
    @Option(name: .customLong("if-revision"),
            help: "The revision the change starts from: changes made since are merged, a field changed differently is refused (exit 3).")
    var revision: Int?

    /// The change of `current` that `makeValue` makes from the version it starts from: the revision given
    /// (looked up in the history), else the current one.
    func change(of current: EntityValue, in folder: DataFolder,
                _ makeValue: (EntityValue) throws(EditFailure) -> EntityValue) throws(EditFailure) -> EntityChange {
        let revision = revision ?? current.stamp.revision
        let base = revision == current.stamp.revision ? current : folder.version(of: current.kind, current.id, revision: revision)
        guard let base else { throw .conflict(current: current, fields: []) }
        return EntityChange(try makeValue(base), basedOn: revision, base: base)
    }
}

struct UpdateCommitment: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "commitment", abstract: "Change a commitment.")

    @OptionGroup var edit: EditOptions
    @OptionGroup var guardRevision: RevisionOption
    @Argument(help: "The commitment's id.", completion: IDCompletion.commitments) var id: String
    @Option(help: FieldHelp.text(.commitment, "partner"), completion: IDCompletion.partners) var partner: String?
    @Option(help: FieldHelp.text(.commitment, "project", "- for the lab's shared support"), completion: IDCompletion.projects)
    var project: String?
    @Option(help: FieldHelp.text(.commitment, "kind")) var kind: String?
    @Option(help: FieldHelp.text(.commitment, "state")) var state: String?
    @Option(help: FieldHelp.text(.commitment, "amount")) var amount: String?
    @Option(help: FieldHelp.text(.commitment, "unit")) var unit: String?
    @Option(help: FieldHelp.text(.commitment, "valueEUR", "Left out, it follows the amount as before")) var value: String?
    @Option(help: FieldHelp.text(.commitment, "from")) var from: String?
    @Option(help: FieldHelp.text(.commitment, "until")) var until: String?
    @Option(help: FieldHelp.text(.commitment, "note")) var note: String?

    func run() throws {
        let entry = try edit.commit { data, folder throws(EditFailure) in
            guard let current = data.value(.commitment, id) else { throw .notFound(.commitment, id) }
            var options = TypedOptions()
            options.add("partner", partner)
            options.add("project", project)
            options.add("kind", kind)
            options.add("state", state)
            options.add("amount", amount)
            options.add("unit", unit)
            options.add("valueEUR", value)
            options.add("from", from)
            options.add("until", until)
            options.add("note", note)
            return try guardRevision.change(of: current, in: folder) { base throws(EditFailure) in
                try edit.change(.commitment, existing: base, typed: options.typed, in: data)
            }
        }
        Output.acknowledge(entry, "\(entry.value.id) \(entry.value.stamp.revision)\n", language: edit.language)
    }
}

struct UpdateProject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Change a project, or post a status update (--note, with --health).")

    @OptionGroup var edit: EditOptions
    @OptionGroup var guardRevision: RevisionOption
    @Argument(help: "The project's id.", completion: IDCompletion.projects) var id: String
    @Option(help: FieldHelp.text(.project, "name")) var name: String?
    @Option(help: FieldHelp.text(.project, "stage")) var stage: String?
    @Option(help: FieldHelp.text(.project, "health")) var health: String?
    @Option(help: FieldHelp.text(.project, "lead"), completion: IDCompletion.partners) var lead: String?
    @Option(help: FieldHelp.text(.project, "arrangement")) var arrangement: String?
    @Option(help: FieldHelp.text(.project, "debtPhases")) var phases: String?
    @Option(help: FieldHelp.text(.project, "started")) var started: String?
    @Option(help: FieldHelp.text(.project, "summary")) var summary: String?
    @Option(name: .customLong("target-group"), help: FieldHelp.text(.project, "targetGroup")) var targetGroup: String?
    @OptionGroup var goal: GoalOptions
    @Option(help: "The text of a status update, dated the lab's reference day, with the project's health (or --health).")
    var note: String?

    func run() throws {
        let author = edit.authorName
        let entry = try edit.commit { data, folder throws(EditFailure) in
            guard let current = data.value(.project, id) else { throw .notFound(.project, id) }
            var options = TypedOptions()
            options.add("name", name)
            options.add("stage", stage)
            options.add("health", health)
            options.add("lead", lead)
            options.add("arrangement", arrangement)
            options.add("debtPhases", phases)
            options.add("started", started)
            options.add("summary", summary)
            options.add("targetGroup", targetGroup)
            goal.add(to: &options)
            return try guardRevision.change(of: current, in: folder) { base throws(EditFailure) in
                let changed = try edit.change(.project, existing: base, typed: options.typed, in: data)
                guard let note, case .project(let project) = changed else { return changed }
                let day = ReferenceDate.resolve(lab: data.lab)
                switch EntityEdit.postUpdate(to: project, health: health ?? project.health.rawValue, text: note, by: author, on: day,
                                             context: .commandLine, in: data) {
                case .success(let posted): return posted
                case .failure(let problems):
                    throw .invalid(problems.problems.map { Problem(file: $0.path == ["text"] ? "--note" : "--health", kind: $0.kind) })
                }
            }
        }
        Output.acknowledge(entry, "\(entry.value.id) \(entry.value.stamp.revision)\n", language: edit.language)
    }
}

/// A project's goal: what is counted, the target and what has been reached.
struct GoalOptions: ParsableArguments {
    @Option(name: .customLong("goal-metric"), help: FieldHelp.text(.project, "goal.metric")) var metric: String?
    @Option(name: .customLong("goal-target"), help: FieldHelp.text(.project, "goal.target")) var target: String?
    @Option(name: .customLong("goal-reached"), help: FieldHelp.text(.project, "goal.reached")) var reached: String?

    func add(to options: inout TypedOptions) {
        options.add("goal.metric", metric)
        options.add("goal.target", target)
        options.add("goal.reached", reached)
    }
}

struct UpdatePartner: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partner", abstract: "Change a partner.")

    @OptionGroup var edit: EditOptions
    @OptionGroup var guardRevision: RevisionOption
    @Argument(help: "The partner's id.", completion: IDCompletion.partners) var id: String
    @Option(help: FieldHelp.text(.partner, "name")) var name: String?
    @Option(help: FieldHelp.text(.partner, "scope")) var scope: String?
    @Option(help: FieldHelp.text(.partner, "sector")) var sector: String?
    @Option(help: FieldHelp.text(.partner, "kind")) var kind: String?
    @Option(help: FieldHelp.text(.partner, "founding")) var founding: String?
    @Option(help: FieldHelp.text(.partner, "joined")) var joined: String?
    @Option(name: .customLong("contact-name"), help: FieldHelp.text(.partner, "contact.name", "Empty, with an empty --contact-email, erases the contact"))
    var contactName: String?
    @Option(name: .customLong("contact-email"), help: FieldHelp.text(.partner, "contact.email")) var contactEmail: String?
    @Flag(name: .customLong("clear-contact"), help: "Remove the contact (name and e-mail address).") var clearContact = false
    @Option(help: FieldHelp.text(.partner, "motives", "Repeat for more; replaces the motives")) var motive: [String] = []
    @Option(help: FieldHelp.text(.partner, "note")) var note: String?

    func run() throws {
        let entry = try edit.commit { data, folder throws(EditFailure) in
            guard let current = data.value(.partner, id) else { throw .notFound(.partner, id) }
            var options = TypedOptions()
            options.add("name", name)
            options.add("scope", scope)
            options.add("sector", sector)
            options.add("kind", kind)
            options.add("founding", founding)
            options.add("joined", joined)
            options.add("contact.name", clearContact ? "" : contactName)
            options.add("contact.email", clearContact ? "" : contactEmail)
            options.add("motives", motive)
            options.add("note", note)
            return try guardRevision.change(of: current, in: folder) { base throws(EditFailure) in
                try edit.change(.partner, existing: base, typed: options.typed, in: data)
            }
        }
        Output.acknowledge(entry, "\(entry.value.id) \(entry.value.stamp.revision)\n", language: edit.language)
    }
}

struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw", abstract: "Trek een toezegging in. / Withdraw a commitment.",
        subcommands: [WithdrawCommitment.self])
}

struct WithdrawCommitment: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "commitment", abstract: "Withdraw a commitment (it stays in the history).")

    @OptionGroup var edit: EditOptions
    @OptionGroup var guardRevision: RevisionOption
    @Argument(help: "The commitment's id.", completion: IDCompletion.commitments) var id: String

    func run() throws {
        let entry = try edit.commit { data, folder throws(EditFailure) in
            guard let current = data.value(.commitment, id) else { throw .notFound(.commitment, id) }
            return try guardRevision.change(of: current, in: folder) { base throws(EditFailure) in
                try edit.change(.commitment, existing: base, typed: [EntityEdit.Typed(["state"], CommitmentState.withdrawn.rawValue)], in: data)
            }
        }
        Output.acknowledge(entry, "\(entry.value.id) \(entry.value.stamp.revision)\n", language: edit.language)
    }
}
