// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel
import Testing

/// The depth of partnerships, shared urgency, the update lights, SMART commitments and the
/// public-private frame, on the hand-made fixture, worked out by hand.
@Suite struct CapacityTests {
    @Test func aMandateOrPooledMoneyIntegratesAndHoursCoordinate() {
        let network = AffiliationNetwork(Fixture.data)
        let (gemeente, bank, fonds) = (0, 1, 2)
        // alpha: the municipality gives money, the bank hours (coordination); beta: the municipality a mandate.
        #expect(network.depth(between: gemeente, and: bank) == .integration)
        #expect(network.depth(between: gemeente, and: fonds) == .integration)
        // beta: the bank leads and gives nothing, the fund gives money: they only share the project.
        #expect(network.depth(between: bank, and: fonds) == .cooperation)
        #expect(network.pairsByDepth() == [.integration: 2, .cooperation: 1, .awareness: 0])
        let ties = network.ties(of: gemeente)
        #expect(ties.map(\.partnerID) == ["bank", "fonds"])
        #expect(ties.map(\.value) == [Money(exactly: "1500")!, Money(exactly: "250.50")!])
    }

    @Test func withoutMandateMoneyAndHoursOnlyCoordinate() {
        var data = Fixture.data
        var mandate = data.commitment("c-7")!
        mandate.state = .withdrawn
        data.put(mandate)
        let network = AffiliationNetwork(data)
        #expect(network.depth(between: 0, and: 1) == .coordination)
        #expect(network.depth(between: 0, and: 2) == .awareness)
        #expect(network.pairsByDepth() == [.coordination: 1, .cooperation: 1, .awareness: 1])
    }

    @Test func motivesMeetWhereTheirPartnersWork() {
        var data = Fixture.data
        var gemeente = data.partner("gemeente")!
        gemeente.motives = ["Minder schulden", "Geld sneller terug"]
        var bank = data.partner("bank")!
        bank.motives = [" geld sneller terug "]
        data.put(gemeente)
        data.put(bank)
        let urgency = SharedUrgency(data)
        let alpha = urgency.byProject["alpha"]!
        #expect(alpha.map(\.motive) == ["Geld sneller terug", "Minder schulden"])
        #expect(alpha[0].partnerIDs == ["gemeente", "bank"])
        #expect(alpha[0].value == Money(exactly: "1500")!)
        #expect(alpha[1].value == Money(exactly: "1000")!)
        // gamma has the municipality only, with both its motives; beta's fund has none.
        #expect(urgency.singleMotiveProjects == [])
        bank.motives = []
        data.put(bank)
        gemeente.motives = ["Minder schulden"]
        data.put(gemeente)
        #expect(SharedUrgency(data).singleMotiveProjects == ["alpha", "beta", "gamma"])
        #expect(SharedUrgency(data).byMotive.map(\.motive) == ["Minder schulden"])
    }

    @Test func lightsTurnWithTheLabsInterval() {
        var data = Fixture.data
        let alpha = data.project("alpha")!
        #expect(data.updateLight(of: alpha, on: Day("2020-07-31")!) == .green)
        #expect(data.updateLight(of: alpha, on: Day("2020-08-01")!) == .yellow)
        #expect(data.updateLight(of: alpha, on: Day("2020-09-30")!) == .red)
        #expect(data.updateLight(of: alpha, on: Day("2021-06-02")!) == .inactive)
        #expect(data.updateLight(of: data.project("gamma")!, on: Fixture.day) == nil)
        #expect(data.updateLight(of: data.commitment("c-6")!, on: Fixture.day) == nil)
        #expect(data.updateLight(of: data.commitment("c-1")!, on: Fixture.day) == .red)
        data.lab.updateIntervalDays = 30
        #expect(data.updateLight(of: alpha, on: Day("2020-07-02")!) == .yellow)
        #expect(data.staleProjects(on: Day("2020-07-02")!).map(\.id) == ["alpha", "beta"])
        let counts = data.updateLightCounts(on: Fixture.day)
        #expect(counts.projects == [.green: 2])
        #expect(counts.commitments == [.inactive: 0, .red: 6].filter { $0.value > 0 })
    }

    @Test func aCommitmentIsSmartWithUnitAmountNoteAndEnd() {
        var data = Fixture.data
        #expect(data.missingSmartParts(of: data.commitment("c-3")!) == [.deliverable])
        #expect(data.missingSmartParts(of: data.commitment("c-7")!) == [.amount, .deliverable, .end])
        var complete = data.commitment("c-3")!
        complete.note = "Budget voor coaching"
        data.put(complete)
        let (lab, byPartner) = data.smartCompleteness()
        #expect(lab.counted == 6)
        #expect(lab.complete == 1)
        #expect(lab.missing[.end] == 2)
        #expect(byPartner["gemeente"]!.complete == 1)
        #expect(byPartner["gemeente"]!.counted == 3)
    }

    @Test func aProjectNeedsBothAPublicAndAPrivateParty() {
        // alpha: municipality and bank (the fund withdrew); beta: bank, fund, and the municipality's mandate.
        #expect(Fixture.data.projectsWithoutPublicAndPrivate().isEmpty)
        var data = Fixture.data
        var mandate = data.commitment("c-7")!
        mandate.state = .withdrawn
        data.put(mandate)
        #expect(data.projectsWithoutPublicAndPrivate().map(\.id) == ["beta"])
    }
}
