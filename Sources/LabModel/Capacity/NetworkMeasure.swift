// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The measures of the organising-capacity view, each named and explained in one line, for the
/// view's columns and footer and for the report's columns.
public enum NetworkMeasure: String, CaseIterable, Sendable, Hashable {
    case projects, contacts, betweenness, partedPairs, liaison, gatekeeper, representative, coordinator, itinerant
    case constraint, effectiveSize, smart

    /// A column's heading.
    public func short(in language: Language) -> String {
        let (nl, en): (String, String) = switch self {
        case .projects: ("Proj.", "Proj.")
        case .contacts: ("Partn.", "Partn.")
        case .betweenness: ("Tussen", "Betw.")
        case .partedPairs: ("Enige", "Sole")
        case .liaison: ("Verb.", "Liais.")
        case .gatekeeper: ("Poort", "Gate")
        case .representative: ("Vert.", "Repr.")
        case .coordinator: ("Coörd.", "Coord.")
        case .itinerant: ("Reiz.", "Itin.")
        case .constraint: ("Beperk.", "Constr.")
        case .effectiveSize: ("Eff.", "Eff.")
        case .smart: ("SMART", "SMART")
        }
        return language == .nl ? nl : en
    }

    public func name(in language: Language) -> String {
        let (nl, en): (String, String) = switch self {
        case .projects: ("projecten", "projects")
        case .contacts: ("partners ontmoet", "partners met")
        case .betweenness: ("tussenpositie (betweenness)", "betweenness")
        case .partedPairs: ("enige schakel", "sole link")
        case .liaison: ("verbinder (liaison)", "liaison")
        case .gatekeeper: ("poortwachter (gatekeeper)", "gatekeeper")
        case .representative: ("vertegenwoordiger (representative)", "representative")
        case .coordinator: ("coördinator", "coordinator")
        case .itinerant: ("reiziger (itinerant)", "itinerant")
        case .constraint: ("beperking (constraint)", "constraint")
        case .effectiveSize: ("effectieve omvang", "effective size")
        case .smart: ("SMART-toezeggingen", "SMART commitments")
        }
        return language == .nl ? nl : en
    }

    /// What the figure says, in one line.
    public func explanation(in language: Language) -> String {
        let (nl, en): (String, String) = switch self {
        case .projects: ("projecten die de partner trekt of waaraan hij iets toezegt",
                         "projects the partner leads or commits something to")
        case .contacts: ("andere partners met wie hij een project deelt", "other partners it shares a project with")
        case .betweenness: ("aandeel van de kortste wegen tussen partners en projecten dat via hem loopt (0–1, networkx bipartite)",
                            "share of the shortest paths between partners and projects that pass through it (0–1, networkx bipartite)")
        case .partedPairs: ("paren andere partners die alleen via hem verbonden zijn: zonder hem vallen ze uiteen",
                            "pairs of other partners connected only through it: without it they fall apart")
        case .liaison: ("paren zonder gedeeld project, uit twee andere sectoren, die hij verbindt",
                        "pairs without a shared project, from two other sectors, that it links")
        case .gatekeeper: ("paren die hij verbindt waarvan één partner uit zijn eigen sector komt",
                           "pairs it links of which one partner is from its own sector")
        case .representative: ("gelijk aan poortwachter: banden hebben hier geen richting",
                               "equal to gatekeeper: ties here have no direction")
        case .coordinator: ("paren die hij verbindt, alle drie uit één sector", "pairs it links, all three from one sector")
        case .itinerant: ("paren uit één andere sector die hij verbindt", "pairs from one other sector that it links")
        case .constraint: ("Burt: hoe sterk zijn contacten onderling verbonden zijn; laag = hij overbrugt gaten",
                           "Burt: how closely its contacts are tied to each other; low = it bridges holes")
        case .effectiveSize: ("Burt: contacten min hun onderlinge overlap", "Burt: contacts less their overlap with each other")
        case .smart: ("aandeel toezeggingen met eenheid, hoeveelheid, notitie en einddatum",
                      "share of commitments with unit, amount, note and end date")
        }
        return language == .nl ? nl : en
    }

    /// A partner's figure, typed: how it is written and how it sorts follow from it.
    public enum Figure: Sendable, Hashable {
        case count(Int)
        case decimal(Double?, digits: Int)
        case share(Double?)

        public func text(in language: Language) -> String {
            switch self {
            case .count(let count): String(count)
            case .decimal(let value, let digits): NumberFormat.decimal(value, digits: digits, in: language)
            case .share(let share): share.map(NumberFormat.percent) ?? "—"
            }
        }

        /// A figure that is not there sorts below every other.
        public var sortValue: Double {
            switch self {
            case .count(let count): Double(count)
            case .decimal(let value, _), .share(let value): value ?? -.infinity
            }
        }
    }

    public func figure(_ score: NetworkScores.PartnerScore, smart: SmartCompleteness?) -> Figure {
        let roles = score.holes.brokerage
        switch self {
        case .projects: return .count(score.projects)
        case .contacts: return .count(score.contacts)
        case .betweenness: return .decimal(score.betweenness, digits: 3)
        case .partedPairs: return .count(score.partedPairs)
        case .liaison: return .count(roles.liaison)
        case .gatekeeper: return .count(roles.gatekeeper)
        case .representative: return .count(roles.representative)
        case .coordinator: return .count(roles.coordinator)
        case .itinerant: return .count(roles.itinerant)
        case .constraint: return .decimal(score.holes.constraint, digits: 2)
        case .effectiveSize: return .decimal(score.holes.effectiveSize, digits: 1)
        case .smart: return .share(smart?.share)
        }
    }
}
