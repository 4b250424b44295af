// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Every fixed text on screen, in Dutch and English. The switch makes both compulsory.
public enum UIText: CaseIterable, Sendable {
    case paneOverview, panePartners, paneProjects, paneCommitments, paneNetwork, paneArrangements, paneLog, paneCapacity
    case sampleNote, asOf, readOnlyNote
    case columnName, columnKind, columnScope, columnSector, columnFirm, columnProjects, columnStage, columnHealth
    case columnSignal, overdue, sectionHorizon, endsLabel, horizonPerQuarter
    case columnLead, columnLastUpdate, columnPartner, columnProject, columnAmount, columnValue, columnState, columnPeriod
    case columnDate, columnBy, columnText, columnID
    case sharedSupport, total, shown, of, none, noRows, noMatches, filterPrompt, commandPrompt, filterProblem
    case sectionPartners, sectionProjects, sectionEuros, sectionSharedSupport, sectionAttention, sectionUncovered
    case sectionLights, seeCapacity, phasesByProject
    case sectionEnding, sectionConnecting, contributes, notYet, allContribute, everyPhaseCovered, nothingEnding
    case noAttention, staleFor, days, noUpdate, linksProjects, linksPartners, firm, proposed, withdrawnLabel
    case founding, joined, contact, motives, note, contributesToShared, notContributingToShared, commitments
    case targetGroup, arrangement, debtPhases, goal, milestones, updates, partnersAndCommitments, started
    case done, open, stage, health, lead, kind, period, state, amount, value, revision, updatedBy
    case matrixCursorHint, matrixColumnHint, sharedShort, noCommitmentsFrom, mixPublic, mixPrivate, mixSocietal, noProjects, helpTitle, helpDisabled
    case helpDangerous, tooSmall, needed, reloaded, reloadFailed, themeSet, languageSet, noSuchLanguage, unknownCommand
    case exportUsage, exportNotATable, exported, exportFailed, rows
    case budget, shortfall, covered
    case since, marked, notADay, nothingChanged, markNew, markChanged, markWithdrawn, sinceUsage, sinceCleared
    case noSuchPartner, noSuchProject, noSuchTheme, commandUsage, sortedBy, ascending, descending, matches
    case commitmentTitle, ending, keysProblem, themeProblem, emptyFilter, mixLabel, perKind, perState
    case changedBy, changesBy, history, created, statusUpdate, columnWhat, columnChange, entityPartner, entityProject
    case entityCommitment, newCommitment, newProject, newPartner, dismissHint
    case withdrawQuestion, saved, notSaved, conflictTitle, theirVersion
    case yourVersion, undone, nothingToUndo, cannotUndoCreation, waitingForLock, journalRestored
    case shortOverview, shortPartners, shortProjects, shortCommitments, shortNetwork, shortArrangements, shortLog, shortCapacity
    case configurationProblem
    case nothingSideways, atRightEdge, atLeftEdge, nothingToRedo, redone, readOnlyRefusal, nothingToOpen, notHere
    case computedWhenEmpty, idOrName, emptyIsSharedSupport, mergedWith, bothChanged
    case capacityFragile, capacityMotives, capacityMeasures, capacityDensity, capacityCentralization, capacityWhole, capacityParts
    case capacityOnOnePartner, capacityDepth, capacityLights, capacityNoFragile, capacityWithoutProject, capacityCommitmentLights
    case capacityWorking, capacityUpdating, capacitySampled
    case noSuchView, listsViews, severalViews, viewShown, viewUsage, builtInView, nowhereForViews, viewDeleted, viewSavedForTeam
    case copied, copyFromHere, contactsHidden, noEmail, withoutEmail
    case markedRows, withdrawMarked, commitmentWord, commitmentsWord, unchanged, changeMarked, noEnd, nothingToChange, alsoChangedBy
    case pickReference, pickChoice, pickSeveral, more, matchesFor, chooseWithTab, viewSavedForYou, viewNotSaved, viewsProblem, sectionViews, viewBuiltIn, viewTeam, viewPersonal
    case syncing, syncRunning, notSynchronised, syncConflictTitle, versionOf, noOpenConflicts, conflictGone, toDecide, synced
    case partnerships, updateLight, smartMissing, smartComplete, smartShare, motivesHere, awarenessOnly, awarenessOnlyOne
    case sharedProject, sharedProjects

