// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// The one parser for numbers people and scripts type: what each text gives, or the refusal it says.
@Suite struct NumberInputTests {
    /// (typed, context, the amount it gives in plain form, or the start of the Dutch refusal)
    static let quantities: [(String, NumberContext, String)] = [
        ("30.000", .form(.nl), "30000"),
        ("30.000", .form(.en), "30"),
        ("30,000", .form(.en), "30000"),
        ("30,000", .form(.nl), "30"),
        ("1.234,56", .form(.nl), "1234.56"),
        ("1,234.56", .form(.en), "1234.56"),
        ("0,5", .form(.nl), "0.5"),
        ("0.5", .form(.en), "0.5"),
        ("0.5", .form(.nl), "0.5"),
        ("30000", .form(.nl), "30000"),
        ("1234.56", .form(.nl), "1234.56"),
        ("12,50", .form(.nl), "12.5"),
        ("  7 ", .form(.nl), "7"),
        ("€ 30.000", .form(.nl), "30000"),
        ("€30,000.50", .form(.en), "30000.5"),
        ("1.000.000", .form(.nl), "1000000"),
        ("1 000 000", .form(.nl), "1000000"),
        ("1\u{00A0}234,5", .form(.nl), "1234.5"),
        ("0,0001", .form(.nl), "0.0001"),
        ("007", .form(.nl), "7"),
        ("1.5", .form(.nl), "1.5"),
        ("30000", .commandLine, "30000"),
        ("1234.56", .commandLine, "1234.56"),
        ("0,5", .commandLine, "0.5"),
        ("0.5", .commandLine, "0.5"),
        ("1.234,56", .commandLine, "1234.56"),
        ("1,234.56", .commandLine, "1234.56"),
        ("5.000.000", .commandLine, "5000000"),
        ("12,50", .commandLine, "12.5"),
        ("5.000", .commandLine, "\"5.000\" kan 2 getallen zijn: 5 (punt als decimaalteken) of 5000 (punt tussen duizendtallen); schrijf 5 of 5000"),
        ("5,000", .commandLine, "\"5,000\" kan 2 getallen zijn: 5 (komma als decimaalteken) of 5000 (komma tussen duizendtallen); schrijf 5 of 5000"),
        ("1.234", .commandLine, "\"1.234\" kan 2 getallen zijn: 1.234 (punt als decimaalteken) of 1234 (punt tussen duizendtallen); schrijf 1.2340 of 1234"),
        ("-1", .form(.nl), "\"-1\" is negatief"),
        ("-1", .commandLine, "\"-1\" is negatief"),
        ("1e3", .form(.nl), "\"1e3\" is wetenschappelijke notatie; schrijf het getal voluit, zoals 1000"),
        ("1e3", .commandLine, "\"1e3\" is wetenschappelijke notatie"),
        ("", .form(.nl), "vul een getal in"),
        ("   ", .commandLine, "vul een getal in"),
        ("abc", .form(.nl), "\"abc\" is geen getal"),
        ("12,5,0", .form(.nl), "\"12,5,0\" is geen getal"),
        ("1.23.4", .form(.nl), "\"1.23.4\" is geen getal"),
        (",5", .form(.nl), "\",5\" is geen getal"),
        ("5,", .form(.nl), "\"5,\" is geen getal"),
        ("0,00001", .form(.nl), "\"0,00001\" heeft te veel decimalen; ten hoogste 4"),
        ("99999999999999999999", .commandLine, "\"99999999999999999999\" is te groot"),
        ("12 uur", .form(.nl), "\"12 uur\" is geen getal"),
        ("0.001", .commandLine, "0.001"),
        ("0,001", .form(.nl), "0.001"),
    ]

    @Test(arguments: quantities)
    func readsOrRefusesQuantities(typed: String, context: NumberContext, expected: String) {
        switch NumberInput.parse(typed, as: Quantity.self, context: context) {
        case .success(let value): #expect(value.plainText == expected, "\(typed) in \(context)")
        case .failure(let refusal): #expect(refusal.message(in: .nl).hasPrefix(expected), "\(typed) in \(context): \(refusal.message(in: .nl))")
        }
    }

    @Test func euroAmountsOnTheCommandLineTakeTheOnlyReadingWithCents() {
        // As euros, 1,234 cannot be one euro and 234 thousandths: only one reading is left.
        #expect(NumberInput.parse("1,234", as: Money.self, context: .commandLine) == .success(Money(1234)))
        #expect(NumberInput.parse("1,23", as: Money.self, context: .commandLine) == .success(Money(exactly: "1.23")!))
        #expect(NumberInput.parse("0,001", as: Money.self, context: .form(.nl))
                == .failure(.tooManyDecimals("0,001", allowed: 2)))
    }

    @Test func refusalsAreSaidInEnglishToo() {
        guard case .failure(let refusal) = NumberInput.parse("5.000", as: Quantity.self, context: .commandLine) else {
            Issue.record("5.000 was taken on the command line")
            return
        }
        #expect(refusal.message(in: .en)
                == "\"5.000\" can be 2 numbers: 5 (point as decimal mark) or 5000 (point between thousands); write 5 or 5000 to mean one of them")
    }

    @Test func negativeNumbersAreReadWhereAllowed() {
        #expect(NumberInput.parse("-1,5", as: Quantity.self, context: .form(.nl), allowsNegative: true) == .success(Quantity(exactly: "-1.5")!))
    }
}

extension NumberInputTests {
    /// Every refusal is said in English too, quoting what was typed.
    @Test(arguments: quantities)
    func everyRefusalIsSaidInEnglish(typed: String, context: NumberContext, expected: String) {
        guard case .failure(let refusal) = NumberInput.parse(typed, as: Quantity.self, context: context) else { return }
        let english = refusal.message(in: .en)
        #expect(english != refusal.message(in: .nl))
        #expect(refusal == .empty || english.contains("\"\(typed.trimmingCharacters(in: .whitespaces))\""), "\(english)")
    }
}
