import ArgumentParser
import Foundation
import LabModel

struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Wijzig een toezegging, project of partner. / Change a commitment, project or partner.",
        discussion: "With --if-revision N the edit is refused (exit 3) when someone changed the entity since revision N.",
        subcommands: [UpdateCommitment.self, UpdateProject.self, UpdatePartner.self])
}

/// The revision an edit from a script may insist on.
struct RevisionOption: ParsableArguments {
    @Option(name: .customLong("if-revision"), help: "Refuse the edit (exit 3) unless the entity is still at this revision.")
    var revision: Int?

    /// The revision to base the edit on: the one given, else the current one.
    func base(current: Int) -> Int { revision ?? current }
}

struct UpdateCommitment: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "commitment", abstract: "Change a commitment.")

    @OptionGroup var edit: EditOptions
    @OptionGroup var guardRevision: RevisionOption
    @Argument(help: "The commitment's id.", completion: IDCompletion.commitments) var id: String
    @Option(help: "proposed, pledged, delivered or withdrawn.") var state: String?
    @Option(help: "The amount in its unit.") var amount: String?
    @Option(help: "The unit.") var unit: String?
    @Option(help: "Estimated value in euros.") var value: String?
    @Option(help: "Start date.") var from: String?
    @Option(help: "End date.") var until: String?
    @Option(help: "A note.") var note: String?

    func run() throws {
        let entry = try edit.commit { data throws(EditFailure) in
            guard var commitment = data.commitment(id) else { throw .notFound(.commitment, id) }
            let base = guardRevision.base(current: commitment.stamp.revision)
            if let state { commitment.state = try OptionValue.coded(state, option: "state") }
            if let amount { commitment.amount = try OptionValue.amount(amount, option: "amount") }
            if let unit { commitment.unit = unit }
            if let value { commitment.valueEUR = try OptionValue.amount(value, option: "value") }
            if let from { commitment.from = try OptionValue.day(from, option: "from") }
            if let until { commitment.until = try OptionValue.day(until, option: "until") }
            if let note { commitment.note = note }
            return EntityChange(.commitment(commitment), basedOn: base)
        }
        Output.out("\(entry.value.id) \(entry.value.stamp.revision)\n")
    }
}

struct UpdateProject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Change a project, or post a status update (--health and --note).")

    @OptionGroup var edit: EditOptions
    @OptionGroup var guardRevision: RevisionOption
    @Argument(help: "The project's id.", completion: IDCompletion.projects) var id: String
    @Option(help: "idea, pilot, project, structural or stopped.") var stage: String?
    @Option(help: "on-track, attention or blocked.") var health: String?
    @Option(help: "The governance arrangement's id.") var arrangement: String?
    @Option(help: "The debt phases' ids, comma-separated.") var phases: String?
    @Option(help: "The text of a dated status update (with the project's health).") var note: String?

    func run() throws {
        let author = edit.authorName
        let entry = try edit.commit { data throws(EditFailure) in
            guard var project = data.project(id) else { throw .notFound(.project, id) }
            let base = guardRevision.base(current: project.stamp.revision)
            if let stage { project.stage = try OptionValue.coded(stage, option: "stage") }
            if let health { project.health = try OptionValue.coded(health, option: "health") }
            if let arrangement { project.arrangement = arrangement }
            if let phases { project.debtPhases = phases.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            if let note {
                project.updates.append(StatusUpdate(at: Day.today(), by: author, health: project.health, text: note))
            }
            return EntityChange(.project(project), basedOn: base)
        }
        Output.out("\(entry.value.id) \(entry.value.stamp.revision)\n")
    }
}

struct UpdatePartner: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partner", abstract: "Change a partner.")

    @OptionGroup var edit: EditOptions
    @OptionGroup var guardRevision: RevisionOption
    @Argument(help: "The partner's id.", completion: IDCompletion.partners) var id: String
    @Option(help: "The name.") var name: String?
    @Option(help: "national or local.") var scope: String?
    @Option(help: "public, private or societal.") var sector: String?
    @Option(help: "The kind of organisation.") var kind: String?
    @Option(name: .customLong("contact-name"), help: "The contact's name.") var contactName: String?
    @Option(name: .customLong("contact-email"), help: "The contact's e-mail address.") var contactEmail: String?
    @Option(help: "A note.") var note: String?

    func run() throws {
        let entry = try edit.commit { data throws(EditFailure) in
            guard var partner = data.partner(id) else { throw .notFound(.partner, id) }
            let base = guardRevision.base(current: partner.stamp.revision)
            if let name { partner.name = name }
            if let scope { partner.scope = try OptionValue.coded(scope, option: "scope") }
            if let sector { partner.sector = try OptionValue.coded(sector, option: "sector") }
            if let kind { partner.kind = try OptionValue.coded(kind, option: "kind") }
            if contactName != nil || contactEmail != nil {
                partner.contact = Contact(name: contactName ?? partner.contact?.name ?? "", email: contactEmail ?? partner.contact?.email ?? "")
            }
            if let note { partner.note = note }
            return EntityChange(.partner(partner), basedOn: base)
        }
        Output.out("\(entry.value.id) \(entry.value.stamp.revision)\n")
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
        let entry = try edit.commit { data throws(EditFailure) in
            guard var commitment = data.commitment(id) else { throw .notFound(.commitment, id) }
            let base = guardRevision.base(current: commitment.stamp.revision)
            commitment.state = .withdrawn
            return EntityChange(.commitment(commitment), basedOn: base)
        }
        Output.out("\(entry.value.id) \(entry.value.stamp.revision)\n")
    }
}
