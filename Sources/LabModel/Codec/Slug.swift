// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Ids are readable slugs: lower-case letters and digits in groups joined by single hyphens.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        text.withUTF8Bytes(isValid(bytes:))
    }

    private static func isValid(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 64, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else {
            return false
        }
        var previousWasHyphen = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }
}

extension Slug {
    /// A slug made from a name (`Stichting Urgente Noden` is `stichting-urgente-noden`), with `-2`, `-3`, ...
    /// added while `isTaken` says it is in use.
    public static func make(from name: String, fallback: String, isTaken: (String) -> Bool) -> String {
        let folded = TextFolding.folded(name)
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map { $0.lowercased() }
        var base = words.joined(separator: "-")
        if base.count > 56 { base = String(base.prefix(56)).trimming { $0 == "-" } }
        if base.isEmpty { base = fallback }
        var candidate = base
        var number = 2
        while isTaken(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}
