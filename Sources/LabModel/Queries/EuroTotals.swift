/// Euros split by the state of the commitments they come from.
public struct EuroTotals: Sendable, Hashable {
    public private(set) var byState: [CommitmentState: Money] = [:]
    public private(set) var count = 0

    public init() {}

    public init<Commitments: Sequence>(_ commitments: Commitments) where Commitments.Element == Commitment {
        for commitment in commitments { add(commitment) }
    }

    public mutating func add(_ commitment: Commitment) {
        byState[commitment.state, default: .zero] += commitment.valueEUR
        count += 1
    }

    public subscript(state: CommitmentState) -> Money { byState[state] ?? .zero }

    /// What the lab can count on: pledged plus delivered.
    public var firm: Money { self[.pledged] + self[.delivered] }
    /// Everything not withdrawn, proposals included.
    public var open: Money { firm + self[.proposed] }
}
