// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Whether every row one filter keeps is kept by another: then a key that made the filter longer
/// only has to look through the rows shown, not the whole table. Typing `soort:ge` after
/// `soort:g`, `waarde>10` after `waarde>1` or `gemeente` after `gem` narrows; `waarde<10` after
/// `waarde<1` does not.
extension FilterQuery {
    public func narrows(_ wider: FilterQuery) -> Bool {
        wider.words.allSatisfy { old in words.contains { $0.isNarrower(than: old) } }
            && wider.terms.allSatisfy { old in terms.contains { $0.isNarrower(than: old) } }
    }
}

extension FilterQuery.Word {
    /// A row holding this word holds `wider`'s; without it, it is without `wider`'s.
    func isNarrower(than wider: Self) -> Bool {
        guard isNegated == wider.isNegated else { return false }
        return isNegated ? folded == wider.folded : SearchText.contains(folded[...], wider.folded)
    }
}

extension FieldTerm {
    /// Every value this term admits, `wider` admits too.
    func isNarrower(than wider: FieldTerm) -> Bool {
        guard field.path == wider.field.path, isNegated == wider.isNegated else { return false }
        if isNegated || comparison != wider.comparison && !(wanted.isOrdered && wider.wanted.isOrdered) {
            return comparison == wider.comparison && wanted == wider.wanted
        }
        switch (wanted, wider.wanted) {
        case (.codes(let mine), .codes(let theirs)):
            return mine.isSubset(of: theirs)
        case (.text(let mine), .text(let theirs)):
            return comparison == .equals ? mine == theirs : SearchText.contains(mine[...], theirs)
        case (.empty, .empty):
            return true
        default:
            guard let mine = admitted, let theirs = wider.admitted else { return false }
            return mine.lowerBound >= theirs.lowerBound && mine.upperBound <= theirs.upperBound
        }
    }

    /// The numbers (ten-thousandths, day numbers) an amount or date term admits.
    private var admitted: ClosedRange<Int64>? {
        let range: ClosedRange<Int64>
        switch wanted {
        case .number(let number): range = number.units...number.units
        case .days(let days): range = Int64(days.lowerBound)...Int64(days.upperBound)
        default: return nil
        }
        return switch comparison {
        case .atLeast: range.lowerBound...Int64.max
        case .atMost: Int64.min...range.upperBound
        case .greater: range.upperBound == Int64.max ? nil : (range.upperBound + 1)...Int64.max
        case .less: range.lowerBound == Int64.min ? nil : Int64.min...(range.lowerBound - 1)
        case .matches, .equals: range
        }
    }
}

extension FieldTerm.Wanted {
    var isOrdered: Bool {
        switch self {
        case .number, .days: true
        default: false
        }
    }
}
