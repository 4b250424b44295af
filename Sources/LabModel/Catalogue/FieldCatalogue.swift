// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Every field of every entity, each described once and bound to its property. The reader and the
/// writer of the files, the forms, the command-line options, the words that describe a change and the
/// field-level merge all take their fields from here; tests hold the JSON Schemas to it field by field.
public enum FieldCatalogue {
    /// The fields every entity has besides its own, which record its edits; they are never typed or merged.
    public static let stampKeys = ["revision", "updatedAt", "updatedBy"]

    public static func fields(of kind: EntityKind) -> [FieldDescriptor] {
        switch kind {
        case .partner: partner
        case .project: project
        case .commitment: commitment
        }
    }

    public static func field(_ key: String, of kind: EntityKind) -> FieldDescriptor? {
        fields(of: kind).first { $0.key == key }
    }

    /// Every field a person types, with its path: a group's parts one by one (`contact.email`).
    public static func typedFields(of kind: EntityKind) -> [(path: [String], field: FieldDescriptor)] {
        editableFields(of: kind).flatMap { field -> [(path: [String], field: FieldDescriptor)] in
            switch field.shape {
            case .group(let parts): parts.map { ([field.key, $0.key], $0) }
            case .list: []
            default: [([field.key], field)]
            }
        }
    }

    /// The command-line option of a typed field: `--amount`, `--contact-email`.
    public static func optionName(of path: [String], in kind: EntityKind) -> String {
        guard let found = field(at: path, of: kind) else { return path.first.flatMap { field($0, of: kind)?.optionName } ?? path.joined(separator: "-") }
        return [found.group?.optionName, found.field.optionName].compactMap { $0 }.joined(separator: "-")
    }

    /// The field at `path`: one of the entity's (`["amount"]`) or a part of a group (`["contact", "email"]`),
    /// with that group.
    public static func field(at path: [String], of kind: EntityKind) -> (field: FieldDescriptor, group: FieldDescriptor?)? {
        guard let first = path.first, let top = field(first, of: kind) else { return nil }
        if path.count == 1 { return (top, nil) }
        guard path.count == 2, case .group(let parts) = top.shape, let part = parts.first(where: { $0.key == path[1] }) else { return nil }
        return (part, top)
    }

    /// The fields a person can change: all but the id.
    public static func editableFields(of kind: EntityKind) -> [FieldDescriptor] {
        fields(of: kind).filter { $0.key != "id" }
    }

    /// One field of entities of `kind`, read from the entity: `nil` for a key that is not a field.
    public static func access(to key: String, in kind: EntityKind) -> FieldAccess? {
        switch kind {
        case .partner: partners.access(to: key) { if case .partner(let partner) = $0 { partner } else { nil } }
        case .project: projects.access(to: key) { if case .project(let project) = $0 { project } else { nil } }
        case .commitment: commitments.access(to: key) { if case .commitment(let commitment) = $0 { commitment } else { nil } }
        }
    }

    public static let partner: [FieldDescriptor] = partners.fields
    public static let project: [FieldDescriptor] = projects.fields
    public static let commitment: [FieldDescriptor] = commitments.fields
    public static let statusUpdate: [FieldDescriptor] = statusUpdates.fields

    // MARK: The catalogues

    static let contacts = TypeCatalogue<Contact>([
        .text("name", "Naam", "Name", \.name),
        .email("email", "E-mail", "E-mail", \.email),
    ], blank: Contact(name: "", email: ""))

