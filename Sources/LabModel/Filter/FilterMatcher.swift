// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A filter's field terms made ready for one pass over many rows: what a derived field needs of
/// the whole lab (who contributes to the shared support) is worked out once, and so are the
/// partners or projects a name in a term stands for; amounts and dates are compared as numbers.
/// A hundred thousand rows are tested at every key.
public struct FilterMatcher: Sendable {
    private let tests: [@Sendable (EntityValue) -> Bool]

    public init(_ query: FilterQuery, data: LabData, day: Day, language: Language) {
        tests = query.terms.map { Self.test(for: $0, data: data, day: day, language: language) }
    }

    /// Whether `entity` passes every field term.
    public func admits(_ entity: EntityValue) -> Bool {
        tests.allSatisfy { $0(entity) }
    }

    private static func test(for term: FieldTerm, data: LabData, day: Day, language: Language) -> @Sendable (EntityValue) -> Bool {
        if let ordinal = term.field.ordinal, term.admits(ordinal: 0) != nil {
            return { entity in term.admits(ordinal: ordinal(entity)) ?? false }
        }
        let read = term.field.reader(data, day)
        if case .text = term.wanted, case .reference(let kind) = term.field.descriptor.shape {
            // The ids whose name or id the text is found in, once, instead of a name looked up per row.
            let candidates: [String] = switch kind {
            case .partner: data.partners.map(\.id)
            case .project: data.projects.map(\.id)
            case .commitment: data.commitments.map(\.id)
            }
            let found = Set(candidates.filter { term.holds(.string($0), data: data, language: language) })
            let none = term.holds(nil, data: data, language: language)
            let negated = term.isNegated
            return { entity in
                if case .string(let id)? = read(entity) { return negated != found.contains(id) }
                return negated != none
            }
        }
        return { entity in term.admits(read(entity), in: data, language: language) }
    }
}
