// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The parts of a lab that every Schuldenlab shares: the four governance arrangements of the
/// NSOB essay, the seven debt phases of SchuldenlabNL, and the shared support. A new data
/// folder starts from these; a lab may rename them.
public enum SampleFramework {
    public static let arrangements: [Arrangement] = [
        Arrangement(
            id: "interactieve-uitvoering",
            name: LocalizedText(nl: "Interactieve uitvoering", en: "Interactive execution"),
            summary: LocalizedText(
                nl: "De gemeente voert de aanpak uit en betrekt partners interactief.",
                en: "The municipality runs the approach and involves partners interactively.")),
        Arrangement(
            id: "netwerkregie",
            name: LocalizedText(nl: "Netwerkregie", en: "Network direction"),
            summary: LocalizedText(
                nl: "De gemeente regisseert; partners beslissen en financieren mee. (werktitel)",
                en: "The municipality orchestrates; partners co-decide and co-fund. (working label)")),
        Arrangement(
            id: "gelijkwaardig-partnerschap",
            name: LocalizedText(nl: "Gelijkwaardig partnerschap", en: "Equal partnership"),
            summary: LocalizedText(
                nl: "Partners en gemeente delen trekkerschap, risico en geld. (werktitel)",
                en: "Partners and municipality share lead, risk and money. (working label)")),
        Arrangement(
            id: "bottom-up-alliantievorming",
            name: LocalizedText(nl: "Bottom-up alliantievorming", en: "Bottom-up alliance forming"),
            summary: LocalizedText(
                nl: "Partners vormen zelf allianties; de gemeente faciliteert.",
                en: "Partners form alliances themselves; the municipality facilitates.")),
    ]

    public static let debtPhases: [DebtPhase] = [
        DebtPhase(id: "bewustwording", name: LocalizedText(nl: "Bewustwording", en: "Awareness")),
        DebtPhase(id: "kennismaking", name: LocalizedText(nl: "Kennismaking", en: "First contact")),
        DebtPhase(id: "verwijzing", name: LocalizedText(nl: "Verwijzing", en: "Referral")),
        DebtPhase(id: "op-orde-komen", name: LocalizedText(nl: "Op orde komen", en: "Getting in order")),
        DebtPhase(id: "plan-maken", name: LocalizedText(nl: "Plan maken", en: "Making a plan")),
        DebtPhase(id: "schuld-afbouwen", name: LocalizedText(nl: "Schuld afbouwen", en: "Paying down")),
        DebtPhase(id: "vinger-aan-de-pols", name: LocalizedText(nl: "Vinger aan de pols", en: "Follow-up")),
    ]

    public static let sharedSupport = SharedSupport(
        name: LocalizedText(nl: "Gedeelde ondersteuning (programmabureau)", en: "Shared support (programme office)"),
        summary: LocalizedText(
            nl: "De gemeenschappelijke ondersteuning van alle projecten, waaraan iedere partner bijdraagt.",
            en: "The common support of all projects, to which every partner is expected to contribute."))

    /// An empty lab with the shared framework, for `init` without the sample.
    public static func emptyLab(name: String, city: String, founded: Day) -> LabData {
        LabData(
            lab: Lab(name: name, city: city, founded: founded, mission: "", asOf: nil,
                     arrangements: arrangements, debtPhases: debtPhases, sharedSupport: sharedSupport),
            partners: [], projects: [], commitments: [])
    }
}
