// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A deterministic, realistic data folder of any size: for benchmarks and for trying the program
/// on a national overview far larger than any real lab. The same seed gives the same data.
public struct Generator {
    public struct Size: Sendable {
        public var partners: Int
        public var projects: Int
        public var commitments: Int

        public init(partners: Int, projects: Int, commitments: Int) {
            self.partners = partners
            self.projects = projects
            self.commitments = commitments
        }
    }

    private var random: SplitMix64
    private let stamp = Stamp(revision: 1, updatedAt: Timestamp("2024-01-01T09:00:00Z")!, updatedBy: "generator")
    private static let asOf = Day("2024-06-30")!

    public init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    public mutating func data(_ size: Size) -> LabData {
        var lab = SampleLab.lab
        lab.name = "Schuldenlab NL (gegenereerd)"
        lab.asOf = Self.asOf
        let partners = (0..<size.partners).map { partner($0) }
        let projects = (0..<size.projects).map { project($0, partners: partners, lab: lab) }
        let commitments = (0..<size.commitments).map { commitment($0, partners: partners, projects: projects) }
        return LabData(lab: lab, partners: partners, projects: projects, commitments: commitments)
    }

    // MARK: Pieces

    private static let cities = ["Den Haag", "Almelo", "Den Bosch", "Eindhoven", "Almere", "Emmen", "Assen", "Zwolle", "Utrecht",
                                 "Groningen", "Leiden", "Delft", "Tilburg", "Breda", "Arnhem", "Nijmegen", "Enschede", "Haarlem"]
    private static let kinds: [(PartnerKind, String, Sector, Int)] = [
        (.municipality, "Gemeente", .public, 2), (.bank, "Bank", .private, 3), (.insurer, "Zorgverzekeraar", .private, 3),
        (.housing, "Woonstichting", .societal, 5), (.energy, "Energie", .private, 2), (.employer, "Werkgeversnetwerk", .private, 3),
        (.fund, "Fonds", .societal, 3), (.care, "Zorggroep", .societal, 3), (.foundation, "Stichting", .societal, 3),
        (.governmentAgency, "Rijksdienst", .public, 1), (.creditor, "Incassobureau", .private, 2), (.knowledge, "Hogeschool", .public, 1),
    ]
    private static let themes = ["Jongeren", "Vroegsignalering", "Schuldhulp", "Budgetcoaching", "Werk en inkomen", "Huisvesting",
                                 "Detentie", "Studenten", "Zzp'ers", "Gezinnen", "Ouderen", "Nieuwkomers"]
    private static let units: [(CommitmentKind, String, ClosedRange<Int>)] = [
        (.money, "EUR", 1_000...250_000), (.hours, "hours/week", 2...24), (.expertise, "hours", 10...400),
        (.data, "records", 100...5_000), (.inKind, "werkplekken", 1...20), (.mandate, "standaardregeling", 1...1),
    ]

    private mutating func pick<Element>(_ list: [Element]) -> Element { list[Int(random.next() % UInt64(list.count))] }
    private mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }
    private mutating func chance(_ percent: Int) -> Bool { number(1...100) <= percent }
    private mutating func day(from start: String, spread days: Int) -> Day { Day(start)!.adding(days: number(0...days)) }

    private func id(_ prefix: String, _ index: Int, width: Int) -> String {
        let digits = String(index + 1)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private mutating func weightedKind() -> (PartnerKind, String, Sector) {
        let total = Self.kinds.reduce(0) { $0 + $1.3 }
        var roll = number(1...total)
        for entry in Self.kinds {
            roll -= entry.3
            if roll <= 0 { return (entry.0, entry.1, entry.2) }
        }
        return (Self.kinds[0].0, Self.kinds[0].1, Self.kinds[0].2)
    }

    private mutating func partner(_ index: Int) -> Partner {
        let (kind, word, sector) = weightedKind()
        let city = pick(Self.cities)
        return Partner(id: id("p-", index, width: 5), name: "\(word) \(city) \(index + 1)", scope: chance(70) ? .local : .national,
                       sector: sector, kind: kind, founding: chance(10), joined: day(from: "2016-07-07", spread: 2_800),
                       contact: chance(30) ? Contact(name: "Contactpersoon \(index + 1)", email: "contact\(index + 1)@partner.example") : nil,
                       motives: [pick(["Minder schulden in de regio", "Lagere kosten", "Maatschappelijke impact", "Productieve medewerkers"])],
                       note: nil, stamp: stamp)
    }

    private mutating func project(_ index: Int, partners: [Partner], lab: Lab) -> Project {
        let phases = lab.debtPhases.map(\.id)
        let first = number(0...(phases.count - 1))
        let count = number(1...3)
        let covered = Array(phases[first..<min(phases.count, first + count)])
        let started = day(from: "2016-07-01", spread: 2_700)
        let health = pick([Health.onTrack, .onTrack, .onTrack, .attention, .blocked])
        let updates = (0..<number(0...5)).map { step in
            StatusUpdate(at: started.adding(days: 60 * (step + 1) + number(0...30)), by: "projectleider", health: health,
                         text: pick(["Instroom volgens plan.", "Partners gesproken.", "Evaluatie gestart.", "Wachtlijst groeit."]))
        }.filter { $0.at <= Self.asOf }
        let target = number(50...2_000)
        return Project(id: id("pr-", index, width: 4), name: "\(pick(Self.themes)) \(pick(Self.cities)) \(index + 1)",
                       summary: "Gegenereerd project.", targetGroup: "Huishoudens met schulden", lead: pick(partners).id,
                       arrangement: pick(lab.arrangements).id, debtPhases: covered,
                       stage: pick([Stage.idea, .pilot, .pilot, .project, .project, .structural, .stopped]), health: health,
                       started: started,
                       goal: Goal(metric: "huishoudens geholpen", target: Quantity(target), reached: Quantity(number(0...target))),
                       milestones: [Milestone(title: "Start", due: started, done: true)], updates: updates, stamp: stamp)
    }

    private mutating func commitment(_ index: Int, partners: [Partner], projects: [Project]) -> Commitment {
        let (kind, unit, range) = pick(Self.units)
        let amount = number(range)
        let value = kind == .money ? amount : kind == .mandate ? 0 : amount * number(20...90)
        let from = day(from: "2016-07-01", spread: 2_800)
        return Commitment(id: id("c-", index, width: 6), partner: pick(partners).id,
                          project: chance(12) || projects.isEmpty ? nil : pick(projects).id, kind: kind, amount: Quantity(amount),
                          unit: unit, valueEUR: Money(value), from: from, until: chance(80) ? from.adding(days: number(90...1_500)) : nil,
                          state: pick([CommitmentState.proposed, .pledged, .pledged, .delivered, .delivered, .withdrawn]),
                          note: chance(20) ? "Bedrag illustratief." : nil, stamp: stamp)
    }
}

/// A small, fast, seedable random generator (Steele, Lea and Flood's SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
