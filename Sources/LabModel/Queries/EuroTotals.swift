/// Euros split by the state of the commitments they come from.
public struct EuroTotals: Sendable, Hashable {
    public private(set) var byState: [CommitmentState: Money] = [:]
    public private(set) var count = 0

    public init() {}

    public init<Commitments: Sequence>(_ commitments: Commitments) where Commitments.Element == Commitment {
        for commitment in commitments { add(commitment) }
    }

    /// The same for a whole list, reading only the two fields it needs of each commitment in
    /// place: the commitments table adds up all of them after every edit.
    public init(_ commitments: [Commitment]) {
        var sums = Array(repeating: Money.zero, count: 4)
        var present = Array(repeating: false, count: 4)
        for index in commitments.indices {
            let slot = switch commitments[index].state {
            case .proposed: 0
            case .pledged: 1
            case .delivered: 2
            case .withdrawn: 3
            }
            sums[slot] += commitments[index].valueEUR
            present[slot] = true
        }
        for (slot, state) in [CommitmentState.proposed, .pledged, .delivered, .withdrawn].enumerated() where present[slot] {
            byState[state] = sums[slot]
        }
        count = commitments.count
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
    /// Everything not withdrawn, proposals included.
    public var open: Money { firm + self[.proposed] }
}
