// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Something a person can pick by typing its code or one of its names: a value of a closed set,
/// a partner, a project, an arrangement or a debt phase.
public struct Candidate: Sendable, Hashable {
    public let code: String
    public let names: [String]

    public init(code: String, names: [String]) {
        self.code = code
        self.names = names
    }
}

/// Finds what a person meant among candidates, or the nearest ones to suggest instead.
public enum ChoiceInput {
    /// The code of the one candidate whose code or name is `typed` (case and accents do not matter);
    /// else the codes of up to three nearest candidates, nearest first.
    public static func match(_ typed: String, among candidates: [Candidate]) -> Result<String, Suggestions> {
        let wanted = MatchKey(typed)
        if let exact = candidates.first(where: { $0.code == typed.trimmingSpaces() }) { return .success(exact.code) }
        let matching = candidates.filter { candidate in ([candidate.code] + candidate.names).contains { MatchKey($0) == wanted } }
        if matching.count == 1 { return .success(matching[0].code) }
        if matching.count > 1 { return .failure(Suggestions(codes: matching.prefix(3).map(\.code))) }
        return .failure(Suggestions(codes: nearest(to: wanted.folded, among: candidates)))
    }

    public struct Suggestions: Error, Sendable, Hashable {
        public let codes: [String]
    }

    private static func nearest(to wanted: String, among candidates: [Candidate]) -> [String] {
        guard !wanted.isEmpty else { return [] }
        let scored: [(code: String, distance: Int)] = candidates.map { candidate in
            let distances = ([candidate.code] + candidate.names).map { name -> Int in
                let folded = MatchKey(name).folded
                // A name that starts with what was typed is as near as can be.
                if folded.hasPrefix(wanted) { return 0 }
                return FieldNameSuggestion.editDistance(wanted, String(folded.prefix(wanted.count + 2)))
            }
            return (candidate.code, distances.min() ?? Int.max)
        }
        let limit = max(2, wanted.count / 3)
        return scored.filter { $0.distance <= limit }.sorted { ($0.distance, $0.code) < ($1.distance, $1.code) }.prefix(3).map(\.code)
    }
}
