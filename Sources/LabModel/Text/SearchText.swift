// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Text for finding as you type: lower case and without accents, as UTF-8 bytes, so that a
/// word is found by a plain byte search. ASCII, nearly all of it, is folded here directly.
public enum SearchText {
    public static func folded(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append((65...90).contains(byte) ? byte + 32 : byte)
            } else {
                var folded = ""
                TextFolding.append(scalar, to: &folded)
                bytes += folded.utf8
            }
        }
        return bytes
    }

    public static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        let lastStart = haystack.endIndex - needle.count
        var start = haystack.startIndex
        while let found = haystack[start...lastStart].firstIndex(of: first) {
            if haystack[found..<found + needle.count].elementsEqual(needle) { return true }
            start = found + 1
            if start > lastStart { return false }
        }
        return false
    }
}
