// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// The part of `?` that explains the filter language, with the fields of the pane's rows.
enum FilterHelp {
    static func lines(_ state: AppState) -> [Line] {
        let nl = state.language == .nl
        var lines = [Line(nl ? "Filteren met /" : "Filtering with /", .header)]
        let rules: [(String, String)] = nl ? [
            ("woord", "zoekt alleen in de kolommen die u ziet"),
            ("veld:waarde", "status:voorgesteld partner:ing (partner=ing: precies)"),
            ("> < >= <=", "bedragen, aantallen, datums: waarde>10000 tot<2020-06-30"),
            ("veld:-", "leeg; project:- is de gedeelde ondersteuning"),
            ("-", "ervoor: niet, -status:ingetrokken -geld"),
            ("\"…\"", "woorden met spaties: partner:\"den haag\""),
        ] : [
            ("word", "looks only in the columns you see"),
            ("field:value", "state:proposed partner:ing (partner=ing: exactly)"),
            ("> < >= <=", "amounts, numbers, dates: value>10000 until<2020-06-30"),
            ("field:-", "empty; project:- is the shared support"),
            ("-", "in front: not, -state:withdrawn -money"),
            ("\"…\"", "words with spaces: partner:\"den haag\""),
        ]
        for (syntax, meaning) in rules {
            lines.append(.keyed(syntax, .accent, [Span(meaning, .text)]))
        }
        if let kind = state.pane.filteredKind {
            let names = FilterField.names(of: kind, in: state.language).joined(separator: ", ")
            lines.append(.keyed(nl ? "velden" : "fields", .accent, [Span(names, .text)]))
        }
        return lines
    }
}
