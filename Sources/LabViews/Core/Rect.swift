// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A rectangle of cells on the screen.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func inset(by amount: Int) -> Rect {
        Rect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    public func contains(x column: Int, y row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// A rectangle of at most the given size in the middle of this one.
    public func centered(width wanted: Int, height wantedHeight: Int) -> Rect {
        let width = min(wanted, self.width)
        let height = min(wantedHeight, self.height)
        return Rect(x: x + (self.width - width) / 2, y: y + (self.height - height) / 2, width: width, height: height)
    }
}

/// How much room one part of a split gets.
public enum Constraint: Hashable, Sendable {
    case fixed(Int)
    /// At least this much; shares what is left like `fill(1)`.
    case min(Int)
    /// A share of what the fixed, minimum and percentage parts leave.
    case fill(Int)
    case percentage(Int)
}

public enum Direction: Sendable {
    case horizontal, vertical
}

/// Splits a rectangle into parts by constraints, in the spirit of ratatui's layout.
public enum Layout {
    public static func split(_ rect: Rect, _ direction: Direction, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .horizontal ? rect.width : rect.height
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let size), .min(let size): size
            case .percentage(let percent): total * percent / 100
            case .fill: 0
            }
        }
        var remaining = total - sizes.reduce(0, +)
        // Too little room: the later parts give way first.
        if remaining < 0 {
            for index in sizes.indices.reversed() where remaining < 0 {
                let give = Swift.min(sizes[index], -remaining)
                sizes[index] -= give
                remaining += give
            }
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let weight): Swift.max(0, weight)
            case .min: 1
            default: 0
            }
        }
        let weightSum = weights.reduce(0, +)
        if weightSum > 0, remaining > 0 {
            var handedOut = 0
            let shares = weights.map { remaining * $0 / weightSum }
            for index in sizes.indices {
                sizes[index] += shares[index]
                handedOut += shares[index]
            }
            // Rounding leftovers go to the last part that takes a share.
            if let last = weights.lastIndex(where: { $0 > 0 }) { sizes[last] += remaining - handedOut }
        }
        var offset = direction == .horizontal ? rect.x : rect.y
        return sizes.map { size in
            defer { offset += size }
            return direction == .horizontal
                ? Rect(x: offset, y: rect.y, width: size, height: rect.height)
                : Rect(x: rect.x, y: offset, width: rect.width, height: size)
        }
    }
}
