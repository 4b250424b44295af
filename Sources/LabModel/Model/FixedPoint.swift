// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// How many decimals a fixed-point number keeps.
public protocol FixedPointScale: Sendable {
    static var decimals: Int { get }
}

public enum Cents: FixedPointScale {
    public static let decimals = 2
}

public enum TenThousandths: FixedPointScale {
    public static let decimals = 4
}

/// An exact decimal number stored as a whole count of its smallest unit, so that
/// 0.10 + 0.20 is 0.30 and never 0.30000000000000004.
public struct FixedPoint<Scale: FixedPointScale>: Sendable, Hashable, Comparable, AdditiveArithmetic {
    public var units: Int64

    public init(units: Int64) {
        self.units = units
    }

    public init(_ whole: Int) {
        units = Int64(whole) * Self.unitsPerOne
    }

    public static var zero: Self { Self(units: 0) }

    public static var decimalsKept: Int { Scale.decimals }

    /// Every amount is below this many (a thousand billion, "1 biljoen"), so that the totals of any
    /// number of them that a lab can hold add up without overflowing.
    public static var limit: Int64 { 1_000_000_000_000 }

    static var unitsPerOne: Int64 {
        var value: Int64 = 1
        for _ in 0..<Scale.decimals { value *= 10 }
        return value
    }

    /// Reads a decimal literal such as `-12`, `1234.5` or `1.5e3` exactly; `nil` when it has more
    /// decimals than this type keeps or is not below `limit`.
    public init?(exactly literal: String) {
        if let units = Self.plainUnits(literal) {
            self.units = units
            return
        }
        var text = Substring(literal)
        var negative = false
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        }
        var exponent = 0
        if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(text[text.index(after: marker)...]), abs(value) < 40 else { return nil }
            exponent = value
            text = text[..<marker]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        var digits = String(parts[0]) + (parts.count == 2 ? String(parts[1]) : "")
        var decimals = (parts.count == 2 ? parts[1].count : 0) - exponent
        // Trailing zeros beyond our scale carry no value.
        while decimals > Scale.decimals, digits.hasSuffix("0") {
            digits.removeLast()
            decimals -= 1
        }
        guard decimals <= Scale.decimals else { return nil }
        if decimals < 0 {
            digits += String(repeating: "0", count: -decimals)
            decimals = 0
        }
        digits += String(repeating: "0", count: Scale.decimals - decimals)
        let trimmed = digits.drop { $0 == "0" }
        guard trimmed.count <= 18, let magnitude = Int64(trimmed.isEmpty ? "0" : String(trimmed)),
              magnitude < Self.limit * Self.unitsPerOne else { return nil }
        units = negative ? -magnitude : magnitude
    }

    /// Reads a plain decimal (`-1234.5678`) rounded to the decimals this type keeps, halves away from zero.
    init?(rounding literal: String) {
        let negative = literal.hasPrefix("-")
        let parts = literal.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count > Scale.decimals else {
            self.init(exactly: literal)
            return
        }
        let kept = fraction.prefix(Scale.decimals)
        guard let truncated = Self(exactly: (negative ? "-" : "") + parts[0] + (kept.isEmpty ? "" : "." + kept)),
              let next = fraction.dropFirst(Scale.decimals).first?.wholeNumberValue else { return nil }
        let step: Int64 = next >= 5 ? (negative ? -1 : 1) : 0
        self.init(units: truncated.units + step)
    }

    /// The units of the form the files hold, `-1234.56`, read from its bytes; `nil` for any other
    /// form (an exponent, more decimals than kept, too many digits), which the general reading takes.
    private static func plainUnits(_ literal: String) -> Int64? {
        var magnitude: Int64 = 0
        var digits = 0
        var decimals: Int?
        var negative = false
        for (position, byte) in literal.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where position == 0:
                negative = true
            case UInt8(ascii: "."):
                guard decimals == nil, digits > 0 else { return nil }
                decimals = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 18 else { return nil }
                magnitude = magnitude * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if let counted = decimals { decimals = counted + 1 }
            default:
                return nil
            }
        }
        let shown = decimals ?? 0
        guard digits > 0, decimals != 0, shown <= Scale.decimals, digits + Scale.decimals - shown <= 18 else { return nil }
        for _ in shown..<Scale.decimals { magnitude *= 10 }
        guard magnitude < limit * unitsPerOne else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// The shortest exact decimal text: `1234.5`, `900000`, `-0.25`.
    public var plainText: String {
        let magnitude = units.magnitude
        let perOne = UInt64(Self.unitsPerOne)
        var text = String(magnitude / perOne)
        let remainder = magnitude % perOne
        // Most amounts are whole: a compaction writes a hundred thousand of them.
        guard remainder != 0 else { return units < 0 ? "-" + text : text }
        var fraction = String(remainder)
        fraction = String(repeating: "0", count: Scale.decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        return units < 0 ? "-" + text : text
    }

    /// The whole part and the fraction as digits of fixed width, for formatting.
    public var parts: (negative: Bool, whole: UInt64, fraction: String) {
        let magnitude = units.magnitude
        let perOne = UInt64(Self.unitsPerOne)
        let fraction = String(magnitude % perOne)
        return (units < 0, magnitude / perOne, String(repeating: "0", count: Scale.decimals - fraction.count) + fraction)
    }

    public var isNegative: Bool { units < 0 }

    public static func + (left: Self, right: Self) -> Self { Self(units: left.units + right.units) }
    public static func - (left: Self, right: Self) -> Self { Self(units: left.units - right.units) }
    public static func < (left: Self, right: Self) -> Bool { left.units < right.units }
}

/// Euros, exact to the cent.
public typealias Money = FixedPoint<Cents>
/// Amounts of any unit (hours, FTE, people helped), exact to four decimals.
public typealias Quantity = FixedPoint<TenThousandths>

extension Sequence {
    public func sum<Scale>(_ value: (Element) -> FixedPoint<Scale>) -> FixedPoint<Scale> {
        reduce(.zero) { $0 + value($1) }
    }
}
