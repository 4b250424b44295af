// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The table of all actions with their default keys and help texts.
public enum ActionTable {
    public static let all: [Action] = [
        action(.showOverview, ["1"], "Overzicht: het lab in één oogopslag", "Overview: the lab at a glance", .panes),
        action(.showPartners, ["2"], "Partners en hun toezeggingen", "Partners and their commitments", .panes),
        action(.showProjects, ["3"], "Projecten en hun voortgang", "Projects and their progress", .panes),
        action(.showCommitments, ["4"], "Alle toezeggingen", "All commitments", .panes),
        action(.showNetwork, ["5"], "Netwerk: partners x projecten", "Network: partners x projects", .panes),
        action(.showArrangements, ["6"], "Sturingsarrangementen", "Governance arrangements", .panes),
        action(.showLog, ["7"], "Logboek: statusupdates op datum", "Log: status updates by date", .panes),
        action(.showCapacity, ["8"], "Organiserend vermogen: wie het netwerk bijeenhoudt", "Organising capacity: who holds the network together",
               .panes),
        action(.nextPane, ["Tab"], "Volgend scherm", "Next pane", .panes, hint: ("scherm", "pane")),
        action(.previousPane, ["Shift-Tab"], "Vorig scherm", "Previous pane", .panes),

        action(.moveDown, ["j", "Down"], "Omlaag", "Down", .navigation, scope: .list),
        action(.moveUp, ["k", "Up"], "Omhoog", "Up", .navigation, scope: .list),
        action(.moveTop, ["g", "Home"], "Naar boven", "To the top", .navigation, scope: .list),
        action(.moveBottom, ["G", "End"], "Naar beneden", "To the bottom", .navigation, scope: .list),
        action(.pageDown, ["PgDn", "Ctrl-F"], "Pagina omlaag", "Page down", .navigation, scope: .list),
        action(.pageUp, ["PgUp", "Ctrl-B"], "Pagina omhoog", "Page up", .navigation, scope: .list),
        action(.scrollRight, ["l", "Right"], "Naar rechts schuiven", "Scroll right", .navigation, scope: .list),
        action(.scrollLeft, ["h", "Left"], "Naar links schuiven", "Scroll left", .navigation, scope: .list),

        action(.openItem, ["Enter"], "Openen", "Open", .list, scope: .list, requires: [.hasRows, .canOpen], hint: ("open", "open")),
        action(.goBack, ["Esc"], "Terug (detail sluiten, filter wissen)", "Back (close the detail, clear the filter)", .list,
               requires: .canGoBack, hint: ("terug", "back")),
        action(.startFilter, ["/"], "Filteren terwijl u typt", "Filter as you type", .list, scope: .list, requires: .hasList, hint: ("filter", "filter")),
        action(.nextMatch, ["n"], "Volgende treffer", "Next match", .list, scope: .list, requires: .hasFilter),
        action(.previousMatch, ["N"], "Vorige treffer", "Previous match", .list, scope: .list, requires: .hasFilter),
        action(.sortNext, ["s"], "Sorteren op de volgende kolom", "Sort by the next column", .list, scope: .list,
               requires: .isSortable, hint: ("sorteer", "sort")),
        action(.sortReverse, ["S"], "Sortering omkeren", "Reverse the sort", .list, scope: .list, requires: .isSortable),
        action(.toggleMark, ["Space"], "Rij markeren (e, w, Y en :export werken op alle gemarkeerde)",
               "Mark the row (e, w, Y and :export act on all marked)", .list, scope: .list, requires: .hasRows),
        action(.markAllShown, ["V", "*"], "Alle getoonde rijen markeren (nog eens: geen)", "Mark every row shown (again: none)", .list,
               scope: .list, requires: .hasRows),
        action(.copyID, ["y"], "Id van de rij kopiëren naar het klembord", "Copy the row's id to the clipboard",
               .list, scope: .list, requires: .hasRows),
        action(.copyEmail, ["Y"], "E-mailadres van de partner kopiëren (of van alle gemarkeerde)",
               "Copy the partner's e-mail address (or of all marked)", .list, scope: .list, requires: .hasRows),

        action(.addItem, ["a"], "Toevoegen: partner, project of toezegging", "Add: partner, project or commitment", .editing,
               scope: .list, requires: [.canWrite, .canAdd], hint: ("nieuw", "add")),
        action(.editItem, ["e"], "Wijzigen wat geselecteerd is", "Edit what is selected", .editing, scope: .list,
               requires: [.canWrite, .canAdd, .hasRows], hint: ("wijzig", "edit")),
        action(.postUpdate, ["p"], "Statusupdate plaatsen bij het project", "Post a status update on the project", .editing,
               scope: .list, requires: [.canWrite, .isProject], hint: ("update", "update")),
        action(.withdrawCommitment, ["w"], "Toezegging intrekken", "Withdraw the commitment", .editing, scope: .list,
               requires: [.canWrite, .isCommitment], dangerous: true),
        action(.undoEdit, ["u"], "Eigen laatste wijziging ongedaan maken (als nieuwe wijziging)",
               "Undo your own last edit (as a new edit)", .editing, requires: [.canWrite, .hasOwnEdit]),
        action(.redoEdit, ["Ctrl-R"], "Ongedaan gemaakte wijziging opnieuw doen (als nieuwe wijziging)",
               "Redo what was undone (as a new edit)", .editing, requires: [.canWrite, .hasUndoneEdit]),

        action(.nextField, ["Tab", "Down"], "Volgend veld", "Next field", .form, scope: .form, hint: ("volgend veld", "next field")),
        action(.previousField, ["Shift-Tab", "Up"], "Vorig veld", "Previous field", .form, scope: .form),
        action(.nextChoice, ["Right"], "Volgende keuze", "Next choice", .form, scope: .form, hint: ("keuze", "choice")),
        action(.previousChoice, ["Left"], "Vorige keuze", "Previous choice", .form, scope: .form),
        action(.confirmYes, ["j", "y"], "Ja, doorgaan", "Yes, go ahead", .form, scope: .confirm, hint: ("ja", "yes")),
        action(.confirmNo, ["n", "Esc"], "Nee, niets doen", "No, do nothing", .form, scope: .confirm, hint: ("nee", "no")),
        action(.keepTheirs, ["t", "Esc"], "Hun versie houden, niets opslaan", "Keep their version, save nothing", .form, scope: .conflict, hint: ("hun versie", "theirs")),
        action(.applyMine, ["m"], "Mijn waarde in elk veld dat beiden wijzigden", "My value in every field both changed", .form, scope: .conflict,
               hint: ("mijn versie", "mine")),
        action(.editAgain, ["e"], "Opnieuw bewerken vanaf hun versie", "Edit again from their version", .form, scope: .conflict,
               hint: ("opnieuw", "edit again")),
        action(.nextConflictField, ["Down", "j", "Tab"], "Volgend veld dat beiden wijzigden", "Next field both changed", .form,
               scope: .conflict),
        action(.previousConflictField, ["Up", "k", "Shift-Tab"], "Vorig veld dat beiden wijzigden", "Previous field both changed", .form,
               scope: .conflict),
        action(.chooseTheirs, ["Left", "h"], "Voor dit veld hun waarde kiezen", "Choose their value for this field", .form,
               scope: .conflict, hint: ("hun waarde", "their value")),
        action(.chooseMine, ["Right", "l"], "Voor dit veld mijn waarde kiezen", "Choose my value for this field", .form,
               scope: .conflict, hint: ("mijn waarde", "my value")),
        action(.saveChoices, ["Enter"], "Opslaan zoals per veld gekozen", "Save as chosen per field", .form, scope: .conflict,
               hint: ("opslaan", "save")),

        action(.nextStep, ["Space", "Right"], "Volgende stap van de rondleiding", "Next step of the tour", .tour, scope: .tour,
               requires: .hasTour, hint: ("volgende", "next")),
        action(.previousStep, ["Left"], "Vorige stap", "Previous step", .tour, scope: .tour, requires: .hasTour, hint: ("vorige", "back")),
        action(.pauseTour, ["p"], "Pauzeren en verder (elke andere toets neemt het over)", "Pause and resume (any other key takes over)",
               .tour, scope: .tour, requires: .hasTour, hint: ("pauze", "pause")),

        action(.acceptInput, ["Enter"], "Bevestigen (filter houden, opdracht uitvoeren)", "Accept (keep the filter, run the command)",
               .input, scope: .input, hint: ("bevestig", "accept")),
        action(.cancelInput, ["Esc"], "Annuleren (filter wissen)", "Cancel (clear the filter)", .input, scope: .input, hint: ("annuleer", "cancel")),
        action(.deleteBackward, ["Backspace"], "Teken links wissen", "Delete the character to the left", .input, scope: .input),
        action(.deleteForward, ["Delete"], "Teken rechts wissen", "Delete the character to the right", .input, scope: .input),
        action(.moveCursorLeft, ["Left"], "Cursor naar links", "Cursor left", .input, scope: .input),
        action(.moveCursorRight, ["Right"], "Cursor naar rechts", "Cursor right", .input, scope: .input),
        action(.previousHistory, ["Up"], "Vorige opdracht", "Previous command", .input, scope: .input),
        action(.nextHistory, ["Down"], "Volgende opdracht", "Next command", .input, scope: .input),
        action(.completeNext, ["Tab"], "Aanvullen: opdracht, naam, veld, waarde (nog eens: volgende)",
               "Complete: command, name, field, value (again: the next)", .input, scope: .input, hint: ("aanvullen", "complete")),
        action(.completePrevious, ["Shift-Tab"], "Vorige aanvulling", "Previous completion", .input, scope: .input),

        action(.closeHelp, ["Esc", "?", "q"], "Hulp sluiten", "Close help", .program, scope: .help, hint: ("sluit", "close")),
        action(.openHelp, ["?"], "Hulp bij de toetsen", "Help with the keys", .program, hint: ("hulp", "help")),
        action(.openCommand, [":"], "Opdrachtregel: :view :partner :project :export :theme :q",
               "Command line: :view :partner :project :export :theme :q", .program, hint: ("opdracht", "command")),
        action(.reloadData, ["r"], "Opnieuw inlezen van schijf", "Reload from disk", .program, requires: .hasFolder),
        action(.backOrQuit, ["q"], "Terug, en stoppen op het hoogste niveau", "Back, and quit at the top", .program, hint: ("terug/stop", "back/quit")),
        action(.quitProgram, ["Ctrl-C"], "Direct stoppen", "Quit at once", .program),
    ]

    public static func action(_ id: ActionID) -> Action {
        all.first { $0.id == id }!
    }

    private static func action(_ id: ActionID, _ keys: [String], _ dutch: String, _ english: String, _ group: ActionGroup,
                               scope: ActionScope = .global, requires: Conditions = [], dangerous: Bool = false,
                               hint: (String, String)? = nil) -> Action {
        Action(id: id, defaultKeys: keys.map { Key(name: $0)! }, helpNL: dutch, helpEN: english, group: group, scope: scope,
               requires: requires, isDangerous: dangerous, hint: hint.map { (nl: $0.0, en: $0.1) })
    }
}