    public func text(in language: Language) -> String {
        let pair = texts
        return language == .nl ? pair.nl : pair.en
    }

    /// A text that names a field says what the field catalogue calls it, so that a column, a detail and a
    /// form use one word (`Voortgang`, not `Gezondheid` in one place and `Voortgang` in another).
    private static func label(of key: String, _ kind: EntityKind) -> (nl: String, en: String) {
        let label = FieldCatalogue.field(key, of: kind)?.label ?? LocalizedText(nl: key, en: key)
        return (label.nl, label.en)
    }

    private var texts: (nl: String, en: String) {
        switch self {
        case .health, .columnHealth: Self.label(of: "health", .project)
        case .stage, .columnStage: Self.label(of: "stage", .project)
        case .lead, .columnLead: Self.label(of: "lead", .project)
        case .targetGroup: Self.label(of: "targetGroup", .project)
        case .arrangement: Self.label(of: "arrangement", .project)
        case .debtPhases: Self.label(of: "debtPhases", .project)
        case .goal: Self.label(of: "goal", .project)
        case .milestones: Self.label(of: "milestones", .project)
        case .started: Self.label(of: "started", .project)
        case .kind, .columnKind: Self.label(of: "kind", .commitment)
        case .state, .columnState: Self.label(of: "state", .commitment)
        case .amount, .columnAmount: Self.label(of: "amount", .commitment)
        case .waitingForLock: ("Wachten: een ander proces heeft de map vergrendeld (journal.lock)…",
                               "Waiting: another process holds the folder's lock (journal.lock)…")
        case .journalRestored: ("Iemand heeft journal.jsonl ingekort of verwijderd; teruggezet, bewerkingen:",
                                "Someone cut journal.jsonl short or removed it; written back, edits:")
        case .computedWhenEmpty: ("leeg = berekend", "empty = worked out")
        case .shortOverview: ("Overz.", "Overv.")
        case .shortPartners: ("Partn.", "Partn.")
        case .shortProjects: ("Proj.", "Proj.")
        case .shortCommitments: ("Toez.", "Comm.")
        case .shortNetwork: ("Netw.", "Netw.")
        case .shortArrangements: ("Arr.", "Arr.")
        case .shortLog: ("Log", "Log")
        case .shortCapacity: ("Verm.", "Capac.")
        case .capacityFragile: ("Projecten om op te letten", "Projects to watch")
        case .capacityMotives: ("Motieven: wie wil wat, en wat zij geven", "Motives: who wants what, and what they give")
        case .capacityMeasures: ("Wat de cijfers zeggen", "What the figures say")
        case .capacityDensity: ("dichtheid", "density")
        case .capacityCentralization: ("centralisatie", "centralization")
        case .capacityWhole: ("één geheel", "one whole")
        case .capacityParts: ("losse delen", "separate parts")
        case .capacityOnOnePartner: ("van de paren hangt aan één partner", "of pairs hang on one partner")
        case .capacityDepth: ("Diepte", "Depth")
        case .capacityLights: ("Updates projecten", "Project updates")
        case .capacityCommitmentLights: ("toezeggingen", "commitments")
        case .capacityNoFragile: ("Geen project leunt op één partner of motief, en geen is rood",
                                  "No project leans on one partner or motive, and none is red")
        case .capacityWithoutProject: ("zonder project", "without a project")
        case .capacityWorking: ("De netwerkcijfers worden berekend… (de toetsen werken gewoon)", "Working out the network figures… (the keys keep working)")
        case .capacityUpdating: ("bijwerken…", "updating…")
        case .partnerships: ("Samenwerking met andere partners, naar diepte", "Working with other partners, by depth")
        case .updateLight: ("Update-licht", "Update light")
        case .smartMissing: ("Niet SMART, ontbreekt", "Not SMART, missing")
        case .smartComplete: ("SMART: compleet", "SMART: complete")
        case .smartShare: ("SMART-compleet", "SMART complete")
        case .motivesHere: ("Motieven die hier samenkomen", "Motives that meet here")
        case .awarenessOnly: ("andere partners kent hij alleen via het lab (bewustzijn)", "other partners it knows only through the lab (awareness)")
        case .awarenessOnlyOne: ("andere partner kent hij alleen via het lab (bewustzijn)", "other partner it knows only through the lab (awareness)")
        case .sharedProject: ("project samen", "shared project")
        case .sharedProjects: ("projecten samen", "shared projects")
        case .capacitySampled: ("tussenpositie geschat uit", "betweenness estimated from")
        case .configurationProblem: ("Instellingen niet (helemaal) gebruikt:", "Settings not (all) used:")
        case .nothingSideways: ("Hier valt niets opzij te schuiven: alles staat in beeld", "Nothing to scroll sideways here: everything is in view")
        case .atRightEdge: ("Verder naar rechts is er niets", "There is nothing further to the right")
        case .atLeftEdge: ("Al helemaal links", "Already at the left edge")
        case .nothingToRedo: ("Niets om opnieuw te doen", "Nothing to redo")
        case .redone: ("Opnieuw gedaan", "Redone")
        case .readOnlyRefusal: ("Alleen lezen: hier kan niets gewijzigd worden", "Read only: nothing can be changed here")
        case .nothingToOpen: ("Hier valt niets te openen", "Nothing to open here")
        case .notHere: ("Kan hier niet", "Not possible here")
        case .idOrName: ("id of naam", "id or name")
        case .emptyIsSharedSupport: ("leeg = gedeelde ondersteuning", "empty = shared support")
        case .mergedWith: ("samengevoegd met de wijziging van", "merged with the change by")
        case .bothChanged: ("Door beiden gewijzigd; kies per veld welke waarde blijft:", "Changed by both; choose for each field which value stays:")
        case .paneOverview: ("Overzicht", "Overview")
        case .panePartners: ("Partners", "Partners")
        case .paneProjects: ("Projecten", "Projects")
        case .paneCommitments: ("Toezeggingen", "Commitments")
        case .paneNetwork: ("Netwerk", "Network")
        case .paneArrangements: ("Arrangementen", "Arrangements")
        case .paneLog: ("Logboek", "Log")
        case .paneCapacity: ("Organiserend vermogen", "Organising capacity")
        case .sampleNote: ("Ingebouwde voorbeelddata (bedragen illustratief)", "Built-in sample data (amounts illustrative)")
        case .asOf: ("stand per", "as of")
        case .readOnlyNote: ("alleen lezen", "read only")
        case .columnName: ("Naam", "Name")
        case .columnScope: ("Bereik", "Scope")
        case .columnSector: ("Sector", "Sector")
        case .columnFirm: (EuroTotals.firmWord.nl.capitalizedFirst, EuroTotals.firmWord.en.capitalizedFirst)
        case .columnProjects: ("Proj.", "Proj.")
        case .columnLastUpdate: ("Update", "Update")
        case .columnSignal: ("Signaal", "Signal")
        case .overdue: ("te laat", "overdue")
        case .sectionHorizon: ("Vooruitblik: wat loopt per kwartaal", "Horizon: what runs per quarter")
        case .endsLabel: ("loopt af", "ends")
        case .horizonPerQuarter: ("Vooruitblik (loopt per kwartaal)", "Horizon (running per quarter)")
        case .columnPartner: ("Partner", "Partner")
        case .columnProject: ("Project", "Project")
        case .columnValue: ("Waarde", "Value")
        case .columnPeriod: ("Periode", "Period")
        case .columnDate: ("Datum", "Date")
        case .columnBy: ("Door", "By")
        case .columnText: ("Tekst", "Text")
        case .columnID: ("Id", "Id")
        case .sharedSupport: ("Gedeelde ondersteuning", "Shared support")
        case .total: ("Totaal", "Total")
        case .shown: ("getoond", "shown")
        case .of: ("van", "of")
        case .none: ("geen", "none")
        case .noRows: ("Nog niets om te tonen.", "Nothing to show yet.")
        case .noMatches: ("Niets gevonden voor dit filter; Esc wist het.", "Nothing matches this filter; Esc clears it.")
        case .filterPrompt: ("Filter: ", "Filter: ")
        case .filterProblem: ("Genegeerd", "Ignored")
        case .noSuchView: ("Geen weergave met de naam", "No view named")
        case .listsViews: ("toont ze alle", "lists them all")
        case .severalViews: ("Meer weergaven passen; typ meer van de naam", "Several views match; type more of the name")
        case .viewShown: ("Weergave", "View")
        case .viewUsage: ("Gebruik: :view NAAM, :view bewaar NAAM, :view bewaar-eigen NAAM, :view wis NAAM",
                          "Use: :view NAME, :view save NAME, :view save-own NAME, :view delete NAME")
        case .builtInView: ("Dit is een ingebouwde weergave; kies een andere naam", "This is a built-in view; choose another name")
        case .nowhereForViews: ("Geen map om weergaven te bewaren (geen $HOME of $XDG_CONFIG_HOME)",
                                "No folder to keep views in (no $HOME or $XDG_CONFIG_HOME)")
        case .viewDeleted: ("Weergave gewist", "View deleted")
        case .viewSavedForTeam: ("Weergave bewaard voor het team (views.json in de datamap)", "View saved for the team (views.json in the data folder)")
        case .viewSavedForYou: ("Weergave bewaard voor uzelf", "View saved for yourself")
        case .viewNotSaved: ("Weergave niet bewaard", "View not saved")
        case .more: ("meer", "more")
        case .markedRows: ("gemarkeerd", "marked")
        case .copied: ("Gekopieerd", "Copied")
        case .copyFromHere: ("Het klembord is niet bereikbaar; selecteer hier", "The clipboard cannot be reached; select it here")
        case .contactsHidden: ("Contactgegevens worden niet getoond (--no-contacts), dus ook niet gekopieerd",
                               "Contact details are not shown (--no-contacts), so they are not copied either")
        case .noEmail: ("Geen e-mailadres bekend", "No e-mail address known")
        case .withoutEmail: ("zonder e-mailadres", "without an e-mail address")
        case .withdrawMarked: ("Intrekken", "Withdraw")
        case .commitmentWord: ("toezegging", "commitment")
        case .commitmentsWord: ("toezeggingen", "commitments")
        case .unchanged: ("ongewijzigd", "unchanged")
        case .changeMarked: ("Wijzigen", "Change")
        case .noEnd: ("geen einddatum", "no end date")
        case .nothingToChange: ("Niets te wijzigen: kies een status of vul een datum in", "Nothing to change: choose a state or fill in a date")
        case .alsoChangedBy: ("ook gewijzigd door", "also changed by")
        case .pickReference: ("Tab of Enter neemt over · ←→ kiest", "Tab or Enter takes it · ←→ chooses")
        case .pickChoice: ("←→ of een letter kiest", "←→ or a letter chooses")
        case .pickSeveral: ("←→ kiest · spatie zet aan of uit", "←→ chooses · space ticks")
        case .matchesFor: ("passen bij", "match")
        case .chooseWithTab: ("kies er een met Tab of typ meer", "choose one with Tab or type more")
        case .viewsProblem: ("Fout in de weergaven", "Mistake in the views")
        case .sectionViews: ("Weergaven (:view NAAM)", "Views (:view NAME)")
        case .viewBuiltIn: ("ingebouwd", "built in")
        case .viewTeam: ("team", "team")
        case .viewPersonal: ("eigen", "own")
        case .syncing: ("Synchroniseren met de server…", "Synchronising with the server…")
        case .syncRunning: ("Er loopt al een synchronisatie", "A synchronisation is already running")
        case .notSynchronised: ("Deze datamap wordt niet met git gesynchroniseerd; maak er een met: schuldenlab sync --setup SERVER",
                                "This data folder is not synchronised with git; make it one with: schuldenlab sync --setup REMOTE")
        case .syncConflictTitle: ("Op twee plekken gewijzigd", "Changed in two places")
        case .versionOf: ("Versie van", "Version by")
        case .noOpenConflicts: ("Geen conflicten te beslissen", "No conflicts to decide")
        case .conflictGone: ("Het conflict gaat over iets dat er niet meer is", "The conflict is about something that is gone")
        case .toDecide: ("te beslissen", "to decide")
        case .synced: ("gesynchroniseerd", "synchronised")
        case .commandPrompt: (":", ":")
        case .sectionPartners: ("Partners", "Partners")
        case .sectionProjects: ("Projecten", "Projects")
        case .sectionEuros: ("Bijdragen in euro's", "Contributions in euros")
        case .sectionSharedSupport: ("Gedeelde ondersteuning", "Shared support")
        case .sectionAttention: ("Vraagt aandacht", "Needs attention")
        case .sectionUncovered: ("Schuldfasen zonder project", "Debt phases without a project")
        case .sectionEnding: ("Loopt af binnen 90 dagen", "Ending within 90 days")
        case .sectionConnecting: ("Verbindende rol", "Connecting role")
        case .sectionLights: ("Update-lichten", "Update lights")
        case .phasesByProject: ("Schuldfasen × projecten (SchuldenlabNL-afwegingskader)", "Debt phases × projects (SchuldenlabNL's assessment frame)")
        case .seeCapacity: ("Wie het netwerk bijeenhoudt: zie scherm 8, Organiserend vermogen", "Who holds the network together: see screen 8, Organising capacity")
        case .contributes: ("dragen bij", "contribute")
        case .notYet: ("Nog niet:", "Not yet:")
        case .allContribute: ("Iedere partner draagt bij.", "Every partner contributes.")
        case .everyPhaseCovered: ("Elke schuldfase heeft een project.", "Every debt phase has a project.")
        case .nothingEnding: ("Niets loopt binnenkort af.", "Nothing ends soon.")
        case .noAttention: ("Alle projecten op koers en bijgewerkt.", "Every project on track and up to date.")
        case .staleFor: ("geen update sinds", "no update since")
        case .days: ("dagen", "days")
        case .noUpdate: ("nog geen update", "no update yet")
        case .linksProjects: ("projecten", "projects")
        case .linksPartners: ("partners", "partners")
        case .firm: (EuroTotals.firmWord.nl, EuroTotals.firmWord.en)
        case .proposed: ("voorgesteld", "proposed")
        case .withdrawnLabel: ("ingetrokken", "withdrawn")
        case .founding: ("Oprichter (convenant 2016)", "Founding partner (2016 covenant)")
        case .joined: ("Partner sinds", "Partner since")
        case .contact: ("Contact", "Contact")
        case .motives: ("Motieven", "Motives")
        case .note: ("Notitie", "Note")
        case .contributesToShared: ("Draagt bij aan de gedeelde ondersteuning", "Contributes to the shared support")
        case .notContributingToShared: ("Draagt nog niet bij aan de gedeelde ondersteuning", "Does not contribute to the shared support yet")
        case .commitments: ("Toezeggingen", "Commitments")
        case .updates: ("Statusupdates (nieuwste eerst)", "Status updates (newest first)")
        case .partnersAndCommitments: ("Partners en toezeggingen", "Partners and commitments")
        case .done: ("klaar", "done")
        case .open: ("open", "open")
        case .period: ("Periode", "Period")
        case .value: ("Waarde (schatting)", "Value (estimate)")
        case .revision: ("Revisie", "Revision")
        case .updatedBy: ("Laatst gewijzigd", "Last changed")
        case .matrixCursorHint: ("h/l kiest een kolom; Enter op een cel opent de toezeggingen", "h/l chooses a column; Enter on a cell opens the commitments")
        case .matrixColumnHint: ("h/l kiest een kolom", "h/l chooses a column")
        case .sharedShort: ("Ged.", "Shar.")
        case .noCommitmentsFrom: ("Geen toezeggingen van", "No commitments from")
        case .mixPublic: ("publiek", "public")
        case .mixPrivate: ("privaat", "private")
        case .mixSocietal: ("maatschappelijk", "societal")
        case .noProjects: ("Geen projecten.", "No projects.")
        case .helpTitle: ("Toetsen", "Keys")
        case .helpDisabled: ("(grijs: nu niet beschikbaar)", "(grey: not available now)")
        case .helpDangerous: ("vraagt eerst", "asks first")
        case .tooSmall: ("Terminal te klein", "Terminal too small")
        case .needed: ("nodig", "needed")
        case .reloaded: ("Opnieuw ingelezen", "Reloaded")
        case .reloadFailed: ("Opnieuw inlezen mislukt; de vorige gegevens blijven staan", "Reload failed; the previous data stays")
        case .themeSet: ("Thema", "Theme")
        case .languageSet: ("Taal: Nederlands", "Language: English")
        case .noSuchLanguage: ("Taal niet beschikbaar", "Language not available")
        case .unknownCommand: ("Onbekende opdracht", "Unknown command")
        case .noSuchPartner: ("Geen partner gevonden voor", "No partner found for")
        case .noSuchProject: ("Geen project gevonden voor", "No project found for")
        case .noSuchTheme: ("Thema niet gebruikt", "Theme not used")
        case .commandUsage: ("Opdrachten: theme NAAM, lang nl|en, partner NAAM, project NAAM, export BESTAND, since DATUM, sync, beslis, q",
                             "Commands: theme NAME, lang nl|en, partner NAME, project NAME, export FILE, since DATE, sync, decide, q")
        case .exportUsage: ("Schrijf de tabel met :export BESTAND.xlsx of BESTAND.csv", "Write the table with :export FILE.xlsx or FILE.csv")
        case .exportNotATable: ("Exporteren kan vanuit Partners, Projecten en Toezeggingen", "Export works from Partners, Projects and Commitments")
        case .exported: ("Geschreven", "Written")
        case .exportFailed: ("Niet geëxporteerd", "Not exported")
        case .rows: ("rijen", "rows")
        case .budget: ("Budget", "Budget")
        case .shortfall: ("tekort", "short")
        case .covered: ("gedekt", "covered")
        case .since: ("sinds", "since")
        case .marked: ("Gemarkeerd wat veranderde sinds", "Marked what changed since")
        case .nothingChanged: ("niets gewijzigd", "nothing changed")
        case .markNew: ("nieuw", "new")
        case .markChanged: ("gewijzigd", "changed")
        case .markWithdrawn: ("ingetrokken", "withdrawn")
        case .sinceUsage: ("schrijf :since 6 jan 2020, 6-1-2020 of 2020-01-06 (:since alleen: markering weg)",
                           "write :since 6 Jan 2020, 6-1-2020 or 2020-01-06 (:since alone: marks away)")
        case .notADay: ("Geen dag", "Not a day")
        case .sinceCleared: ("Geen markering meer van wat veranderde", "No more marks of what changed")
        case .sortedBy: ("gesorteerd op", "sorted by")
        case .ascending: ("oplopend", "ascending")
        case .descending: ("aflopend", "descending")
        case .matches: ("treffers", "matches")
        case .commitmentTitle: ("Toezegging", "Commitment")
        case .ending: ("loopt af", "ends")
        case .keysProblem: ("Toetsenbestand", "Keymap file")
        case .themeProblem: ("Themabestand", "Theme file")
        case .emptyFilter: ("typ om te filteren", "type to filter")
        case .mixLabel: ("Mix", "Mix")
        case .perKind: ("per soort", "per kind")
        case .perState: ("per status", "per state")
        case .changedBy: ("Gewijzigd door", "Changed by")
        case .changesBy: ("wijzigingen door", "changes by")
        case .history: ("Geschiedenis", "History")
        case .created: ("nieuw", "created")
        case .statusUpdate: ("statusupdate", "status update")
        case .columnWhat: ("Wat", "What")
        case .columnChange: ("Wijziging", "Change")
        case .entityPartner: ("partner", "partner")
        case .entityProject: ("project", "project")
        case .entityCommitment: ("toezegging", "commitment")
        case .newCommitment: ("Nieuwe toezegging", "New commitment")
        case .newProject: ("Nieuw project", "New project")
        case .newPartner: ("Nieuwe partner", "New partner")
        case .dismissHint: ("Esc: melding sluiten", "Esc: dismiss")
        case .withdrawQuestion: ("Intrekken", "Withdraw")
        case .saved: ("Opgeslagen", "Saved")
        case .notSaved: ("Niet opgeslagen", "Not saved")
        case .conflictTitle: ("Iemand anders was u voor", "Someone else saved first")
        case .theirVersion: ("Hun versie", "Their version")
        case .yourVersion: ("Uw wijziging", "Your change")
        case .undone: ("Ongedaan gemaakt", "Undone")
        case .nothingToUndo: ("Niets om ongedaan te maken", "Nothing to undo")
        case .cannotUndoCreation: ("Een nieuwe partner of een nieuw project kan niet ongedaan gemaakt worden; wijzig het", "A new partner or project cannot be undone; edit it instead")
        }
    }
}
