import LabModel

/// The forms for each edit, filled with the current values.
enum FormSpecs {
    static func choice<Value: CodedValue>(_ type: Value.Type, _ language: Language) -> FormField.Kind {
        .choice(values: Value.allRawValues, labels: Value.allCases.map { $0.name(in: language) })
    }

    static func yesNo(_ language: Language) -> FormField.Kind {
        .choice(values: ["false", "true"], labels: language == .nl ? ["nee", "ja"] : ["no", "yes"])
    }

    static func arrangements(_ data: LabData, _ language: Language) -> FormField.Kind {
        .choice(values: data.lab.arrangements.map(\.id), labels: data.lab.arrangements.map { $0.name.text(in: language) })
    }

    private static func label(_ text: UIText, _ language: Language) -> String { text.text(in: language) }

    static func commitment(_ commitment: Commitment?, state: AppState, partner: String = "", project: String = "") -> FormState {
        let language = state.language
        let fields = [
            FormField("partner", label(.columnPartner, language) + " (id)", .id, commitment?.partner ?? partner),
            FormField("project", label(.columnProject, language) + " (id)", .optionalText, commitment?.project ?? project),
            FormField("kind", label(.kind, language), choice(CommitmentKind.self, language), commitment?.kind.rawValue ?? "money"),
            FormField("amount", label(.amount, language), .amount, commitment?.amount.plainText ?? ""),
            FormField("unit", label(.unit, language), .text, commitment?.unit ?? "EUR"),
            FormField("value", label(.value, language), .optionalAmount, commitment?.valueEUR.plainText ?? ""),
            FormField("from", label(.from, language), .date, commitment?.from.description ?? state.today.description),
            FormField("until", label(.until, language), .optionalDate, commitment?.until?.description ?? ""),
            FormField("state", label(.state, language), choice(CommitmentState.self, language), commitment?.state.rawValue ?? "pledged"),
            FormField("note", label(.note, language), .optionalText, commitment?.note ?? ""),
        ]
        let purpose: FormState.Purpose = commitment.map { .editCommitment($0.id) } ?? .addCommitment
        let title = commitment.map { "\(label(.commitmentTitle, language)) \($0.id)" } ?? label(.newCommitment, language)
        return FormState(purpose: purpose, title: title, fields: fields, baseRevision: commitment?.stamp.revision)
    }

    static func statusUpdate(_ project: Project, state: AppState) -> FormState {
        let language = state.language
        return FormState(purpose: .postUpdate(project.id), title: "\(label(.statusUpdate, language).prefix(1).uppercased())\(label(.statusUpdate, language).dropFirst()): \(project.name)", fields: [
            FormField("health", label(.health, language), choice(Health.self, language), project.health.rawValue),
            FormField("text", label(.columnText, language), .text),
        ], baseRevision: project.stamp.revision)
    }

    static func editProject(_ project: Project, state: AppState) -> FormState {
        let language = state.language
        return FormState(purpose: .editProject(project.id), title: project.name, fields: [
            FormField("stage", label(.stage, language), choice(Stage.self, language), project.stage.rawValue),
            FormField("health", label(.health, language), choice(Health.self, language), project.health.rawValue),
            FormField("arrangement", label(.arrangement, language), arrangements(state.data, language), project.arrangement),
            FormField("phases", label(.debtPhases, language) + " (ids)", .optionalText, project.debtPhases.joined(separator: ", ")),
        ], baseRevision: project.stamp.revision)
    }

    static func addProject(state: AppState) -> FormState {
        let language = state.language
        return FormState(purpose: .addProject, title: label(.newProject, language), fields: [
            FormField("id", "Id", .id),
            FormField("name", label(.columnName, language), .text),
            FormField("lead", label(.lead, language) + " (id)", .id),
            FormField("arrangement", label(.arrangement, language), arrangements(state.data, language),
                      state.data.lab.arrangements.first?.id ?? ""),
            FormField("phases", label(.debtPhases, language) + " (ids)", .optionalText),
            FormField("stage", label(.stage, language), choice(Stage.self, language), Stage.idea.rawValue),
            FormField("health", label(.health, language), choice(Health.self, language), Health.onTrack.rawValue),
            FormField("started", label(.started, language), .date, state.today.description),
            FormField("summary", label(.summary, language), .optionalText),
            FormField("targetGroup", label(.targetGroup, language), .optionalText),
        ])
    }

    static func partner(_ partner: Partner?, state: AppState) -> FormState {
        let language = state.language
        var fields = partner == nil ? [FormField("id", "Id", .id)] : []
        fields += [
            FormField("name", label(.columnName, language), .text, partner?.name ?? ""),
            FormField("scope", label(.scope, language), choice(Scope.self, language), partner?.scope.rawValue ?? Scope.local.rawValue),
            FormField("sector", label(.sector, language), choice(Sector.self, language), partner?.sector.rawValue ?? Sector.private.rawValue),
            FormField("kind", label(.kind, language), choice(PartnerKind.self, language), partner?.kind.rawValue ?? PartnerKind.other.rawValue),
            FormField("founding", label(.foundingShort, language), yesNo(language), partner?.founding == true ? "true" : "false"),
            FormField("joined", label(.joined, language), .date, partner?.joined.description ?? state.today.description),
            FormField("contactName", label(.contact, language), .optionalText, partner?.contact?.name ?? ""),
            FormField("contactEmail", label(.email, language), .optionalText, partner?.contact?.email ?? ""),
            FormField("note", label(.note, language), .optionalText, partner?.note ?? ""),
        ]
        let purpose: FormState.Purpose = partner.map { .editPartner($0.id) } ?? .addPartner
        return FormState(purpose: purpose, title: partner?.name ?? label(.newPartner, language), fields: fields,
                         baseRevision: partner?.stamp.revision)
    }
}
