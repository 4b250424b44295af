// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// What scripts and people type on the command line is read by the field catalogue: numbers that are
/// never misread, values in either language, suggestions for a wrong id, units and values in euros.
@Suite struct TypedValuesTests {
    private func add(_ folder: String, _ options: [String]) throws -> Run {
        try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--author", "jan"] + options)
    }

    @Test func aNumberWithTwoReadingsIsRefusedWithBoth() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let before = scratch.contents(of: folder)
        let run = try add(folder, ["--kind", "money", "--amount", "5.000", "--unit", "EUR"])
        #expect(run.status == 1)
        #expect(run.error == "--amount: \"5.000\" kan 2 getallen zijn: 5 (punt als decimaalteken) of 5000 (punt tussen duizendtallen); "
                + "schrijf 5 of 5000 om één ervan te bedoelen\nEr is niets opgeslagen.\n")
        let comma = try add(folder, ["--kind", "money", "--amount", "5,000", "--unit", "EUR", "--lang", "en"])
        #expect(comma.error.hasPrefix("--amount: \"5,000\" can be 2 numbers: 5 (comma as decimal mark) or 5000 (comma between thousands)"))
        var after = scratch.contents(of: folder)
        after.removeValue(forKey: "journal.lock")
        #expect(after == before, "nothing was written")
    }

    @Test func dutchAndPlainNumbersAreReadExactly() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        #expect(try add(folder, ["--kind", "geld", "--amount", "30.000,50", "--unit", "euro"]).output == "c-0094\n")
        #expect(try add(folder, ["--kind", "money", "--amount", "1234.56", "--unit", "EUR"]).output == "c-0095\n")
        let data = try #require(DataFolder(path: folder).load().data)
        #expect(data.commitment("c-0094")?.amount == Quantity(exactly: "30000.5"))
        #expect(data.commitment("c-0094")?.valueEUR == Money(exactly: "30000.5"), "for euros the value is the amount")
        #expect(data.commitment("c-0094")?.unit == "EUR")
        #expect(data.commitment("c-0095")?.amount == Quantity(exactly: "1234.56"))
    }

    @Test func codedValuesAreTakenInEitherLanguageAndWrongOnesGetSuggestions() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        #expect(try Run(["update", "project", "jpf", "--data", folder, "--health", "Aandacht", "--stage", "structureel"]).status == 0)
        let project = try #require(DataFolder(path: folder).load().data?.project("jpf"))
        #expect(project.health == .attention && project.stage == .structural)
        let wrong = try Run(["update", "project", "jpf", "--data", folder, "--health", "aandact"])
        #expect(wrong.status == 1)
        #expect(wrong.error.hasPrefix("--health: onbekende waarde \"aandact\"; bedoelt u: aandacht?; mogelijk: op koers, aandacht, geblokkeerd"))
        let id = try Run(["update", "project", "jpff", "--data", folder])
        #expect(id.status == 1)
        #expect(id.error == "Project \"jpff\" bestaat niet; bedoelt u: jpf?; er is niets opgeslagen.\n")
        let reference = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--project", "sohos2", "--kind", "money",
                                 "--amount", "1", "--unit", "EUR"])
        #expect(reference.error.hasPrefix("--project: er is geen project \"sohos2\"; bedoelt u: sohos?"), "\(reference.error)")
        let byName = try Run(["add", "commitment", "--data", folder, "--partner", "Rabobank", "--project", "Sociaal Hospitaal (SOHOS)",
                              "--kind", "uren", "--amount", "4", "--unit", "uur per week", "--until", "31-12-2020", "--from", "2020-01-01"])
        #expect(byName.status == 0, "\(byName.error)")
        let commitment = try #require(DataFolder(path: folder).load().data?.commitment("c-0094"))
        #expect(commitment.partner == "rabobank" && commitment.project == "sohos" && commitment.kind == .hours)
        #expect(commitment.unit == "hours/week")
        // 4 hours a week for 366 days at the sample's € 75 an hour.
        #expect(commitment.valueEUR == Money(exactly: "15685.71"), "\(commitment.valueEUR.plainText)")
    }

    @Test func aValueInEurosIsWorkedOutOrRefusedWithTheReason() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        #expect(try add(folder, ["--kind", "expertise", "--amount", "10", "--unit", "hours"]).status == 0)
        #expect(try add(folder, ["--kind", "mandate", "--amount", "1", "--unit", "standaardregeling"]).status == 0)
        #expect(try add(folder, ["--kind", "expertise", "--amount", "10", "--unit", "hours", "--value", "2.000,00"]).status == 0)
        let data = try #require(DataFolder(path: folder).load().data)
        #expect(data.commitment("c-0094")?.valueEUR == Money(750), "10 hours at the lab's € 75 an hour")
        #expect(data.commitment("c-0095")?.valueEUR == Money(0), "a unit that cannot be valued is worth nothing until someone says")
        #expect(data.commitment("c-0096")?.valueEUR == Money(2000), "a value given by hand is kept")

        let mismatch = try add(folder, ["--kind", "money", "--amount", "5000", "--unit", "EUR", "--value", "3000"])
        #expect(mismatch.status == 1)
        #expect(mismatch.error.hasPrefix("--value: bij een hoeveelheid in euro's is de waarde de hoeveelheid zelf"), "\(mismatch.error)")

        // A lab without rates cannot value hours: it says what to give.
        let lab = folder + "/lab.json"
        let text = try String(contentsOfFile: lab, encoding: .utf8)
        let withoutRates = text.replacingOccurrences(of: #""rates": \{[^}]*\},\s*"#, with: "", options: .regularExpression)
        #expect(withoutRates != text)
        try withoutRates.write(toFile: lab, atomically: true, encoding: .utf8)
        let refused = try add(folder, ["--kind", "hours", "--amount", "2", "--unit", "FTE", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.error.hasPrefix("--value: the value in euros of \"FTE\" follows from the rate, but lab.json has no rates.perFTEYear"))
    }

    @Test func checkReportsAValueInEurosThatIsNotTheAmount() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let file = folder + "/commitments.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        // c-0001 is € 150.000 of money; its value is made € 140.000 by hand.
        let edited = text.replacingOccurrences(of: "\"valueEUR\": 150000", with: "\"valueEUR\": 140000")
        #expect(edited != text)
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let check = try Run(["check", "--data", folder])
        #expect(check.status == 1)
        #expect(check.output.contains(#"commitments.json:"#) && check.output.contains(#"$.commitments[0].valueEUR: bij een hoeveelheid in euro's is de waarde de hoeveelheid zelf, maar de hoeveelheid is 150000 en de waarde 140000"#),
                "\(check.output)\(check.error)")
    }

    /// Carla changes the amount and Anna the note, both from revision 1: both are kept.
    @Test func twoScriptsChangingDifferentFieldsAreMerged() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let carla = try Run(["update", "commitment", "c-0006", "--data", folder, "--if-revision", "1", "--amount", "30.000,00",
                             "--author", "carla"])
        #expect(carla.output == "c-0006 2\n", "\(carla.error)")
        let anna = try Run(["update", "commitment", "c-0006", "--data", folder, "--if-revision", "1", "--note", "Na het overleg",
                            "--author", "anna"])
        #expect(anna.output == "c-0006 3\n", "\(anna.error)")
        let commitment = try #require(DataFolder(path: folder).load().data?.commitment("c-0006"))
        #expect(commitment.amount == Quantity(30_000) && commitment.valueEUR == Money(30_000) && commitment.note == "Na het overleg")
        #expect(try Run(["check", "--data", folder]).status == 0)
        let log = try Run(["log", "--data", folder, "--entity", "c-0006"]).output
        #expect(log.contains("    Hoeveelheid: € 25.000 → € 30.000\n") && log.contains("    Notitie: Bedrag illustratief. → Na het overleg\n"), "\(log)")
    }

    @Test func aContactCanBeErased() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let partner = try #require(DataFolder(path: folder).load().data?.partners.first { $0.contact != nil })
        let run = try Run(["update", "partner", partner.id, "--data", folder, "--contact-name", "", "--contact-email", ""])
        #expect(run.status == 0, "\(run.error)")
        #expect(DataFolder(path: folder).load().data?.partner(partner.id)?.contact == nil)
    }

    /// Every field a person types has an option on `update`, and on `add`, whose help comes from the catalogue.
    @Test(arguments: EntityKind.allCases)
    func everyTypedFieldHasAnOption(kind: EntityKind) throws {
        for command in ["update", "add"] {
            let help = try Run([command, kind.rawValue, "--help"]).output
            for (path, _) in FieldCatalogue.typedFields(of: kind) {
                let option = "--" + FieldCatalogue.optionName(of: path, in: kind)
                #expect(help.contains(option), "\(command) \(kind.rawValue) has no \(option)")
            }
        }
        let help = try Run(["add", "commitment", "--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("pledged (toegezegd)") && help.contains("a text with two readings, such as 5.000, is refused"))
    }
}

extension TypedValuesTests {
    @Test func clearContactRemovesItAndScreenshotsWithoutContactsSayOnlyThatItChanged() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        #expect(try Run(["update", "partner", "ing", "--data", folder, "--contact-name", "Jan Geheim", "--contact-email", "jan.geheim@example.nl"])
                    .status == 0)
        #expect(try Run(["update", "partner", "ing", "--data", folder, "--clear-contact"]).status == 0)
        #expect(DataFolder(path: folder).load().data?.partner("ing")?.contact == nil)
        for arguments in [["--pane", "log"], ["--pane", "partners", "--open", "ing"]] {
            let shot = try Run(["screenshot", "--data", folder, "--size", "160x40", "--format", "text", "--no-contacts"] + arguments)
            #expect(shot.status == 0, "\(shot.error)")
            #expect(!shot.output.contains("Geheim") && !shot.output.contains("jan.geheim"), "\(arguments): \(shot.output)")
            if arguments[1] == "log" { #expect(shot.output.contains("Contactpersoon: gewijzigd")) }
        }
        let shown = try Run(["screenshot", "--data", folder, "--size", "160x40", "--format", "text", "--pane", "log"])
        #expect(shown.output.contains("Jan Geheim"), "with contacts, the log says what changed")
    }

    @Test func aThirdDecimalInEurosIsTheAmountsMistake() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let run = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "money", "--amount", "0.001", "--unit", "EUR",
                           "--lang", "en"])
        #expect(run.status == 1)
        #expect(run.error == "--amount: \"0.001\" has too many decimals; at most 2\nNothing was saved.\n")
    }

    @Test func anAuthorOfOnlySpacesIsTheLoginName() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let run = try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "x", "--author", "   "])
        #expect(run.status == 0, "\(run.error)")
        #expect(DataFolder(path: folder).load().data?.commitment("c-0001")?.stamp.updatedBy.isEmpty == false)
    }
}
