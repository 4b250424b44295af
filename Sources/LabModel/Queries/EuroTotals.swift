// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Euros split by the state of the commitments they come from.
public struct EuroTotals: Sendable, Hashable {
    public private(set) var byState: [CommitmentState: Money] = [:]
    public private(set) var count = 0

    public init() {}

    public init<Commitments: Sequence>(_ commitments: Commitments) where Commitments.Element == Commitment {
        self.init(summing: commitments.lazy.map { ($0.state, $0.valueEUR) })
    }

    /// The same for a whole list, reading only the two fields it needs of each commitment in
    /// place: the commitments table adds up all of them after every edit.
    public init(_ commitments: [Commitment]) {
        self.init(summing: commitments.indices.lazy.map { (commitments[$0].state, commitments[$0].valueEUR) })
    }

    /// The same for the lab's list, in place.
    public init(_ commitments: PiecedList<Commitment>) {
        self.init(summing: commitments.indices.lazy.map { (commitments[$0].state, commitments[$0].valueEUR) })
    }

    /// The commitments at `positions` of the list: a filtered table's rows, without looking up their ids.
    public init(_ commitments: PiecedList<Commitment>, at positions: [Int]) {
        self.init(summing: positions.lazy.map { (commitments[$0].state, commitments[$0].valueEUR) })
    }

    private init(summing values: some Sequence<(CommitmentState, Money)>) {
        var sums = Array(repeating: Money.zero, count: 4)
        var present = Array(repeating: false, count: 4)
        for (state, value) in values {
            let slot = switch state {
            case .proposed: 0
            case .pledged: 1
            case .delivered: 2
            case .withdrawn: 3
            }
            sums[slot] += value
            present[slot] = true
            count += 1
        }
        for (slot, state) in [CommitmentState.proposed, .pledged, .delivered, .withdrawn].enumerated() where present[slot] {
            byState[state] = sums[slot]
        }
    }

    public mutating func add(_ commitment: Commitment) {
        byState[commitment.state, default: .zero] += commitment.valueEUR
        count += 1
    }

    /// Takes out a commitment added before: the totals of a table follow an edit of one row.
    public mutating func remove(_ commitment: Commitment) {
        byState[commitment.state, default: .zero] -= commitment.valueEUR
        count -= 1
    }

    public subscript(state: CommitmentState) -> Money { byState[state] ?? .zero }

    /// What the lab can count on: pledged plus delivered.
    public var firm: Money { self[.pledged] + self[.delivered] }

    /// What pledged and delivered together are called everywhere: `hard`, as a coordinator speaks of a
    /// "harde toezegging" (not `vast`, which reads as "recurring"); see docs/glossary.md.
    public static let firmWord = LocalizedText(nl: "hard", en: "firm")
    /// Everything not withdrawn, proposals included.
    public var open: Money { firm + self[.proposed] }
}
