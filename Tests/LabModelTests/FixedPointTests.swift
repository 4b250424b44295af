// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

@Suite struct FixedPointTests {
    @Test func addingTenAndTwentyCentsIsExactlyThirtyCents() {
        let sum = Money(exactly: "0.10")! + Money(exactly: "0.20")!
        #expect(sum == Money(exactly: "0.30")!)
        #expect(MoneyFormat.display(sum, in: .nl) == "€ 0,30")
        #expect(MoneyFormat.display(sum, in: .en) == "€0.30")
    }

    @Test(arguments: [
        ("1234567.5", "€ 1.234.567,50", "€1,234,567.50"),
        ("900000", "€ 900.000,00", "€900,000.00"),
        ("-12.05", "€ -12,05", "-€12.05"),
        ("0", "€ 0,00", "€0.00"),
    ])
    func formatsEurosInEachLanguage(literal: String, dutch: String, english: String) {
        let money = Money(exactly: literal)!
        #expect(MoneyFormat.display(money, in: .nl) == dutch)
        #expect(MoneyFormat.display(money, in: .en) == english)
    }

    @Test func readsLiteralsExactly() {
        #expect(Money(exactly: "1234.56")?.units == 123_456)
        #expect(Money(exactly: "1.5e3")?.units == 150_000)
        #expect(Money(exactly: "12.300")?.units == 1230)
        #expect(Quantity(exactly: "0.125")?.units == 1250)
        #expect(Money(exactly: "-0")?.units == 0)
    }

    @Test func refusesWhatItCannotHoldExactly() {
        #expect(Money(exactly: "0.001") == nil)
        #expect(Money(exactly: "1e400") == nil)
        #expect(Money(exactly: "99999999999999999999") == nil)
        #expect(Money(exactly: "NaN") == nil)
        #expect(Money(exactly: "") == nil)
    }

    @Test func writesTheShortestExactText() {
        #expect(Money(exactly: "1234.50")!.plainText == "1234.5")
        #expect(Money(exactly: "900000.00")!.plainText == "900000")
        #expect(Quantity(exactly: "-0.25")!.plainText == "-0.25")
        #expect(MoneyFormat.plain(Money(exactly: "1234.5")!, decimalComma: true) == "1234,50")
    }
}

@Suite struct FixedPointPlainFormTests {
    /// The files' plain form is read by a shortcut; with `e0` behind it the same literal takes the general reading.
    @Test(arguments: ["0", "-0", "7", "007", "12.3", "12.30", "12.300", "0.125", "5.", "999999999999.99", "1000000000000",
                      "-12.05", "123456789012345678", "1.23456", "100000000000.0001", "00.10", "9.99999"])
    func readsThePlainFormAsTheGeneralReadingDoes(literal: String) {
        #expect(Money(exactly: literal) == Money(exactly: literal + "e0"))
        #expect(Quantity(exactly: literal) == Quantity(exactly: literal + "e0"))
    }
}

extension FixedPointTests {
    /// A value worked out from hours or fte is rounded to the cent as Foundation's `NSDecimalRound` did.
    @Test func roundingToCentsAgreesWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        let samples = ["0.005", "-0.005", "0.015", "2.675", "1234.5649", "-1234.5650", "999.999", "7", "0.1"] + (0..<2_000).map { _ in
            "\(Bool.random(using: &generator) ? "-" : "")\(Int.random(in: 0...99_999, using: &generator)).\(Int.random(in: 0...999_999, using: &generator))"
        }
        for text in samples {
            var exact = try #require(Decimal(string: text)), rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 2, .plain)
            #expect(Money(rounding: exact.description) == Money(exactly: NSDecimalNumber(decimal: rounded).stringValue), "\(text)")
        }
    }
}
