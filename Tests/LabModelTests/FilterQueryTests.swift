// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// The filter language of `/`: which commitments of the fixture each filter keeps, in both
/// languages, and what the title says of a part that cannot be read.
@Suite struct FilterQueryTests {
    static func kept(_ text: String, language: Language = .nl, kind: EntityKind = .commitment) -> [String] {
        let query = FilterQuery(text, kind: kind, language: language, today: Fixture.day)
        let data = Fixture.data
        let matcher = FilterMatcher(query, data: data, day: Fixture.day, language: language)
        let all: [EntityValue] = switch kind {
        case .commitment: data.commitments.map(EntityValue.commitment)
        case .partner: data.partners.map(EntityValue.partner)
        case .project: data.projects.map(EntityValue.project)
        }
        return all.filter(matcher.admits).map(\.id)
    }

    @Test(arguments: [
        ("status:voorgesteld", ["c-4"]),
        ("state:proposed", ["c-4"]),
        ("status:toeg", ["c-2", "c-3", "c-7"]),
        ("-status:ingetrokken", ["c-1", "c-2", "c-3", "c-4", "c-5", "c-7"]),
        ("partner:bank", ["c-2", "c-4"]),
        ("partner:ban", ["c-2", "c-4"]),
        ("partner=ban", []),
        ("partner=bank", ["c-2", "c-4"]),
        ("partner=Bank", ["c-2", "c-4"]),
        ("partner:BÀNK", ["c-2", "c-4"]),
        ("partner:\"gem\"", ["c-1", "c-3", "c-7"]),
        ("soort:geld", ["c-1", "c-2", "c-3", "c-5", "c-6"]),
        ("kind:hours", ["c-4"]),
        ("soort:mandaat status:toegezegd", ["c-7"]),
        ("project:-", ["c-1", "c-2"]),
        ("-project:-", ["c-3", "c-4", "c-5", "c-6", "c-7"]),
        ("project:gedeeld", ["c-1", "c-2"]),
        ("project:alpha", ["c-3", "c-4", "c-6"]),
        ("waarde>250", ["c-3", "c-4", "c-5"]),
        ("waarde>=250,50", ["c-3", "c-4", "c-5"]),
        ("waarde>250,50", ["c-3", "c-4"]),
        ("value<1", ["c-1", "c-2", "c-7"]),
        ("waarde<=0,2", ["c-1", "c-2", "c-7"]),
        ("waarde:1.000", ["c-3"]),
        ("waarde=€1.000", ["c-3"]),
        ("tot<2020-07-01", ["c-2"]),
        ("tot<=1-7-2020", ["c-2", "c-6"]),
        ("until>2020-09-28", ["c-5"]),
        ("tot:2020-09", ["c-3", "c-5"]),
        ("tot:2020", ["c-2", "c-3", "c-4", "c-5", "c-6"]),
        ("tot:-", ["c-1", "c-7"]),
        ("id:c-5", ["c-5"]),
        ("eenheid:euro", ["c-1", "c-2", "c-3", "c-4", "c-5", "c-6", "c-7"]),
    ])
    func keepsTheCommitmentsItNames(_ filter: String, _ expected: [String]) {
        #expect(Self.kept(filter) == expected, "\(filter)")
    }

    @Test func englishNumbersAreReadTheEnglishWay() {
        #expect(Self.kept("value:1,000", language: .en) == ["c-3"])
        #expect(Self.kept("value>250.5", language: .en) == ["c-3", "c-4"])
    }

    @Test func partnersAndProjectsHaveTheirOwnFields() {
        #expect(Self.kept("sector:publiek", kind: .partner) == ["gemeente"])
        #expect(Self.kept("soort:fonds", kind: .partner) == ["fonds"])
        #expect(Self.kept("oprichter:nee", kind: .partner) == ["gemeente", "bank", "fonds"])
        #expect(Self.kept("voortgang:aandacht", kind: .project) == ["beta"])
        #expect(Self.kept("trekker:gemeente -fase:gestopt", kind: .project) == ["alpha"])
        #expect(Self.kept("schuldfasen:\"fase twee\"", kind: .project) == ["alpha", "beta"])
    }

