// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The questions a coordinator asks of the lab: who gives what, to which project, and
/// what needs attention. Every "within N days" question takes its reference day.
extension LabData {
    public static let endingWithinDays = 90

    // MARK: Commitments

    public func commitments(ofPartner partnerID: String) -> [Commitment] {
        commitments.filter { $0.partner == partnerID }
    }

    public func commitments(ofProject projectID: String) -> [Commitment] {
        commitments.filter { $0.project == projectID }
    }

    public var sharedSupportCommitments: [Commitment] {
        commitments.filter(\.isSharedSupport)
    }

    public func totalsByPartner() -> [String: EuroTotals] {
        Dictionary(grouping: commitments, by: \.partner).mapValues { EuroTotals($0) }
    }

    /// Totals per project id; the shared support is not a project and is left out.
    public func totalsByProject() -> [String: EuroTotals] {
        Dictionary(grouping: commitments.filter { !$0.isSharedSupport }, by: { $0.project! }).mapValues { EuroTotals($0) }
    }

    /// In one pass, copying no commitment: the overview asks this on its first frame.
    public func totalsByKind() -> [CommitmentKind: EuroTotals] {
        var totals: [CommitmentKind: EuroTotals] = [:]
        for index in commitments.indices { totals[commitments[index].kind, default: EuroTotals()].add(commitments[index]) }
        return totals
    }

    public func totalsByState() -> EuroTotals {
        EuroTotals(commitments)
    }

    /// A commitment the lab can count on at `day`: pledged or delivered, and not ended before it.
    public func isRunning(_ commitment: Commitment, on day: Day) -> Bool {
        commitment.state.isFirm && (commitment.until.map { $0 >= day } ?? true)
    }

    /// Partners with no running pledged or delivered commitment to the shared support.
    public func partnersNotContributingToSharedSupport(on day: Day) -> [Partner] {
        let contributors = sharedSupportContributors(on: day)
        return partners.filter { !contributors.contains($0.id) }
    }

    /// The ids of the partners with a running pledged or delivered commitment to the shared support.
    public func sharedSupportContributors(on day: Day) -> Set<String> {
        Set(sharedSupportCommitments.filter { isRunning($0, on: day) }.map(\.partner))
    }

    /// Commitments not withdrawn whose end falls within the next `days` days of `day`.
    public func commitmentsEnding(within days: Int = endingWithinDays, of day: Day) -> [Commitment] {
        let last = day.adding(days: days)
        return commitments
            .filter { $0.state != .withdrawn && $0.until.map { $0 >= day && $0 <= last } ?? false }
            .sorted { ($0.until!, $0.id) < ($1.until!, $1.id) }
    }

    // MARK: Projects

    public func projectCountByStage() -> [Stage: Int] {
        Dictionary(grouping: projects, by: \.stage).mapValues(\.count)
    }

    public func projectCountByHealth() -> [Health: Int] {
        Dictionary(grouping: activeProjects, by: \.health).mapValues(\.count)
    }

    /// Per arrangement id, in the lab's order; every arrangement appears, also with no project.
    public func projectsByArrangement() -> [(arrangement: Arrangement, projects: [Project])] {
        lab.arrangements.map { arrangement in (arrangement, projects.filter { $0.arrangement == arrangement.id }) }
    }

    /// Per debt phase, in the order a household passes them; stopped projects cover nothing.
    public func projectsByDebtPhase() -> [(phase: DebtPhase, projects: [Project])] {
        lab.debtPhases.map { phase in (phase, activeProjects.filter { $0.debtPhases.contains(phase.id) }) }
    }

    public func uncoveredDebtPhases() -> [DebtPhase] {
        zip(lab.debtPhases, projectCountByDebtPhase()).filter { $0.1 == 0 }.map(\.0)
    }

