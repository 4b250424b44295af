// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Why a part of a filter could not be read; the title says it instead of showing an empty table.
public enum FilterProblem: Error, Sendable, Hashable {
    /// The names it could have been, per language (Dutch first).
    case unknownField(String, known: [[String]])
    case missingValue(LocalizedText, String)
    case notOrdered(LocalizedText, String)
    case unknownChoice(LocalizedText, String, allowed: [LocalizedText])
    case notADate(LocalizedText, String)
    case number(LocalizedText, NumberRefusal)
    case notFilterable(LocalizedText)
    case personalData(LocalizedText)

    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .unknownField(let name, let known):
            let names = (nl ? known.first : known.last)?.joined(separator: ", ") ?? ""
            return nl ? "\(quoted(name)) is geen veld; wel: \(names)" : "\(quoted(name)) is not a field; try: \(names)"
        case .missingValue(let label, let comparison):
            let field = label.text(in: language)
            return nl ? "geef een waarde na \(field)\(comparison)" : "give a value after \(field)\(comparison)"
        case .notOrdered(let label, let comparison):
            let field = label.text(in: language)
            return nl ? "\(field): \(comparison) kan alleen bij bedragen, aantallen en datums; gebruik \(field):"
                : "\(field): \(comparison) only works with amounts, numbers and dates; use \(field):"
        case .unknownChoice(let label, let typed, let allowed):
            let names = allowed.map { $0.text(in: language) }.joined(separator: ", ")
            return nl ? "\(label.nl): \(quoted(typed)) bestaat niet; kies uit \(names)"
                : "\(label.en): \(quoted(typed)) does not exist; choose from \(names)"
        case .notADate(let label, let typed):
            return nl ? "\(label.nl): \(quoted(typed)) is geen datum; schrijf 2020-06-30, 30-06-2020, 2020-06 of 2020"
                : "\(label.en): \(quoted(typed)) is not a date; write 2020-06-30, 30-06-2020, 2020-06 or 2020"
        case .number(let label, let refusal):
            return "\(label.text(in: language)): \(refusal.message(in: language))"
        case .notFilterable(let label):
            return nl ? "op \(label.nl) kan niet gefilterd worden" : "\(label.en) cannot be filtered on"
        case .personalData(let label):
            return nl ? "\(label.nl): contactgegevens worden niet getoond" : "\(label.en): contact details are not shown"
        }
    }
}

extension FilterQuery {
    /// The filter in words, for the title: `status is voorgesteld, partner bevat "ing", waarde meer dan € 10.000`.
    public func description(in language: Language, data: LabData) -> String {
        let parts = terms.map { $0.description(in: language, data: data) } + words.map { word in
            let text = "\"\(word.typed)\""
            return word.isNegated ? (language == .nl ? "zonder \(text)" : "without \(text)") : text
        }
        return parts.joined(separator: ", ")
    }
}

extension FieldTerm {
    /// This part in words: `status is niet ingetrokken`, `tot vóór 30 juni 2020`, `project is Gedeelde ondersteuning`.
    public func description(in language: Language, data: LabData) -> String {
        let nl = language == .nl
        let label = field.label.text(in: language)
        let not = isNegated ? (nl ? " niet" : " not") : ""
        switch wanted {
        case .empty:
            let shownEmpty = FieldDisplay.text(nil, for: field.descriptor, in: language, data: data)
            if shownEmpty != "—" { return "\(label) is\(not) \(shownEmpty)" }
            return isNegated ? (nl ? "met \(label)" : "with \(label)") : (nl ? "zonder \(label)" : "without \(label)")
        case .text where comparison == .equals:
            // An id is said as the name it stands for.
            let named = FieldDisplay.text(.string(typed), for: field.descriptor, in: language, data: data)
            return "\(label) is\(not) \(named == typed ? "\"\(typed)\"" : named)"
        case .text:
            if nl { return "\(label) bevat\(isNegated ? " geen" : "") \"\(typed)\"" }
            return "\(label) \(isNegated ? "does not contain" : "contains") \"\(typed)\""
        case .codes(let codes):
            let names: [String] = switch field.descriptor.shape {
            case .choice(let choices): choices.codes.filter(codes.contains).compactMap { choices.name(of: $0, in: language) }
            default: Choices.yesNo.codes.filter(codes.contains).compactMap { Choices.yesNo.name(of: $0, in: language) }
            }
            return "\(label) is\(not) \(names.joined(separator: nl ? " of " : " or "))"
        case .number(let number):
            let shown = field.descriptor.shape == .money
                ? NumberFormat.euros(Money(exactly: number.plainText) ?? .zero, in: language) : NumberFormat.display(number, in: language)
            return "\(label)\(not) \(comparisonWords(in: language, dates: false)) \(shown)"
        case .days(let days):
            let first = Day(ordinal: days.lowerBound)
            let shown: String = switch (days.count, typed.count) {
            case (1, _): LabTime.display(first, in: language)
            case (_, 4): String(first.year)
            default: typed
            }
            let words = days.count == 1 || comparison != .matches && comparison != .equals
                ? comparisonWords(in: language, dates: true) : (nl ? "in" : "in")
            // `tot: vanaf 1 jan 2020` rather than `tot vanaf`, as the label of a date may be a preposition itself.
            return "\(label):\(not) \(words) \(shown)"
        }
    }

    private func comparisonWords(in language: Language, dates: Bool) -> String {
        let nl = language == .nl
        switch (comparison, dates) {
        case (.matches, false), (.equals, false): return nl ? "is" : "is"
        case (.matches, true), (.equals, true): return nl ? "op" : "on"
        case (.greater, false): return nl ? "meer dan" : "more than"
        case (.greater, true): return nl ? "na" : "after"
        case (.less, false): return nl ? "minder dan" : "less than"
        case (.less, true): return nl ? "vóór" : "before"
        case (.atLeast, false): return nl ? "minstens" : "at least"
        case (.atLeast, true): return nl ? "vanaf" : "from"
        case (.atMost, false): return nl ? "hoogstens" : "at most"
        case (.atMost, true): return nl ? "t/m" : "up to"
        }
    }
}