    @Test func datesCountFromTodayAsTheLabSeesIt() {
        // The fixture is as of 2020-06-30.
        #expect(Self.kept("tot>=vandaag tot<=vandaag+90") == ["c-3", "c-4", "c-6"], "c-5 ends on day 91")
        #expect(Self.kept("until<today") == ["c-2"])
        #expect(Self.kept("tot>=vandaag-1 tot<vandaag") == ["c-2"])
        let ending = Fixture.data.commitmentsEnding(within: LabData.endingWithinDays, of: Fixture.day).map(\.id).sorted()
        #expect(Self.kept("-status:ingetrokken tot>=vandaag tot<=vandaag+\(LabData.endingWithinDays)") == ending)
    }

    @Test func derivedFieldsAnswerWhatTheQueriesCount() {
        let day = Fixture.day
        let notContributing = Fixture.data.partnersNotContributingToSharedSupport(on: day).map(\.id)
        #expect(!notContributing.isEmpty)
        #expect(Self.kept("gedeelde-ondersteuning:nee", kind: .partner) == notContributing)
        #expect(Self.kept("shared-support:yes", kind: .partner) == ["gemeente"])
        let stale = Fixture.data.staleProjects(on: day).map(\.id)
        #expect(Self.kept("-updatelicht:groen -fase:gestopt", kind: .project) == stale)
        #expect(Self.kept("update-light:green", kind: .project) == ["alpha", "beta"])
    }

    @Test(arguments: [
        ("waarde>abc", "waarde: \"abc\" is geen getal"),
        ("onbekend:x", "\"onbekend\" is geen veld; wel: id, partner, project, soort"),
        ("status:klaar", "status: \"klaar\" bestaat niet; kies uit voorgesteld, toegezegd, geleverd, ingetrokken"),
        ("tot<gisteren", "tot: \"gisteren\" is geen datum"),
        ("soort>geld", "soort: > kan alleen bij bedragen, aantallen en datums"),
        ("waarde>", "geef een waarde na waarde>"),
    ])
    func saysWhatCannotBeRead(_ filter: String, _ start: String) throws {
        let query = FilterQuery(filter, kind: .commitment, language: .nl, today: Fixture.day)
        let problem = try #require(query.problem)
        #expect(problem.message(in: .nl).hasPrefix(start), "\(problem.message(in: .nl))")
        #expect(query.isEmpty, "a part that cannot be read is left out, not matched as nothing")
    }

    @Test func theOtherPartsStillCountWhenOneCannotBeRead() {
        let query = FilterQuery("status:toegezegd waarde>abc", kind: .commitment, language: .nl, today: Fixture.day)
        #expect(query.problem != nil)
        #expect(query.terms.count == 1)
    }

    @Test func problemsAreWordedInEnglishToo() throws {
        let problem = try #require(FilterQuery("value>abc", kind: .commitment, language: .en, today: Fixture.day).problem)
        #expect(problem.message(in: .en).hasPrefix("value: \"abc\" is not a number"))
        let unknown = try #require(FilterQuery("nope:x", kind: .commitment, language: .en, today: Fixture.day).problem)
        #expect(unknown.message(in: .en).hasPrefix("\"nope\" is not a field; try: id, partner, project, kind"))
    }

    @Test func plainWordsAndQuotesAndNegation() {
        let query = FilterQuery("ing \"den haag\" -geld 10:30", kind: .commitment, language: .nl, today: Fixture.day)
        #expect(query.words.map(\.typed) == ["ing", "den haag", "geld", "10:30"])
        #expect(query.words.map(\.isNegated) == [false, false, true, false])
        #expect(query.terms.isEmpty && query.problem == nil)
        #expect(!query.isWordsOnly)
        #expect(FilterQuery("ing geld", kind: .commitment, language: .nl, today: Fixture.day).isWordsOnly)
    }

