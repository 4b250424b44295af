// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// An RFC 3339 moment (`2019-07-01T09:30:00Z`, `2019-07-01T11:30:00+02:00`), kept as written.
public struct Timestamp: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    public init?(_ text: String) {
        guard Timestamp.isRFC3339(text) else { return nil }
        self.text = text
    }

    /// The moment in UTC with whole seconds, the form the program itself writes.
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(containingSecond: seconds)
        let clock = seconds - day.ordinal * 86_400
        text = "\(day)T\(LabTime.two(clock / 3_600)):\(LabTime.two(clock / 60 % 60)):\(LabTime.two(clock % 60))Z"
    }

    public var description: String { text }

    /// The calendar day as written, before any zone offset is applied.
    public var day: Day { Day(String(text.prefix(10)))! }

    private static func isRFC3339(_ text: String) -> Bool {
        text.withUTF8Bytes(isRFC3339(bytes:))
    }

    private static func isRFC3339(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 20, Day(bytes: UnsafeBufferPointer(rebasing: bytes[0..<10])) != nil,
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              digits(bytes, 11, 2, max: 23), bytes[13] == UInt8(ascii: ":"),
              digits(bytes, 14, 2, max: 59), bytes[16] == UInt8(ascii: ":"),
              digits(bytes, 17, 2, max: 60) else { return false }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > fractionStart else { return false }
        }
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return index + 1 == bytes.count
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return index + 6 == bytes.count && digits(bytes, index + 1, 2, max: 23)
                && bytes[index + 3] == UInt8(ascii: ":") && digits(bytes, index + 4, 2, max: 59)
        default:
            return false
        }
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int, max: Int) -> Bool {
        guard start + count <= bytes.count else { return false }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard isDigit(byte) else { return false }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value <= max
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