    /// How many active projects work in each debt phase, in the lab's order, in one pass.
    public func projectCountByDebtPhase() -> [Int] {
        let position = Dictionary(lab.debtPhases.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts = Array(repeating: 0, count: lab.debtPhases.count)
        for project in activeProjects {
            for phase in project.debtPhases { if let index = position[phase] { counts[index] += 1 } }
        }
        return counts
    }

    /// Projects that have not stopped.
    public var activeProjects: [Project] {
        projects.filter { $0.stage != .stopped }
    }

    /// Active projects whose update is overdue: their light is not green.
    public func staleProjects(on day: Day) -> [Project] {
        activeProjects.filter { updateLight(of: $0, on: day) != .green }
    }

    /// Active projects not on track, stale, or with a milestone overdue or after their money ends
    /// (`signalled`, when the caller has them already).
    public func projectsNeedingAttention(on day: Day, signalled: [String: [ProjectSignal]]? = nil) -> [Project] {
        let stale = Set(staleProjects(on: day).map(\.id))
        let signalled = signalled ?? projectSignals(on: day)
        return activeProjects.filter { $0.health != .onTrack || stale.contains($0.id) || signalled[$0.id] != nil }
    }

    // MARK: The network

    /// The partners that work on a project: its lead and every partner with a commitment not withdrawn.
    public func partnerIDs(ofProject projectID: String) -> Set<String> {
        var ids = Set(commitments(ofProject: projectID).filter(\.tiesPartnerToProject).map(\.partner))
        if let lead = project(projectID)?.lead { ids.insert(lead) }
        return ids
    }

    /// How many partners of each sector work on a project.
    public func sectorMix(ofProject projectID: String) -> [Sector: Int] {
        var mix: [Sector: Int] = [:]
        for id in partnerIDs(ofProject: projectID) {
            if let sector = partner(id)?.sector { mix[sector, default: 0] += 1 }
        }
        return mix
    }

    /// The projects a partner works on: those it leads or has a commitment not withdrawn to.
    public func projectIDs(ofPartner partnerID: String) -> Set<String> {
        var ids = Set(projects.filter { $0.lead == partnerID }.map(\.id))
        for commitment in commitments where commitment.partner == partnerID && commitment.tiesPartnerToProject {
            if position(of: .project, commitment.project!) != nil { ids.insert(commitment.project!) }
        }
        return ids
    }

    /// SchuldenlabNL's frame asks for both a public and a private party in every project; these
    /// active projects lack one of them (a societal party counts as neither).
    public func projectsWithoutPublicAndPrivate(in network: AffiliationNetwork? = nil) -> [Project] {
        let network = network ?? AffiliationNetwork(self)
        return projects.enumerated().compactMap { position, project in
            project.stage != .stopped && lacksPublicAndPrivate(projectAt: position, in: network) ? project : nil
        }
    }

    public func lacksPublicAndPrivate(projectAt position: Int, in network: AffiliationNetwork) -> Bool {
        let sectors = Set(network.partnersOfProject[position].map { partners[$0].sector })
        return !(sectors.contains(.public) && sectors.contains(.private))
    }

    /// The other partners a partner meets in its projects.
    public func partnersMet(by partnerID: String) -> Set<String> {
        var met = Set(projectIDs(ofPartner: partnerID).flatMap { partnerIDs(ofProject: $0) })
        met.remove(partnerID)
        return met
    }

    /// For each partner, the projects it works on and how many other partners it meets there,
    /// most connected first: the municipality's connecting role shows here.
    public func partnerLinks() -> [PartnerLinks] {
        // Positions instead of ids and a mark per partner instead of sets: a national overview has
        // a hundred thousand commitments, and this is on its first frame.
        var membersOfProject = projects.map { project in position(of: .partner, project.lead).map { [$0] } ?? [] }
        for commitment in commitments where commitment.tiesPartnerToProject {
            guard let projectPosition = position(of: .project, commitment.project!),
                  let partnerPosition = position(of: .partner, commitment.partner) else { continue }
            membersOfProject[projectPosition].append(partnerPosition)
        }
        var projectsOfPartner = Array(repeating: [Int](), count: partners.count)
        for (project, members) in membersOfProject.enumerated() {
            for member in Set(members) { projectsOfPartner[member].append(project) }
        }
        var lastCountedFor = Array(repeating: -1, count: partners.count)
        return partners.indices.map { partner in
            var met = 0
            for project in projectsOfPartner[partner] {
                for member in membersOfProject[project] where member != partner && lastCountedFor[member] != partner {
                    lastCountedFor[member] = partner
                    met += 1
                }
            }
            let projectIDs = projectsOfPartner[partner].map { projects[$0].id }.sorted()
            return PartnerLinks(partnerID: partners[partner].id, projectIDs: projectIDs, partnerCount: met)
        }
        .sorted { ($1.projectIDs.count, $1.partnerCount, $0.partnerID) < ($0.projectIDs.count, $0.partnerCount, $1.partnerID) }
    }
}

public struct PartnerLinks: Sendable, Hashable {
    public let partnerID: String
    /// In order of id.
    public let projectIDs: [String]
    /// How many other partners it meets in those projects.
    public let partnerCount: Int
}
