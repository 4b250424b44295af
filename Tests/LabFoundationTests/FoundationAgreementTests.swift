// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabFoundation

/// What the program now does itself without ICU gives what the full Foundation gave, so that
/// no screen, id or number changes.
@Suite struct FoundationAgreementTests {
    static let letters = (0xC0...0x24F).compactMap(Unicode.Scalar.init).map(String.init)
        + ["Één", "Stichting Urgente Noden", "Gemeente Den Haag", "Café Čapek", "Ørsted", "ＡＢＣ１２３", "Ĳsselmonde", "e\u{301}e\u{308}", "Άθήνα", "й ё Ё", "ﬁnanciën", "İstanbul", "Ṭūbā"]

    @Test func foldingAgreesWithFoundation() {
        for text in Self.letters {
            let theirs = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            #expect(TextFolding.folded(text) == theirs, "\(text) (\(text.unicodeScalars.map { String($0.value, radix: 16) }))")
        }
    }

    @Test func accentsComeOffAndCaseStays() {
        #expect(TextFolding.withoutAccents("É") == "E")
        #expect(TextFolding.withoutAccents("ǖ") == "u")
        #expect(TextFolding.withoutAccents("ø") == "ø")
        #expect(TextFolding.withoutAccents("€") == "€")
    }

    @Test func trimmingAgreesWithFoundation() {
        let pieces = [" ", "\t", "\n", "\r\n", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2028}", "a", "é", "b c", "\u{85}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
            #expect(text.trimming(where: \.isLineBreak) == text.trimmingCharacters(in: .newlines), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func printfFormattingAgreesWithFoundation() {
        var generator = SystemRandomNumberGenerator()
        let samples = [0.125, 2.675, 0.5, 1.5, -0.005, 1e20, 0.30000000000000004, 123_456.789] + (0..<2_000).map { _ in
            Double.random(in: -1_000...1_000, using: &generator) / Double([1, 10, 1_000, 100_000].randomElement(using: &generator)!)
        }
        for value in samples {
            for digits in 0...4 {
                #expect(String(cFormat: "%.*f", Int32(digits), value) == String(format: "%.\(digits)f", value))
            }
            #expect(String(cFormat: "%.15g", value) == String(format: "%.15g", value))
        }
    }

    @Test func printfKeepsItsDecimalPointUnderADutchLocale() {
        let previous = setlocale(LC_ALL, nil).map { String(cString: $0) }
        defer { setlocale(LC_ALL, previous) }
        // Where the Dutch locale is installed it would make the point a comma; the program's C locale does not.
        _ = setlocale(LC_ALL, "nl_NL.UTF-8")
        #expect(String(cFormat: "%.2f", 1234.5) == "1234.50")
    }
}
