// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What a partner's contacts in the one-mode network say of its position: Burt's constraint and
/// effective size, and the Gould–Fernandez brokerage roles, all from one pass over the ties
/// among its contacts. Ties count as ties, not as euros (see `NetworkScores`).
public struct StructuralHoles: Sendable, Hashable {
    /// Burt's c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², p_ij = 1 / degree(i) for a contact j; `nil` without contacts.
    public let constraint: Double?
    /// Borgatti's form of Burt's effective size: n − 2t / n, n contacts with t ties among them; `nil` without contacts.
    public let effectiveSize: Double?
    public let brokerage: Brokerage

    /// Computes them for the partner at `node`, with `groups` (the partners' sectors) for the roles.
    init(of node: Int, in network: AffiliationNetwork, groups: [Int], marks: inout [Int]) {
        let contacts = network.neighbours[node]
        guard !contacts.isEmpty else {
            constraint = nil
            effectiveSize = nil
            brokerage = Brokerage()
            return
        }
        for contact in contacts { marks[contact] = node }
        let share = 1 / Double(contacts.count)
        var constraint = 0.0
        var tiesAmongContacts = 0
        var tiedPairs = Brokerage()
        for contact in contacts {
            var indirect = 0.0
            for other in network.neighbours[contact] where marks[other] == node {
                indirect += share / Double(network.neighbours[other].count)
                if other > contact {
                    tiesAmongContacts += 1
                    tiedPairs.count(groups[contact], groups[other], broker: groups[node])
                }
            }
            constraint += (share + indirect) * (share + indirect)
        }
        self.constraint = constraint
        let n = Double(contacts.count)
        effectiveSize = n - 2 * Double(tiesAmongContacts) / n
        var groupSizes: [Int: Int] = [:]
        for contact in contacts { groupSizes[groups[contact], default: 0] += 1 }
        brokerage = Brokerage(pairsAmong: groupSizes, broker: groups[node]).subtracting(tiedPairs)
    }
}

/// Gould and Fernandez's roles of a broker v between two of its contacts a and b that are not tied,
/// by the groups of a, v and b. Each pair {a, b} is counted once: ties here have no direction, so a
/// pair where v shares a group with just one of them makes v gatekeeper and representative at once.
public struct Brokerage: Sendable, Hashable {
    /// a, v and b in one group.
    public var coordinator = 0
    /// a and b in one group, v in another.
    public var itinerant = 0
    /// v in the group of one of them, the other elsewhere.
    public var gatekeeper = 0
    public var representative: Int { gatekeeper }
    /// All three in different groups.
    public var liaison = 0

    init() {}

    /// Every pair of contacts, by role, as if none were tied.
    init(pairsAmong sizes: [Int: Int], broker: Int) {
        let own = sizes[broker] ?? 0
        let others = sizes.filter { $0.key != broker }.map(\.value)
        coordinator = own * (own - 1) / 2
        itinerant = others.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        gatekeeper = own * others.reduce(0, +)
        let otherTotal = others.reduce(0, +)
        liaison = (otherTotal * otherTotal - others.reduce(0) { $0 + $1 * $1 }) / 2
    }

    mutating func count(_ one: Int, _ other: Int, broker: Int) {
        switch (one == broker, other == broker) {
        case (true, true): coordinator += 1
        case (false, false): if one == other { itinerant += 1 } else { liaison += 1 }
        default: gatekeeper += 1
        }
    }

    func subtracting(_ other: Brokerage) -> Brokerage {
        var left = self
        left.coordinator -= other.coordinator
        left.itinerant -= other.itinerant
        left.gatekeeper -= other.gatekeeper
        left.liaison -= other.liaison
        return left
    }
}
