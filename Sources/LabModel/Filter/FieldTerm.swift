// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// One `field:value` part of a filter: `status:voorgesteld`, `waarde>10000`, `-project:-`.
public struct FieldTerm: Sendable {
    /// How the field's value is compared with the value typed; the two-character ones first, as
    /// they are read.
    public enum Comparison: String, Sendable, CaseIterable {
        case atLeast = ">=", atMost = "<=", greater = ">", less = "<", matches = ":", equals = "="
    }

    /// What the field must hold, read from what was typed by the field's shape.
    enum Wanted: Sendable, Hashable {
        /// The folded text, found anywhere in the value as the screen shows it or as it is typed.
        case text([UInt8])
        /// One of these codes of a closed set (or `true`/`false` for a flag).
        case codes(Set<String>)
        /// The field is left out or empty: `project:-`.
        case empty
        case number(Quantity)
        /// The days of a date, a month (`2020-06`) or a year (`2020`), as ordinals.
        case days(ClosedRange<Int>)
    }

    public let field: FilterField
    public let comparison: Comparison
    let wanted: Wanted
    public let isNegated: Bool
    /// The value as typed, for the title.
    public let typed: String

    /// Whether a field of this value passes this part of the filter.
    func admits(_ value: JSONValue?, in data: LabData, language: Language) -> Bool {
        isNegated != holds(value, data: data, language: language)
    }

    /// For an amount or a date, whether its number (`FilterField.ordinal`) passes, without the
    /// value written out; `nil` when this part asks for something else.
    func admits(ordinal: Int64?) -> Bool? {
        let wanted: ClosedRange<Int64>
        switch self.wanted {
        case .number(let number): wanted = number.units...number.units
        case .days(let days): wanted = Int64(days.lowerBound)...Int64(days.upperBound)
        default: return nil
        }
        guard let ordinal else { return isNegated }
        let holds = switch comparison {
        case .atLeast: ordinal >= wanted.lowerBound
        case .atMost: ordinal <= wanted.upperBound
        case .greater: ordinal > wanted.upperBound
        case .less: ordinal < wanted.lowerBound
        case .matches, .equals: wanted.contains(ordinal)
        }
        return isNegated != holds
    }

    func holds(_ value: JSONValue?, data: LabData, language: Language) -> Bool {
        switch wanted {
        case .empty:
            return Self.isEmpty(value)
        case .text(let needle):
            let shown = FieldDisplay.text(value, for: field.descriptor, in: language, data: data)
            let typedAgain = FieldDisplay.editableText(value, for: field.descriptor, in: language)
            // `=` asks for the whole value (an id, a name); `:` for a part of it.
            if comparison == .equals { return [shown, typedAgain].contains { SearchText.folded($0) == needle } }
            return SearchText.contains(SearchText.folded(shown + " " + typedAgain)[...], needle)
        case .codes(let codes):
            switch value {
            case .string(let code)?: return codes.contains(code)
            case .bool(let flag)?: return codes.contains(flag ? "true" : "false")
            default: return false
            }
        case .number(let wanted):
            guard case .number(let text)? = value, let number = Quantity(exactly: text) else { return false }
            switch comparison {
            case .atLeast: return number >= wanted
            case .atMost: return number <= wanted
            case .greater: return number > wanted
            case .less: return number < wanted
            case .matches, .equals: return number == wanted
            }
        case .days(let days):
            guard case .string(let text)? = value, let day = Day(text)?.ordinal else { return false }
            switch comparison {
            case .atLeast: return day >= days.lowerBound
            case .atMost: return day <= days.upperBound
            case .greater: return day > days.upperBound
            case .less: return day < days.lowerBound
            case .matches, .equals: return days.contains(day)
            }
        }
    }

    private static func isEmpty(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: true
        case .string(let text)?: text.isEmpty
        case .array(let items)?: items.isEmpty
        case .object(let members)?: members.allSatisfy { isEmpty($0.value.value) }
        default: false
        }
    }
}

