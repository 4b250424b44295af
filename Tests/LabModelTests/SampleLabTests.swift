// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
import LabModel

@Suite struct SampleLabTests {
    let data = SampleLab.data

    @Test func isValid() {
        #expect(Validator.problems(in: data).map { $0.rendered(in: .en) } == [])
    }

    @Test func holdsTheNetworkAsTheSourcesDescribeIt() {
        #expect(data.partners.count >= 25)
        #expect(data.partners.filter(\.founding).count == 14)
        #expect(data.partners.filter(\.founding).allSatisfy { $0.joined == Day("2016-07-07") })
        #expect(data.lab.arrangements.count == 4)
        #expect(data.lab.debtPhases.count == 7)
        #expect(data.lab.asOf == Day("2019-12-31"))
        for name in ["Jongeren Perspectief Fonds", "Sociaal Hospitaal (SOHOS)", "Collectief Schuldregelen", "fiKks",
                     "Helpdesk Geldzaken", "Zonder Schulden Detentie In & Uit", "Financieel Slim Afstuderen",
                     "Huisvesting voor Kwetsbare Huishoudens"] {
            #expect(data.projects.contains { $0.name == name }, "\(name)")
        }
    }

    @Test func usesTheKnownFiguresAsGiven() throws {
        let youthFund = data.commitments(ofProject: "jpf").filter { ["aegon", "ing-nederland-fonds"].contains($0.partner) }
        #expect(youthFund.sum(\.valueEUR) == Money(900_000))
        #expect(data.project("sohos")?.goal?.reached == Quantity(136))
        #expect(data.project("jpf")?.goal?.reached == Quantity(153))
        #expect(try #require(data.project("jpf")).updates.contains { $0.text.contains("53 jongeren") })
    }

    @Test func hasCommitmentsOfEveryKindAndState() {
        #expect(data.commitments.count >= 80)
        #expect(Set(data.commitments.map(\.kind)) == Set(CommitmentKind.allCases))
        #expect(Set(data.commitments.map(\.state)) == Set(CommitmentState.allCases))
        #expect(data.sharedSupportCommitments.count >= 10)
        let missing = data.partnersNotContributingToSharedSupport(on: SampleLab.asOf)
        #expect(!missing.isEmpty && missing.count < data.partners.count / 2)
    }

    @Test func marksInventedAmountsAsIllustrative() {
        let unmarked = data.commitments.filter { $0.valueEUR > .zero && !($0.note ?? "").contains("illustratief") }
        // Only the known figure (the youth fund's EUR 900,000) is allowed to stand without the mark; its notes say how it was split.
        #expect(unmarked.allSatisfy { ($0.note ?? "").contains("€ 900.000") })
    }

    @Test func readsAsOfItsTimeWithSomethingForEachQuestion() {
        let day = SampleLab.asOf
        #expect(!data.staleProjects(on: day).isEmpty)
        #expect(!data.uncoveredDebtPhases().isEmpty)
        #expect(!data.commitmentsEnding(of: day).isEmpty)
        #expect(data.partnerLinks().first?.partnerID == "gemeente-den-haag")
    }
}
