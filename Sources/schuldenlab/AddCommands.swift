import ArgumentParser
import Foundation
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
        discussion: "Exit 0 saved, 1 refused (the message says why), 2 the folder cannot be read or written.")

    @OptionGroup var edit: EditOptions
    @Option(help: "The partner's id.", completion: IDCompletion.partners) var partner: String
    @Option(help: "The project's id; leave out for the lab's shared support.", completion: IDCompletion.projects) var project: String?
    @Option(help: "money, hours, expertise, data, in-kind or mandate.") var kind: String
    @Option(help: "The amount in its unit, such as 50000 or 0.5.") var amount: String
    @Option(help: "EUR, hours, hours/week, FTE, ...") var unit: String
    @Option(help: "Estimated value in euros; for money in EUR it is the amount.") var value: String?
    @Option(help: "Start date, YYYY-MM-DD (default today).") var from: String?
    @Option(help: "End date, YYYY-MM-DD.") var until: String?
    @Option(help: "proposed, pledged (default), delivered or withdrawn.") var state = "pledged"
    @Option(help: "A note.") var note: String?
    @Option(help: "The id to give it (default the next c-NNNN).") var id: String?

    func run() throws {
        let entry = try edit.commit { data throws(EditFailure) in
            let kind: CommitmentKind = try OptionValue.coded(kind, option: "kind")
            let amount: Quantity = try OptionValue.amount(amount, option: "amount")
            let valueText = value ?? ((kind == .money && unit == "EUR") ? amount.plainText : nil)
            guard let valueText else { throw RefusedEdit.invalid("--value", .missingField("value")) }
            let commitment = Commitment(
                id: try id.map { text throws(EditFailure) in try OptionValue.id(text, option: "id") } ?? data.nextCommitmentID,
                partner: partner, project: project, kind: kind, amount: amount, unit: unit,
                valueEUR: try OptionValue.amount(valueText, option: "value"),
                from: try from.map { text throws(EditFailure) in try OptionValue.day(text, option: "from") } ?? Day.today(),
                until: try until.map { text throws(EditFailure) in try OptionValue.day(text, option: "until") },
                state: try OptionValue.coded(state, option: "state"), note: note, stamp: EditStamp.placeholder)
            return EntityChange(.commitment(commitment), basedOn: nil)
        }
        Output.out(entry.value.id + "\n")
    }
}

struct AddPartner: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "partner", abstract: "Add a partner.")

    @OptionGroup var edit: EditOptions
    @Option(help: "The new partner's id, such as 'ing'.") var id: String
    @Option(help: "The name.") var name: String
    @Option(help: "national or local.") var scope: String
    @Option(help: "public, private or societal.") var sector: String
    @Option(help: "municipality, bank, insurer, housing, energy, employer, fund, care, foundation, government-agency, creditor, knowledge or other.")
    var kind: String
    @Flag(help: "One of the partners that signed the 2016 covenant.") var founding = false
    @Option(help: "Date of joining, YYYY-MM-DD (default today).") var joined: String?
    @Option(name: .customLong("contact-name"), help: "The contact's name.") var contactName: String?
    @Option(name: .customLong("contact-email"), help: "The contact's e-mail address.") var contactEmail: String?
    @Option(help: "A motive; repeat for more.") var motive: [String] = []
    @Option(help: "A note.") var note: String?

    func run() throws {
        let entry = try edit.commit { _ throws(EditFailure) in
            var contact: Contact?
            if contactName != nil || contactEmail != nil { contact = Contact(name: contactName ?? "", email: contactEmail ?? "") }
            let partner = Partner(
                id: try OptionValue.id(id, option: "id"), name: name, scope: try OptionValue.coded(scope, option: "scope"),
                sector: try OptionValue.coded(sector, option: "sector"), kind: try OptionValue.coded(kind, option: "kind"),
                founding: founding,
                joined: try joined.map { text throws(EditFailure) in try OptionValue.day(text, option: "joined") } ?? Day.today(),
                contact: contact, motives: motive, note: note, stamp: EditStamp.placeholder)
            return EntityChange(.partner(partner), basedOn: nil)
        }
        Output.out(entry.value.id + "\n")
    }
}

struct AddProject: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "project", abstract: "Add a project.")

    @OptionGroup var edit: EditOptions
    @Option(help: "The new project's id, such as 'jpf'.") var id: String
    @Option(help: "The name.") var name: String
    @Option(help: "The lead partner's id.", completion: IDCompletion.partners) var lead: String
    @Option(help: "The governance arrangement's id (see lab.json).") var arrangement: String
    @Option(help: "A debt phase's id; repeat for more.") var phase: [String] = []
    @Option(help: "idea (default), pilot, project, structural or stopped.") var stage = "idea"
    @Option(help: "on-track (default), attention or blocked.") var health = "on-track"
    @Option(help: "Start date, YYYY-MM-DD (default today).") var started: String?
    @Option(help: "What the project does.") var summary = ""
    @Option(name: .customLong("target-group"), help: "Who it is for.") var targetGroup = ""

    func run() throws {
        let entry = try edit.commit { _ throws(EditFailure) in
            let project = Project(
                id: try OptionValue.id(id, option: "id"), name: name, summary: summary, targetGroup: targetGroup, lead: lead,
                arrangement: arrangement, debtPhases: phase, stage: try OptionValue.coded(stage, option: "stage"),
                health: try OptionValue.coded(health, option: "health"),
                started: try started.map { text throws(EditFailure) in try OptionValue.day(text, option: "started") } ?? Day.today(),
                stamp: EditStamp.placeholder)
            return EntityChange(.project(project), basedOn: nil)
        }
        Output.out(entry.value.id + "\n")
    }
}

/// The stamp a new value carries until `commit` sets the real one.
enum EditStamp {
    static let placeholder = Stamp(revision: 1, updatedAt: Timestamp(Date(timeIntervalSince1970: 0)), updatedBy: "")
}