extension FieldTerm {
    /// The term for `field` compared by `comparison` with `typed`, or why it cannot be read.
    static func read(_ typed: String, for field: FilterField, comparison: Comparison, negated: Bool,
                     language: Language, today: Day, showsPersonalData: Bool) -> Result<FieldTerm, FilterProblem> {
        wanted(typed, for: field, comparison: comparison, language: language, today: today, showsPersonalData: showsPersonalData)
            .map { FieldTerm(field: field, comparison: comparison, wanted: $0, isNegated: negated, typed: typed) }
    }

    private static func wanted(_ typed: String, for field: FilterField, comparison: Comparison, language: Language, today: Day,
                               showsPersonalData: Bool) -> Result<Wanted, FilterProblem> {
        let label = field.label
        if field.descriptor.isPersonal && !showsPersonalData { return .failure(.personalData(label)) }
        if case .list = field.descriptor.shape { return .failure(.notFilterable(label)) }
        guard !typed.isEmpty else { return .failure(.missingValue(label, comparison.rawValue)) }
        let isOrdered: Bool = switch field.descriptor.shape {
        case .money, .quantity, .day: true
        default: false
        }
        let isComparison = comparison != .matches && comparison != .equals
        if isComparison && !isOrdered { return .failure(.notOrdered(label, comparison.rawValue)) }
        if typed == "-" && !isComparison { return .success(.empty) }
        switch field.descriptor.shape {
        case .choice(let choices):
            return codes(typed, among: choices, label: label)
        case .flag:
            return codes(typed, among: Choices.yesNo, also: ["false": ["false", "n"], "true": ["true", "j", "y"]], label: label)
        case .money, .quantity:
            return NumberInput.parse(typed, as: Quantity.self, context: .form(language))
                .map(Wanted.number).mapError { .number(label, $0) }
        case .day:
            return days(typed, today: today).map(Wanted.days).map { .success($0) } ?? .failure(.notADate(label, typed))
        default:
            return .success(.text(SearchText.folded(typed)))
        }
    }

    /// The codes whose code, a name in either language or a word of one starts with what was typed.
    private static func codes(_ typed: String, among choices: Choices, also: [String: [String]] = [:],
                              label: LocalizedText) -> Result<Wanted, FilterProblem> {
        let wanted = SearchText.folded(typed)
        let found = choices.codes.indices.filter { index in
            let names = [choices.names[index].nl, choices.names[index].en]
            let words = names + names.flatMap { $0.split(separator: " ").map(String.init) } + [choices.codes[index]]
                + (also[choices.codes[index]] ?? [])
            return words.contains { SearchText.folded($0).starts(with: wanted) }
        }
        guard !found.isEmpty else { return .failure(.unknownChoice(label, typed, allowed: choices.names)) }
        return .success(.codes(Set(found.map { choices.codes[$0] })))
    }

    /// A date as people type it, a month `2020-06`, a year `2020`, or a day counted from today:
    /// `vandaag`, `today+90`, `vandaag-30`.
    static func days(_ typed: String, today: Day) -> ClosedRange<Int>? {
        if let day = DayInput.parse(typed) { return day.ordinal...day.ordinal }
        if let relative = relativeDays(typed) { return (today.ordinal + relative)...(today.ordinal + relative) }
        let parts = typed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }), parts[0].count == 4,
              let year = Int(parts[0]) else { return nil }
        if parts.count == 1, let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) {
            return first.ordinal...last.ordinal
        }
        if parts.count == 2, let month = Int(parts[1]), let first = Day(year: year, month: month, day: 1),
           let last = Day(year: year, month: month, day: Day.daysInMonth(month, of: year)) {
            return first.ordinal...last.ordinal
        }
        return nil
    }

    static let todayWords = ["vandaag", "today"]

    /// The days after today (before it when negative) that `vandaag+90` names.
    private static func relativeDays(_ typed: String) -> Int? {
        let folded = String(decoding: SearchText.folded(typed), as: UTF8.self)
        guard let word = todayWords.first(where: folded.hasPrefix) else { return nil }
        let rest = folded.dropFirst(word.count)
        guard !rest.isEmpty else { return 0 }
        guard let sign = rest.first, sign == "+" || sign == "-", let count = Int(rest.dropFirst()), count >= 0, count <= 36_500 else {
            return nil
        }
        return sign == "+" ? count : -count
    }
}
