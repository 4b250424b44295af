// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension SampleLab {
    static let projects: [Project] = [
        Project(
            id: "jpf", name: "Jongeren Perspectief Fonds",
            summary: "Schulden van jongeren worden opgekocht en gesaneerd; de jongere krijgt een coach, "
                + "gaat naar school of werk en doet een tegenprestatie. Sinds april 2019 een structureel revolverend fonds.",
            targetGroup: "Jongeren van 18 tot 27 jaar met problematische schulden",
            lead: "society-impact", arrangement: "gelijkwaardig-partnerschap",
            debtPhases: ["op-orde-komen", "plan-maken", "schuld-afbouwen"],
            stage: .structural, health: .onTrack, started: Day("2016-07-01")!,
            goal: Goal(metric: "jongeren door pilot- en projectfase", target: Quantity(150), reached: Quantity(153)),
            milestones: [
                milestone("Pilot gestart", "2016-07-01", done: true),
                milestone("Evaluatie: circa € 10.000 besparing per jongere", "2018-10-01", done: true),
                milestone("Structureel revolverend fonds", "2019-04-01", done: true),
                milestone("Aanpak overgenomen in vier andere gemeenten", "2020-06-30", done: false),
            ],
            updates: [
                update("2017-07-10", "projectleider JPF", .onTrack, "Na het eerste jaar zijn 53 jongeren schuldenvrij."),
                update("2018-11-15", "projectleider JPF", .onTrack, "Circa 153 jongeren door de pilot- en projectfase."),
                update("2019-04-01", "programmabureau", .onTrack,
                       "Structureel revolverend fonds van start met € 900.000 van Aegon en ING Nederland fonds."),
                update("2019-11-28", "projectleider JPF", .onTrack, "Eindhoven, Almere, Emmen en Assen nemen de aanpak over."),
            ],
            stamp: stamp),
        Project(
            id: "sohos", name: "Sociaal Hospitaal (SOHOS)",
            summary: "De doorbraakmethode voor gezinnen met veel problemen tegelijk, gefinancierd met een "
                + "health impact bond: CZ financiert voor, de gemeente betaalt terug op resultaat.",
            targetGroup: "Gezinnen met meervoudige problematiek en schulden",
            lead: "gemeente-den-haag", arrangement: "gelijkwaardig-partnerschap",
            debtPhases: ["verwijzing", "op-orde-komen", "plan-maken"],
            stage: .project, health: .onTrack, started: Day("2017-01-01")!,
            goal: Goal(metric: "huishoudens geholpen", target: Quantity(150), reached: Quantity(136)),
            milestones: [
                milestone("Health impact bond getekend", "2017-01-01", done: true),
                milestone("Tussenmeting resultaten", "2018-12-31", done: true),
                milestone("Eindafrekening impact bond", "2020-06-30", done: false),
            ],
            updates: [
                update("2018-06-20", "programmabureau", .attention, "Instroom lager dan gepland; verwijzers opnieuw benaderd."),
                update("2019-12-16", "programmabureau", .onTrack,
                       "136 huishoudens geholpen in bijna drie jaar; circa € 3 miljoen bespaard (doel: 150)."),
            ],
            stamp: stamp),
        Project(
            id: "csr", name: "Collectief Schuldregelen",
            summary: "Schuldeisers stemmen vooraf in met standaardregelingen, zodat een schuldregeling circa twee "
                + "maanden duurt in plaats van meer dan een jaar en per 1.400 dossiers circa 84.000 brieven scheelt.",
            targetGroup: "Huishoudens in een minnelijke schuldregeling",
            lead: "gemeente-den-haag", arrangement: "netwerkregie",
            debtPhases: ["plan-maken", "schuld-afbouwen"],
            stage: .project, health: .onTrack, started: Day("2018-11-01")!,
            goal: Goal(metric: "dossiers in de pilot (aantal illustratief)", target: Quantity(1400), reached: Quantity(410)),
            milestones: [
                milestone("Pilot met eerste schuldeisers", "2018-11-01", done: true),
                milestone("Reguliere dienstverlening in Den Haag", "2020-01-01", done: false),
                milestone("Landelijke opschaling", "2020-12-31", done: false),
            ],
            updates: [
                update("2019-05-14", "projectleider CSR", .onTrack, "Doorlooptijd van een regeling nu circa twee maanden."),
                update("2019-12-02", "projectleider CSR", .onTrack, "Per 1 januari 2020 reguliere dienstverlening in Den Haag."),
            ],
            stamp: stamp),
        Project(
            id: "fikks", name: "fiKks",
            summary: "Een buddy-app van ADG Dienstengroep die mensen helpt hun geldzaken bij te houden.",
            targetGroup: "Werkenden en werkzoekenden met beginnende geldzorgen",
            lead: "adg", arrangement: "bottom-up-alliantievorming",
            debtPhases: ["bewustwording", "kennismaking"],
            stage: .pilot, health: .attention, started: Day("2018-03-01")!,
            goal: Goal(metric: "actieve gebruikers (illustratief)", target: Quantity(1000), reached: Quantity(340)),
            milestones: [
                milestone("App gelanceerd", "2018-03-01", done: true),
                milestone("Koppeling met Helpdesk Geldzaken", "2019-09-30", done: false),
            ],
            updates: [
                update("2018-03-15", "ADG Dienstengroep", .onTrack, "fiKks gelanceerd."),
                update("2019-11-20", "ADG Dienstengroep", .attention, "Gebruik blijft achter; koppeling met de helpdesk loopt vertraging op."),
            ],
            stamp: stamp),
        Project(
            id: "helpdesk-geldzaken", name: "Helpdesk Geldzaken",
            summary: "Een helpdesk voor geldvragen, ook voor mensen die moeite hebben met lezen en schrijven.",
            targetGroup: "Hagenaars die laaggeletterd zijn of moeite hebben met formulieren",
            lead: "gemeente-den-haag", arrangement: "interactieve-uitvoering",
            debtPhases: ["kennismaking", "verwijzing"],
            stage: .structural, health: .onTrack, started: Day("2017-11-01")!,
            goal: Goal(metric: "vragen beantwoord (illustratief)", target: Quantity(5000), reached: Quantity(4200)),
            milestones: [milestone("Helpdesk geopend", "2017-11-01", done: true)],
            updates: [
                update("2017-11-06", "programmabureau", .onTrack, "Helpdesk Geldzaken geopend."),
                update("2019-12-10", "programmabureau", .onTrack, "Spreekuur uitgebreid naar drie wijken."),
            ],
            stamp: stamp),
        Project(
            id: "vroegsignalering", name: "Vroegsignalering betalingsachterstanden",
            summary: "Partners melden achterstanden in huur, energie en zorgpremie vroeg, zodat hulp komt voordat schulden oplopen.",
            targetGroup: "Huishoudens met een eerste betalingsachterstand",
            lead: "gemeente-den-haag", arrangement: "netwerkregie",
            debtPhases: ["bewustwording", "kennismaking", "verwijzing"],
            stage: .pilot, health: .attention, started: Day("2019-01-15")!,
            goal: Goal(metric: "signalen opgevolgd (illustratief)", target: Quantity(2000), reached: Quantity(650)),
            milestones: [
                milestone("Convenant gegevensuitwisseling", "2019-06-30", done: true),
                milestone("Alle woningcorporaties leveren signalen", "2020-03-31", done: false),
            ],
            updates: [
                update("2019-06-28", "programmabureau", .onTrack, "Convenant voor gegevensuitwisseling getekend."),
                update("2019-11-12", "programmabureau", .attention, "Privacytoets vertraagt aansluiting van Vestia."),
            ],
            stamp: stamp),
        Project(
            id: "detentie-in-uit", name: "Zonder Schulden Detentie In & Uit",
            summary: "Schulden van gedetineerden in kaart brengen en regelen, zodat zij zonder schulden terugkeren.",
            targetGroup: "Gedetineerden en ex-gedetineerden",
            lead: "gemeente-den-haag", arrangement: "netwerkregie",
            debtPhases: ["op-orde-komen", "plan-maken"],
            stage: .idea, health: .attention, started: Day("2019-03-01")!,
            milestones: [milestone("Plan van aanpak", "2019-10-31", done: false)],
            updates: [update("2019-06-03", "programmabureau", .attention, "Partners voor de uitvoering worden nog gezocht.")],
            stamp: stamp),
        Project(
            id: "slim-afstuderen", name: "Financieel Slim Afstuderen",
            summary: "Studenten leren voor hun afstuderen omgaan met studieschuld, vaste lasten en een eerste inkomen.",
            targetGroup: "Studenten in hun laatste studiejaar",
            lead: "duo", arrangement: "bottom-up-alliantievorming",
            debtPhases: ["bewustwording"],
            stage: .idea, health: .onTrack, started: Day("2019-05-01")!,
            milestones: [milestone("Eerste lesprogramma", "2020-02-01", done: false)],
            updates: [update("2019-07-22", "DUO", .onTrack, "Gesprekken met twee Haagse hogescholen.")],
            stamp: stamp),
        Project(
            id: "huisvesting-kwetsbaar", name: "Huisvesting voor Kwetsbare Huishoudens",
            summary: "Woningcorporaties en gemeente zorgen samen dat kwetsbare huishoudens met schulden een woning houden of krijgen.",
            targetGroup: "Kwetsbare huishoudens met schulden en een woonvraag",
            lead: "staedion", arrangement: "gelijkwaardig-partnerschap",
            debtPhases: ["op-orde-komen"],
            stage: .idea, health: .blocked, started: Day("2019-04-01")!,
            milestones: [milestone("Afspraken over urgentie", "2019-12-01", done: false)],
            updates: [update("2019-12-05", "Staedion", .blocked, "Geen overeenstemming over wie het huurrisico draagt.")],
            stamp: stamp),
    ]

    private static func milestone(_ title: String, _ due: String, done: Bool) -> Milestone {
        Milestone(title: title, due: Day(due)!, done: done)
    }

    private static func update(_ at: String, _ by: String, _ health: Health, _ text: String) -> StatusUpdate {
        StatusUpdate(at: Day(at)!, by: by, health: health, text: text)
    }
}
