// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The identity of one saved edit, carried by its journal line wherever the line is copied,
/// repaired or folded, so that an edit is recognised as the same one and never counted, replaced
/// or skipped as another.
public enum EditID {
    /// A new identity: `e-` and 16 random hexadecimal digits.
    public static func make() -> String {
        "e-" + hex(UInt64.random(in: 0...UInt64.max))
    }

    /// The identity of a line written before edits had one: `l-` and a hash of the line, so that
    /// every copy of that line is known as the same edit.
    static func ofLegacyLine(_ line: [UInt8]) -> String {
        "l-" + hash(line)
    }

    /// 16 hexadecimal digits that the same bytes give on every machine (FNV-1a; a carriage return is passed over).
    static func hash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes where byte != 0x0D {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hex(hash)
    }

    private static func hex(_ number: UInt64) -> String {
        let digits = String(number, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