    static let partners = TypeCatalogue<Partner>([
        .id(\.id),
        .text("name", "Naam", "Name", \.name),
        .choice("scope", "Bereik", "Scope", \.scope),
        .choice("sector", "Sector", "Sector", \.sector),
        .choice("kind", "Soort", "Kind", \.kind),
        .flag("founding", "Oprichter", "Founding", \.founding),
        .day("joined", "Lid sinds", "Joined", \.joined),
        .group("contact", "Contactpersoon", "Contact", personal: true, contacts, \.contact),
        .texts("motives", "Motieven", "Motives", option: "motive", \.motives),
        .optionalText("note", "Notitie", "Note", \.note),
    ], blank: Partner(id: "", name: "", scope: .local, sector: .private, kind: .other, founding: false, joined: Day(ordinal: 0),
                      stamp: blankStamp), stamp: \Partner.stamp)

    static let goals = TypeCatalogue<Goal>([
        .text("metric", "Resultaatmaat", "Result metric", \.metric),
        .quantity("target", "Streefwaarde", "Target", \.target),
        .quantity("reached", "Bereikt", "Reached", \.reached),
    ], blank: Goal(metric: "", target: .zero, reached: .zero))

    static let milestones = TypeCatalogue<Milestone>([
        .text("title", "Titel", "Title", \.title),
        .day("due", "Gepland", "Due", \.due),
        .flag("done", "Klaar", "Done", \.done),
    ], blank: Milestone(title: "", due: Day(ordinal: 0), done: false))

    static let statusUpdates = TypeCatalogue<StatusUpdate>([
        .day("at", "Datum", "Date", \.at),
        .text("by", "Door", "By", \.by),
        .choice("health", "Voortgang", "Progress", \.health),
        .text("text", "Tekst", "Text", \.text),
    ], blank: StatusUpdate(at: Day(ordinal: 0), by: "", health: .onTrack, text: ""))

    static let projects = TypeCatalogue<Project>([
        .id(\.id),
        .text("name", "Naam", "Name", \.name),
        .text("summary", "Samenvatting", "Summary", allowsEmpty: true, \.summary),
        .text("targetGroup", "Doelgroep", "Target group", allowsEmpty: true, \.targetGroup),
        .reference(.partner, "lead", "Trekker", "Lead", \.lead),
        .arrangement("arrangement", "Arrangement", "Arrangement", \.arrangement),
        .debtPhases("debtPhases", "Schuldfasen", "Debt phases", option: "phases", \.debtPhases),
        .choice("stage", "Fase", "Stage", \.stage),
        .choice("health", "Voortgang", "Progress", \.health),
        .day("started", "Gestart", "Started", \.started),
        .group("goal", "Doel", "Goal", goals, \.goal),
        .list("milestones", "Mijlpalen", "Milestones", milestones, \.milestones),
        .list("updates", "Statusupdates", "Status updates", statusUpdates, \.updates),
    ], blank: Project(id: "", name: "", summary: "", targetGroup: "", lead: "", arrangement: "", debtPhases: [], stage: .idea,
                      health: .onTrack, started: Day(ordinal: 0), stamp: blankStamp), stamp: \Project.stamp)

    static let commitments = TypeCatalogue<Commitment>([
        .id(\.id),
        .reference(.partner, "partner", "Partner", "Partner", \.partner),
        .optionalReference(.project, "project", "Project", "Project", \.project),
        .choice("kind", "Soort", "Kind", \.kind),
        .quantity("amount", "Hoeveelheid", "Amount", \.amount),
        .unit("unit", "Eenheid", "Unit", \.unit),
        .money("valueEUR", "Waarde", "Value", option: "value", \.valueEUR),
        .day("from", "Van", "From", \.from),
        .optionalDay("until", "Tot", "Until", \.until),
        .choice("state", "Status", "State", \.state),
        .optionalText("note", "Notitie", "Note", \.note),
    ], blank: Commitment(id: "", partner: "", project: nil, kind: .money, amount: .zero, unit: "", valueEUR: .zero, from: Day(ordinal: 0),
                         state: .proposed, stamp: blankStamp), stamp: \Commitment.stamp)

    private static let blankStamp = Stamp(revision: 1, updatedAt: Timestamp("1970-01-01T00:00:00Z")!, updatedBy: "")
}
