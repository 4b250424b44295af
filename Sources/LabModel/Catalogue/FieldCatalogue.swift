/// Every field of every entity, each described once. The reader, the writer, the JSON Schemas,
/// the forms, the command-line options, the words that describe a change and the field-level merge
/// all take their fields from here; tests hold the reader, writer and schemas to it field by field.
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
        path.enumerated().compactMap { index, key in
            index == 0 ? field(key, of: kind)?.optionName : field(path[0], of: kind).flatMap { group -> String? in
                if case .group(let parts) = group.shape { parts.first { $0.key == key }?.optionName } else { nil }
            }
        }.joined(separator: "-")
    }

    /// The fields a person can change: all but the id.
    public static func editableFields(of kind: EntityKind) -> [FieldDescriptor] {
        fields(of: kind).filter { $0.key != "id" }
    }

    public static let contact: [FieldDescriptor] = [
        FieldDescriptor("name", "Naam", "Name", .text(allowsEmpty: false)),
        FieldDescriptor("email", "E-mail", "E-mail", .email),
    ]

    public static let partner: [FieldDescriptor] = [
        FieldDescriptor("id", "Id", "Id", .id),
        FieldDescriptor("name", "Naam", "Name", .text(allowsEmpty: false)),
        FieldDescriptor("scope", "Bereik", "Scope", .choice(Choices(Scope.self))),
        FieldDescriptor("sector", "Sector", "Sector", .choice(Choices(Sector.self))),
        FieldDescriptor("kind", "Soort", "Kind", .choice(Choices(PartnerKind.self))),
        FieldDescriptor("founding", "Oprichter", "Founding", .flag),
        FieldDescriptor("joined", "Lid sinds", "Joined", .day),
        FieldDescriptor("contact", "Contactpersoon", "Contact", .group(contact), required: false),
        FieldDescriptor("motives", "Motieven", "Motives", .texts, required: false, option: "motive"),
        FieldDescriptor("note", "Notitie", "Note", .text(allowsEmpty: true), required: false),
    ]

    public static let goal: [FieldDescriptor] = [
        FieldDescriptor("metric", "Resultaatmaat", "Result metric", .text(allowsEmpty: false)),
        FieldDescriptor("target", "Streefwaarde", "Target", .quantity),
        FieldDescriptor("reached", "Bereikt", "Reached", .quantity),
    ]

    public static let milestone: [FieldDescriptor] = [
        FieldDescriptor("title", "Titel", "Title", .text(allowsEmpty: false)),
        FieldDescriptor("due", "Gepland", "Due", .day),
        FieldDescriptor("done", "Klaar", "Done", .flag),
    ]

    public static let statusUpdate: [FieldDescriptor] = [
        FieldDescriptor("at", "Datum", "Date", .day),
        FieldDescriptor("by", "Door", "By", .text(allowsEmpty: false)),
        FieldDescriptor("health", "Voortgang", "Progress", .choice(Choices(Health.self))),
        FieldDescriptor("text", "Tekst", "Text", .text(allowsEmpty: false)),
    ]

    public static let project: [FieldDescriptor] = [
        FieldDescriptor("id", "Id", "Id", .id),
        FieldDescriptor("name", "Naam", "Name", .text(allowsEmpty: false)),
        FieldDescriptor("summary", "Samenvatting", "Summary", .text(allowsEmpty: true)),
        FieldDescriptor("targetGroup", "Doelgroep", "Target group", .text(allowsEmpty: true)),
        FieldDescriptor("lead", "Trekker", "Lead", .reference(.partner)),
        FieldDescriptor("arrangement", "Arrangement", "Arrangement", .arrangement),
        FieldDescriptor("debtPhases", "Schuldfasen", "Debt phases", .debtPhases, option: "phases"),
        FieldDescriptor("stage", "Fase", "Stage", .choice(Choices(Stage.self))),
        FieldDescriptor("health", "Voortgang", "Progress", .choice(Choices(Health.self))),
        FieldDescriptor("started", "Gestart", "Started", .day),
        FieldDescriptor("goal", "Doel", "Goal", .group(goal), required: false),
        FieldDescriptor("milestones", "Mijlpalen", "Milestones", .list(milestone), required: false),
        FieldDescriptor("updates", "Statusupdates", "Status updates", .list(statusUpdate), required: false),
    ]

    public static let commitment: [FieldDescriptor] = [
        FieldDescriptor("id", "Id", "Id", .id),
        FieldDescriptor("partner", "Partner", "Partner", .reference(.partner)),
        FieldDescriptor("project", "Project", "Project", .reference(.project), required: false),
        FieldDescriptor("kind", "Soort", "Kind", .choice(Choices(CommitmentKind.self))),
        FieldDescriptor("amount", "Hoeveelheid", "Amount", .quantity),
        FieldDescriptor("unit", "Eenheid", "Unit", .unit),
        FieldDescriptor("valueEUR", "Waarde", "Value", .money, option: "value"),
        FieldDescriptor("from", "Van", "From", .day),
        FieldDescriptor("until", "Tot", "Until", .day, required: false),
        FieldDescriptor("state", "Status", "State", .choice(Choices(CommitmentState.self))),
        FieldDescriptor("note", "Notitie", "Note", .text(allowsEmpty: true), required: false),
    ]
}