    /// Read a key at a time from the query before, a text gives the words it gives read whole.
    @Test func aQueryExtendedByItsNextCharactersIsTheQueryOfTheWholeText() {
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("ab cé-:\"")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let cut = Int.random(in: 0...text.count, using: &random)
            let (head, tail) = (String(text.prefix(cut)), String(text.dropFirst(cut)))
            let before = FilterQuery(head, kind: .commitment, language: .nl, today: Fixture.day)
            let whole = FilterQuery(text, kind: .commitment, language: .nl, today: Fixture.day)
            guard let extended = before.extended(from: head, by: tail) else { continue }
            #expect(extended.words == whole.words, "\(head) + \(tail)")
            #expect(whole.isWordsOnly)
        }
    }

    /// A filter said to narrow another keeps only rows the other keeps: typing on looks only at the rows shown.
    @Test func aNarrowerFilterKeepsOnlyRowsTheWiderKeeps() {
        let parts = ["status:toeg", "status:toegezegd", "status:", "soort:g", "soort:geld", "waarde>1", "waarde>10", "waarde>=10",
                     "waarde<1", "waarde<100", "tot:2020", "tot:2020-07", "tot<2020-09", "partner:ban", "partner:bank", "partner=bank",
                     "-status:ingetrokken", "gem", "geme", "-geld", "project:-", "bank", "c-"]
        var narrowing = 0
        for _ in 0..<2_000 {
            let wider = (0..<Int.random(in: 1...2)).map { _ in parts.randomElement()! }.joined(separator: " ")
            let narrower = wider + " " + (0..<Int.random(in: 0...1)).map { _ in parts.randomElement()! }.joined(separator: " ")
            for (old, new) in [(wider, narrower), (narrower, wider), (wider, parts.randomElement()!)] {
                let oldQuery = FilterQuery(old, kind: .commitment, language: .nl, today: Fixture.day)
                let newQuery = FilterQuery(new, kind: .commitment, language: .nl, today: Fixture.day)
                guard newQuery.narrows(oldQuery) else { continue }
                narrowing += 1
                #expect(Set(Self.kept(new)).isSubset(of: Set(Self.kept(old))), "\(new) after \(old)")
            }
        }
        #expect(narrowing > 500)
        #expect(FilterQuery("waarde>10", kind: .commitment, language: .nl, today: Fixture.day)
            .narrows(FilterQuery("waarde>1", kind: .commitment, language: .nl, today: Fixture.day)))
        #expect(!FilterQuery("waarde<10", kind: .commitment, language: .nl, today: Fixture.day)
            .narrows(FilterQuery("waarde<1", kind: .commitment, language: .nl, today: Fixture.day)))
    }

    @Test func withoutAKindEveryPartIsAWord() {
        let query = FilterQuery("status:voorgesteld", kind: nil, language: .nl, today: Fixture.day)
        #expect(query.terms.isEmpty && query.problem == nil)
        #expect(query.words.map(\.typed) == ["status:voorgesteld"])
    }

    @Test func contactDetailsAreNotFilteredOnWhenTheyAreNotShown() throws {
        let query = FilterQuery("contact:jan", kind: .partner, language: .nl, today: Fixture.day, showsPersonalData: false)
        let problem = try #require(query.problem)
        #expect(problem.message(in: .nl) == "contactpersoon: contactgegevens worden niet getoond")
    }

    @Test func theTitleSaysTheFilterInWords() {
        let data = Fixture.data
        func said(_ text: String, _ language: Language = .nl) -> String {
            FilterQuery(text, kind: .commitment, language: language, today: Fixture.day).description(in: language, data: data)
        }
        #expect(said("status:voorgesteld partner:ing") == "status is voorgesteld, partner bevat \"ing\"")
        #expect(said("-status:ingetrokken project:-") == "status is niet ingetrokken, project is Gedeeld")
        #expect(said("waarde>10000 tot<2020-06-30") == "waarde meer dan € 10.000, tot: vóór 30 jun 2020")
        #expect(said("tot:2020 -geld") == "tot: in 2020, zonder \"geld\"")
        #expect(said("state:proposed value>=10000 until<=2020-06-30", .en)
            == "state is proposed, value at least €10,000, until: up to 30 Jun 2020")
    }
}
