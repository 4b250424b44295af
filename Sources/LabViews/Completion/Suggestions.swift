// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// One thing offered while typing: what goes in, and how the list shows it.
struct Suggestion: Hashable, Sendable {
    let insert: String
    let label: String
}

/// What a word being typed can become: found without case or accents, the ones that start with
/// it first, then the ones with a word that starts with it; only when there are none of those,
/// the ones that hold it.
enum Suggestions {
    /// The most a list offers; the rest is counted.
    static let shown = 8

    static func matching(_ typed: String, among offers: [Suggestion], also: (Suggestion) -> [String] = { _ in [] }) -> [Suggestion] {
        let wanted = SearchText.folded(typed)
        guard !wanted.isEmpty else { return offers }
        var starts: [Suggestion] = [], wordStarts: [Suggestion] = [], holds: [Suggestion] = []
        for offer in offers {
            let texts = ([offer.insert, offer.label] + also(offer)).map(SearchText.folded)
            if texts.contains(where: { $0.starts(with: wanted) }) {
                starts.append(offer)
            } else if texts.contains(where: { text in
                text.indices.contains { $0 > 0 && !isWordByte(text[$0 - 1]) && text[$0...].starts(with: wanted) }
            }) {
                wordStarts.append(offer)
            } else if texts.contains(where: { SearchText.contains($0[...], wanted) }) {
                holds.append(offer)
            }
        }
        return starts.isEmpty && wordStarts.isEmpty ? holds : starts + wordStarts
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (48...57).contains(byte) || (97...122).contains(byte)
    }

    /// The partners or projects `typed` may mean, by name or id; the id is what goes in.
    static func entities(_ kind: EntityKind, matching typed: String, in data: LabData) -> [Suggestion] {
        let offers: [Suggestion] = switch kind {
        case .partner: data.partners.map { Suggestion(insert: $0.id, label: "\($0.name) (\($0.id))") }
        case .project: data.projects.map { Suggestion(insert: $0.id, label: "\($0.name) (\($0.id))") }
        case .commitment: data.commitments.map { Suggestion(insert: $0.id, label: "\($0.id) \(data.partnerName($0.partner))") }
        }
        return matching(typed, among: offers)
    }
}
