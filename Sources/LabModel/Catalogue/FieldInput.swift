// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// What a person typed for one field, turned into the value the files hold, by the field's shape.
/// Forms and the command line both come here, so a field is read the same way wherever it is typed.
public enum FieldInput {
    /// The field's new JSON value, `nil` to leave it out (an optional field left empty), or why the
    /// text cannot be taken.
    public static func value(_ typed: String, for field: FieldDescriptor, context: NumberContext,
                             in data: LabData) -> Result<JSONValue?, ProblemKind> {
        let text = typed.trimmingWhitespace()
        if text.isEmpty {
            if case .text(allowsEmpty: true) = field.shape, field.isRequired { return .success(.string("")) }
            if case .debtPhases = field.shape { return .success(.array([])) }
            if case .texts = field.shape { return field.isRequired ? .success(.array([])) : .success(nil) }
            return field.isRequired ? .failure(.emptyText) : .success(nil)
        }
        switch field.shape {
        case .text, .email, .id:
            return .success(.string(text))
        case .reference(let kind):
            // A commitment's project may be the shared support: `-` says so on the command line, and its name in a sheet.
            let sharedSupport = names(data.lab.sharedSupport.name.nl) + names(data.lab.sharedSupport.name.en)
            if kind == .project, !field.isRequired, text == "-" || sharedSupport.contains(where: { MatchKey($0) == MatchKey(text) }) {
                return .success(nil)
            }
            // An id, as a form holds it: found in the index, without a candidate for each of a hundred thousand partners.
            if data.position(of: kind, text) != nil { return .success(.string(text)) }
            return match(text, among: candidates(of: kind, in: data)) { .unknownReference(kind, text, suggestions: $0) }
                .map { .string($0) }
        case .arrangement:
            let arrangements = data.lab.arrangements.map { Candidate(code: $0.id, names: [$0.name.nl, $0.name.en]) }
            return choose(text, among: arrangements, names: data.lab.arrangements.map(\.name)).map { .string($0) }
        case .debtPhases:
            let phases = data.lab.debtPhases.map { Candidate(code: $0.id, names: [$0.name.nl, $0.name.en]) }
            var chosen: [JSONNode] = []
            for part in text.split(separator: ",") {
                switch choose(String(part), among: phases, names: data.lab.debtPhases.map(\.name)) {
                case .success(let code): chosen.append(JSONNode(.string(code)))
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.array(chosen))
        case .day:
            guard let day = DayInput.parse(text) else { return .failure(.unreadableDay(text)) }
            return .success(.string(day.description))
        case .quantity:
            return NumberInput.parse(text, as: Quantity.self, context: context).map { .number($0.plainText) }.mapError(ProblemKind.numberRefused)
        case .money:
            return NumberInput.parse(text, as: Money.self, context: context).map { .number($0.plainText) }.mapError(ProblemKind.numberRefused)
        case .choice(let choices):
            return choose(text, among: choices).map { .string($0) }
        case .flag:
            let flags = Choices.yesNo
            let candidates = [Candidate(code: "false", names: ["nee", "no", "n"]), Candidate(code: "true", names: ["ja", "yes", "j", "y"])]
            return choose(text, among: candidates, names: flags.names).map { .bool($0 == "true") }
        case .unit:
            return .success(.string(MeasureUnit.typed(text).code))
        case .texts:
            return .success(.array(text.split(separator: ";").map { JSONNode(.string($0.trimmingSpaces())) }))
        case .group, .list:
            return .failure(.wrongType(expected: .object, found: .string))
        }
    }

    /// The ids of the entities of `kind` nearest to `typed`, to suggest for an id that does not exist.
    public static func suggestions(for typed: String, of kind: EntityKind, in data: LabData) -> [String] {
        if case .failure(let near) = ChoiceInput.match(typed, among: candidates(of: kind, in: data)) { return near.codes }
        return []
    }

    /// The partners or projects a person may mean, by id and by name.
    static func candidates(of kind: EntityKind, in data: LabData) -> [Candidate] {
        switch kind {
        case .partner: data.partners.map { Candidate(code: $0.id, names: names($0.name)) }
        case .project: data.projects.map { Candidate(code: $0.id, names: names($0.name)) }
        case .commitment: data.commitments.map { Candidate(code: $0.id, names: []) }
        }
    }

    /// A name, and the name without what stands in brackets at its end: `Sociaal Hospitaal (SOHOS)`
    /// is also `Sociaal Hospitaal`, as a sheet or a person may write it.
    private static func names(_ name: String) -> [String] {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return [name] }
        let short = name[..<open].trimmingSpaces()
        return short.isEmpty ? [name] : [name, short]
    }

    private static func choose(_ text: String, among choices: Choices) -> Result<String, ProblemKind> {
        let candidates = zip(choices.codes, choices.names).map { Candidate(code: $0, names: [$1.nl, $1.en]) }
        return choose(text, among: candidates, names: choices.names)
    }

    private static func choose(_ text: String, among candidates: [Candidate], names: [LocalizedText]) -> Result<String, ProblemKind> {
        match(text, among: candidates) { codes in
            let suggested = codes.compactMap { code in candidates.firstIndex { $0.code == code }.map { names[$0] } }
            return .unknownChoice(text, suggestions: suggested, allowed: names)
        }
    }

    private static func match(_ text: String, among candidates: [Candidate],
                              refusal: ([String]) -> ProblemKind) -> Result<String, ProblemKind> {
        ChoiceInput.match(text, among: candidates).mapError { refusal($0.codes) }
    }
}
