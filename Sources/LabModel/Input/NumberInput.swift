// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Where a number was typed, which decides how `.` and `,` are read.
public enum NumberContext: Sendable, Hashable {
    /// A form on screen: the person reads the screen in this language and types as it shows numbers
    /// (Dutch `30.000,50`, English `30,000.50`); the plain form scripts write (`30000.5`) works too.
    case form(Language)
    /// The command line, where the same text may come from a Dutch person or from a script: a text
    /// that two conventions read as two different numbers is refused with both readings.
    case commandLine
}

/// The ways of writing a decimal number that people and scripts use.
public enum NumberConvention: Sendable, Hashable, CaseIterable {
    /// `30000.5`: no grouping, a point before the decimals.
    case plain
    /// `30.000,5`: points (or spaces) between thousands, a comma before the decimals.
    case dutch
    /// `30,000.5`: commas (or spaces) between thousands, a point before the decimals.
    case english
}

/// One way a typed text can be read: the number in plain form and the convention that reads it so.
public struct NumberReading: Sendable, Hashable {
    public let plain: String
    public let convention: NumberConvention
}

/// Why a typed number was not taken. Every case keeps the text as typed, so a message can quote it.
public enum NumberRefusal: Error, Sendable, Hashable {
    case empty
    case notANumber(String)
    case ambiguous(String, readings: [NumberReading])
    case exponent(String, reading: String?)
    case negative(String)
    case tooManyDecimals(String, allowed: Int)
    case tooLarge(String)
}

/// The one parser for numbers a person or a script types, used by the forms and the command line.
public enum NumberInput {
    public static func parse<Scale>(_ typed: String, as type: FixedPoint<Scale>.Type = FixedPoint<Scale>.self,
                                    context: NumberContext, allowsNegative: Bool = false) -> Result<FixedPoint<Scale>, NumberRefusal> {
        var text = Substring(typed.trimmingWhitespace())
        if text.first == "€" { text = text.dropFirst().drop { $0.isWhitespace } }
        guard !text.isEmpty else { return .failure(.empty) }
        var negative = false
        if let sign = text.first, sign == "-" || sign == "−" || sign == "+" {
            negative = sign != "+"
            text = text.dropFirst()
        }
        let body = String(text)
        if isExponent(body) {
            let reading = Quantity(exactly: body).map { ($0.isNegative || negative ? "-" : "") + $0.plainText }
            return .failure(.exponent(typed.trimmed, reading: reading))
        }
        guard !body.isEmpty, body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," || isGroupSpace($0) }),
              body.first?.isNumber == true else {
            return .failure(.notANumber(typed.trimmed))
        }
        let readings = NumberConvention.allCases.compactMap { convention in
            read(body, as: convention).map { NumberReading(plain: $0, convention: convention) }
        }
        let chosen: NumberReading
        switch context {
        case .form(let language):
            let order: [NumberConvention] = language == .nl ? [.dutch, .plain, .english] : [.english, .plain, .dutch]
            guard let first = order.lazy.compactMap({ convention in readings.first { $0.convention == convention } }).first else {
                return .failure(.notANumber(typed.trimmed))
            }
            chosen = first
        case .commandLine:
            var distinct: [NumberReading] = []
            for reading in readings where !distinct.contains(where: { $0.plain == reading.plain }) { distinct.append(reading) }
            // A reading with more decimals than the field keeps is no reading of this field.
            let fitting = distinct.filter { decimals(of: $0.plain) <= Scale.decimals }
            guard let first = (fitting.isEmpty ? distinct : fitting).first else { return .failure(.notANumber(typed.trimmed)) }
            if fitting.count > 1 { return .failure(.ambiguous(typed.trimmed, readings: fitting)) }
            chosen = first
        }
        if negative, !allowsNegative, chosen.plain.contains(where: { $0 != "0" && $0 != "." }) { return .failure(.negative(typed.trimmed)) }
        guard decimals(of: chosen.plain) <= Scale.decimals else { return .failure(.tooManyDecimals(typed.trimmed, allowed: Scale.decimals)) }
        guard let value = FixedPoint<Scale>(exactly: (negative ? "-" : "") + chosen.plain) else { return .failure(.tooLarge(typed.trimmed)) }
        return .success(value)
    }

    /// How to write the number `plain` (`1234.5`) so that the command line reads it as that number and nothing else.
    public static func unambiguousText(plain: String) -> String {
        if case .failure(.ambiguous) = parse(plain, as: Quantity.self, context: .commandLine, allowsNegative: true) { return plain + "0" }
        return plain
    }

    /// `1e3`, `2,5E-2`: digits, a letter e and a whole exponent.
    private static func isExponent(_ body: String) -> Bool {
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "e" || $0 == "E" }
        guard parts.count == 2, let mantissa = parts.first, let exponent = parts.last, mantissa.first?.isNumber == true,
              mantissa.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { return false }
        let digits = exponent.first == "-" || exponent.first == "+" ? exponent.dropFirst() : exponent[...]
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: Reading by one convention

    private static func isGroupSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "\u{2009}"
    }

    /// The number in plain form (`1234.56`) when `body` is written by `convention`, else `nil`.
    private static func read(_ body: String, as convention: NumberConvention) -> String? {
        let (group, decimal): (Character?, Character) = switch convention {
        case .plain: (nil, ".")
        case .dutch: (".", ",")
        case .english: (",", ".")
        }
        let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : nil
        if let fraction, fraction.isEmpty || !fraction.allSatisfy(\.isNumber) { return nil }
        let groups = whole.split(omittingEmptySubsequences: false) { $0 == group || ($0 != decimal && group != nil && isGroupSpace($0)) }
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        if groups.count > 1 {
            // Nobody groups thousands after a leading zero: 0.001 is a thousandth, never one.
            guard groups[0].count <= 3, groups[0].first != "0", groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined().drop { $0 == "0" }
        let decimals = fraction.map { String($0.reversed().drop { $0 == "0" }.reversed()) } ?? ""
        return (digits.isEmpty ? "0" : String(digits)) + (decimals.isEmpty ? "" : "." + decimals)
    }

    private static func decimals(of plain: String) -> Int {
        plain.firstIndex(of: ".").map { plain.distance(from: $0, to: plain.endIndex) - 1 } ?? 0
    }
}

extension String {
    fileprivate var trimmed: String { trimmingWhitespace() }
}
