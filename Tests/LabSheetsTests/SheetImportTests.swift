// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
@testable import LabSheets

/// Sheets as coordinators keep them, read and planned against the built-in sample as an import would.
@Suite struct SheetImportTests {
    private let data = SampleLab.data

    private func plan(_ csv: String, creatingMissing: Bool = false, in data: LabData = SampleLab.data) throws -> ImportPlan {
        let (sheet, dialect) = try CSVFormat.read(Array(csv.utf8), name: "blad.csv").get()
        let columns = try #require(SheetColumns.find(in: sheet, numberLanguage: dialect.numberLanguage))
        return ImportPlan(sheet: sheet, columns: columns, in: data, creatingMissing: creatingMissing, author: "test")
    }

    private func lines(_ plan: ImportPlan, _ language: Language = .nl) -> [String] {
        plan.rows.map { ImportWording.rowLine($0, in: plan, data: data, language: language) }
    }

    @Test func aDutchExcelSheetWithATitleRowADutchAmountASerialDateAndAnEmptyRow() throws {
        let plan = try plan("""
            \u{FEFF}Toezeggingen najaar 2019;;;;;;;
            Partner;Project;Soort;Bedrag (€);Van;Tot;Status;Opmerking
            ing;Jongeren Perspectief Fonds;Geld;30.000;1-1-2020;44196;toegezegd;Nieuw in december
            ;;;;;;;
            Gemeente Den Haag;fiKks;uren;1.234,5;2020-01-01;;voorgesteld;

            """)
        #expect(plan.columns.kind == .commitment)
        #expect(plan.columns.headerIndex == 1)
        #expect(plan.columns.unmatched.isEmpty)
        #expect(lines(plan) == [
            "rij 3: nieuw: toezegging c-0094 (ING · Jongeren Perspectief Fonds · geld · € 30.000)",
            "rij 4: leeg, overgeslagen",
            "rij 5: nieuw: toezegging c-0095 (Gemeente Den Haag · fiKks · uren · 1.234,5 uur)",
        ])
        guard case .added(.commitment(let money)) = plan.rows[0].outcome, case .added(.commitment(let hours)) = plan.rows[2].outcome else {
            Issue.record("rows 3 and 5 should be new commitments")
            return
        }
        #expect(money.amount == Quantity(30_000))
        #expect(money.unit == "EUR")
        #expect(money.valueEUR == Money(30_000))
        #expect(money.from == Day(year: 2020, month: 1, day: 1))
        #expect(money.until == Day(year: 2020, month: 12, day: 31))
        #expect(money.state == .pledged)
        #expect(money.note == "Nieuw in december")
        #expect(hours.amount.plainText == "1234.5")
        #expect(hours.state == .proposed)
    }

    @Test func aMisspeltHeaderAndAnUnknownPartnerAreSaidWithTheirRowAndColumn() throws {
        let plan = try plan("""
            Partner,Soort,Bedrg,Hoeveelheid,Eenheid,Van
            Bank Onbekend,geld,1,500,EUR,2020-01-01
            ING,geldd,1,500,EUR,2020-01-01
            ING,geld,1,-5,EUR,2020-01-01

            """)
        #expect(plan.columns.unmatched.map { ImportWording.unmatched($0, kind: .commitment, language: .nl) }
                == [#"kolom C ("Bedrg") hoort bij geen veld en wordt niet gelezen; bedoelt u "Hoeveelheid"?"#])
        #expect(plan.columns.unmatched.map { ImportWording.unmatched($0, kind: .commitment, language: .en) }
                == [#"column C ("Bedrg") names no field and is not read; did you mean "Amount"?"#])
        #expect(lines(plan) == [
            "rij 2: geweigerd:\n  kolom A (Partner): er is geen partner \"Bank Onbekend\"",
            "rij 3: geweigerd:\n  kolom B (Soort): onbekende waarde \"geldd\"; bedoelt u: geld?; mogelijk: geld, uren, expertise, data, in natura, mandaat",
            "rij 4: geweigerd:\n  kolom D (Hoeveelheid): \"-5\" is negatief; hier kan alleen 0 of meer",
        ])
        #expect(plan.changes.isEmpty)
        #expect(lines(plan, .en)[0] == "row 2: refused:\n  column A (Partner): there is no partner \"Bank Onbekend\"")
    }

    @Test func aMissingRequiredColumnIsNamedByItsField() throws {
        let plan = try plan("Partner,Soort,Van\nING,expertise,2020-01-01\n")
        #expect(lines(plan) == ["rij 2: geweigerd:\n  Hoeveelheid (geen kolom): mag niet leeg zijn\n  Eenheid (geen kolom): mag niet leeg zijn"])
    }

    @Test func missingPartnersAndProjectsAreMadeWhenAsked() throws {
        let sheet = "Partner,Project,Soort,Hoeveelheid,Eenheid\nStichting Urgente Noden,Budgetcafé,geld,2500,EUR\nstichting urgente noden,,uren,10,uur\n"
        #expect(try plan(sheet).refusedRows.count == 2, "without --create-missing the names are refused")
        let plan = try plan(sheet, creatingMissing: true)
        #expect(plan.created.map(\.id) == ["stichting-urgente-noden", "budgetcafe"])
        guard plan.created.count == 2, case .partner(let partner) = plan.created[0], case .project(let project) = plan.created[1] else {
            Issue.record("a partner, then a project")
            return
        }
        #expect(partner.name == "Stichting Urgente Noden")
        #expect(project.name == "Budgetcafé")
        #expect(project.lead == "stichting-urgente-noden")
        #expect(project.arrangement == SampleLab.data.lab.arrangements.first?.id)
        #expect(plan.created.map { ImportWording.created($0, language: .nl) } == [
            #"nieuwe partner stichting-urgente-noden: "Stichting Urgente Noden" (bereik, sector en soort nog invullen)"#,
            #"nieuw project budgetcafe: "Budgetcafé" (trekker, arrangement en schuldfasen nog nakijken)"#,
        ])
        #expect(plan.refusedRows.isEmpty)
        #expect(plan.changes.count == 4)
        #expect(ImportWording.summary(plan, language: .nl) == "2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 geweigerd; 1 nieuwe partner, 1 nieuw project")
        #expect(ImportWording.summary(plan, language: .en) == "2 new, 0 changed, 0 unchanged, 0 refused; 1 new partner, 1 new project")
    }

    @Test func importingTheSameSheetTwiceChangesNothingTheSecondTime() throws {
        let sheet = """
            Partner,Project,Soort,Hoeveelheid,Eenheid,Van,Tot,Status
            ING,,money,25000,EUR,2020-01-01,2020-12-31,delivered
            CZ,fikks,hours,120,hours,2020-01-01,2020-06-30,pledged

            """
        let first = try plan(sheet)
        // The first row is c-0006 already (ING's money for the shared support), but now delivered; the second is new.
        #expect(lines(first, .en) == [
            "row 2: changed: commitment c-0006: State: pledged → delivered",
            "row 3: new: commitment c-0094 (CZ · fiKks · hours · 120 hours)",
        ])
        var after = data
        for change in first.changes { after.put(change.value) }
        let second = try plan(sheet, in: after)
        #expect(second.changes.isEmpty)
        #expect(lines(second, .en) == ["row 2: unchanged: commitment c-0006", "row 3: unchanged: commitment c-0094"])
    }

    @Test func twoRowsForOneCommitmentAreRefused() throws {
        let plan = try plan("Id,Status\nc-0006,delivered\nc-0006,withdrawn\n")
        #expect(lines(plan, .en) == ["row 2: changed: commitment c-0006: State: pledged → delivered",
                                     "row 3: refused:\n  describes the same commitment as row 2"])
    }
}

/// Names as sheets write them: without the part in brackets, for a project and for the shared support.
@Suite struct ShortNameTests {
    @Test func aNameWithoutItsBracketedPartIsFound() throws {
        let (sheet, dialect) = try CSVFormat.read(Array("Partner;Project;Soort;Bedrag;Eenheid\nCZ;Sociaal Hospitaal;geld;1.000;EUR\nCZ;gedeelde ondersteuning;geld;2.000;EUR\n".utf8), name: "blad.csv").get()
        let columns = try #require(SheetColumns.find(in: sheet, numberLanguage: dialect.numberLanguage))
        let plan = ImportPlan(sheet: sheet, columns: columns, in: SampleLab.data, creatingMissing: false, author: "test")
        let made = plan.rows.compactMap { row -> Commitment? in
            switch row.outcome {
            case .added(.commitment(let commitment)), .changed(.commitment(let commitment), _): commitment
            default: nil
            }
        }
        #expect(made.map(\.project) == ["sohos", nil])
        #expect(made.map(\.amount) == [Quantity(1_000), Quantity(2_000)])
    }
}
