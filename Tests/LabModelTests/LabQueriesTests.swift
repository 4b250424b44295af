// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel

/// Every aggregate on the fixture, whose figures are worked out by hand in the comments.
@Suite struct LabQueriesTests {
    let data = Fixture.data
    let day = Fixture.day  // 2020-06-30

    private func money(_ literal: String) -> Money { Money(exactly: literal)! }

    @Test func commitmentsOfAPartnerAProjectAndTheSharedSupport() {
        #expect(data.commitments(ofPartner: "gemeente").map(\.id) == ["c-1", "c-3", "c-7"])
        #expect(data.commitments(ofProject: "alpha").map(\.id) == ["c-3", "c-4", "c-6"])
        #expect(data.sharedSupportCommitments.map(\.id) == ["c-1", "c-2"])
    }

    @Test func totalsPerPartner() {
        let totals = data.totalsByPartner()
        #expect(totals["gemeente"]?.firm == money("1000.10"))
        #expect(totals["gemeente"]?.count == 3)
        #expect(totals["bank"]?.firm == money("0.20"))
        #expect(totals["bank"]?[.proposed] == money("500"))
        #expect(totals["bank"]?.open == money("500.20"))
        #expect(totals["fonds"]?.firm == money("250.50"))
        #expect(totals["fonds"]?[.withdrawn] == money("99"))
    }

    @Test func totalsPerProjectLeaveTheSharedSupportOut() {
        let totals = data.totalsByProject()
        #expect(Set(totals.keys) == ["alpha", "beta"])
        #expect(totals["alpha"]?[.pledged] == money("1000"))
        #expect(totals["alpha"]?[.proposed] == money("500"))
        #expect(totals["alpha"]?[.withdrawn] == money("99"))
        #expect(totals["beta"]?.firm == money("250.50"))
    }

    @Test func totalsPerKindAndState() {
        let byKind = data.totalsByKind()
        #expect(byKind[.money]?[.delivered] == money("250.60"))
        #expect(byKind[.money]?[.pledged] == money("1000.20"))
        #expect(byKind[.hours]?[.proposed] == money("500"))
        #expect(byKind[.mandate]?.count == 1)
        #expect(byKind[.data] == nil)
        let byState = data.totalsByState()
        #expect(byState.firm == money("1250.80"))
        #expect(byState[.withdrawn] == money("99"))
        #expect(byState.count == 7)
    }

    @Test func partnersNotContributingToTheSharedSupport() {
        // The bank's shared-support pledge ended on 2020-06-29; the fund never gave any.
        #expect(data.partnersNotContributingToSharedSupport(on: day).map(\.id) == ["bank", "fonds"])
        #expect(data.partnersNotContributingToSharedSupport(on: Day("2020-06-29")!).map(\.id) == ["fonds"])
    }

    @Test func commitmentsEndingWithinNinetyDays() {
        // c-3 ends on day 90 exactly; c-5 on day 91; c-6 is withdrawn; c-2 ended the day before.
        #expect(data.commitmentsEnding(of: day).map(\.id) == ["c-4", "c-3"])
    }

    @Test func projectsPerStageHealthArrangementAndDebtPhase() {
        #expect(data.projectCountByStage() == [.pilot: 2, .stopped: 1])
        #expect(data.projectCountByHealth() == [.onTrack: 1, .attention: 1])
        #expect(data.projectsByArrangement().map { "\($0.arrangement.id): \($0.projects.map(\.id))" }
                == ["a-one: [\"alpha\", \"gamma\"]", "a-two: [\"beta\"]"])
        #expect(data.projectsByDebtPhase().map { "\($0.phase.id): \($0.projects.map(\.id))" }
                == ["p-one: [\"alpha\"]", "p-two: [\"alpha\", \"beta\"]", "p-three: []"])
    }

    @Test func debtPhasesNoActiveProjectCovers() {
        // Only the stopped project gamma works on phase three.
        #expect(data.uncoveredDebtPhases().map(\.id) == ["p-three"])
    }

    @Test func staleProjectsAndProjectsNeedingAttention() {
        #expect(data.staleProjects(on: day).isEmpty)
        // 2020-06-01 + 61 days: both active projects are stale; the stopped one never is.
        #expect(data.staleProjects(on: Day("2020-08-01")!).map(\.id) == ["alpha", "beta"])
        #expect(data.staleProjects(on: Day("2020-07-31")!).isEmpty)
        #expect(data.projectsNeedingAttention(on: day).map(\.id) == ["beta"])
    }

    @Test func theNetworkOfPartnersAndProjects() {
        #expect(data.partnerIDs(ofProject: "alpha") == ["gemeente", "bank"])
        #expect(data.sectorMix(ofProject: "beta") == [.public: 1, .private: 1, .societal: 1])
        let links = data.partnerLinks()
        #expect(links.map(\.partnerID) == ["gemeente", "bank", "fonds"])
        #expect(links[0].projectIDs == ["alpha", "beta", "gamma"])
        #expect(links[0].partnerCount == 2)
        #expect(data.partnersMet(by: "gemeente") == ["bank", "fonds"])
        #expect(data.projectIDs(ofPartner: "fonds") == ["beta"])
        #expect(links[2].projectIDs == ["beta"])
    }

    @Test func theReferenceDate() {
        let today = Day("2026-11-27")!
        var lab = Fixture.lab
        #expect(ReferenceDate.resolve(given: nil, lab: lab, today: today) == today)
        lab.asOf = Day("2019-12-31")
        #expect(ReferenceDate.resolve(given: nil, lab: lab, today: today) == Day("2019-12-31"))
        #expect(ReferenceDate.resolve(given: Day("2020-01-15"), lab: lab, today: today) == Day("2020-01-15"))
    }
}
