// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Text as it is compared when a person types it: without case, accents or wide forms, so that
/// `Één`, `een` and `ｅｅｎ` are one. What Foundation's `folding(options:)` did, without ICU:
/// a letter's accents come off by Unicode's canonical decomposition.
public enum TextFolding {
    public static func folded(_ text: some StringProtocol) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &output) }
        return output
    }

    public static func append(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar.value {
        case 0x41...0x5A: output.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
        case 0...0x7F: output.unicodeScalars.append(scalar)
        case 0x3000: output.unicodeScalars.append(" ")
        case 0xFF01...0xFF5E: append(Unicode.Scalar(scalar.value - 0xFEE0)!, to: &output)
        default:
            if isDiacriticalMark(scalar) { return }
            if let base = LetterBases.base(of: scalar) {
                append(base, to: &output)
            } else if scalar.properties.changesWhenCaseFolded {
                // Case folding in full, as Foundation's: `ß` is `ss`, `ſ` is `s`, `ς` is `σ`.
                output += String(scalar).uppercased().lowercased()
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
    }

    /// The letter without its accents, its case kept: `É` is `E`, `ǖ` is `u`; any other scalar as it is.
    public static func withoutAccents(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var letter = scalar
        while let base = LetterBases.base(of: letter) { letter = base }
        return letter
    }

    static func isDiacriticalMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }
}

/// A letter with an accent (`é`, `ǖ`, `й`) and the letter it is made from (`e`, `ü`, `и`): every
/// pair of a letter of the alphabetic scripts (Latin, Greek, Cyrillic, Armenian) and a combining
/// mark that Unicode composes into one scalar. Worked out once, in some tens of milliseconds, from the
/// standard library's own normalisation (`_withNFCCodeUnits`, the public entry its hashing uses).
private enum LetterBases {
    private static let bases: [UInt32: Unicode.Scalar] = {
        var bases: [UInt32: Unicode.Scalar] = [:]
        let marks = (0x0300...0x036F).compactMap { Unicode.Scalar(UInt32($0)) }
        for value in 0x41...0x58F {
            guard let base = Unicode.Scalar(UInt32(value)), base.properties.isAlphabetic else { continue }
            for mark in marks {
                var composed: [UInt8] = []
                (String(base) + String(mark))._withNFCCodeUnits { composed.append($0) }
                let scalars = String(decoding: composed, as: UTF8.self).unicodeScalars
                if scalars.count == 1, let letter = scalars.first { bases[letter.value] = base }
            }
        }
        return bases
    }()

    static func base(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.properties.isAlphabetic ? bases[scalar.value] : nil
    }
}
