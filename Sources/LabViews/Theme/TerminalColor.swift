// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A colour as a theme names it; the terminal reduces it to what it can show.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 indexed colours (0-15 are the named ones).
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                        "brightBlack", "brightRed", "brightGreen", "brightYellow", "brightBlue", "brightMagenta",
                        "brightCyan", "brightWhite"]

    /// Reads `default`, a name such as `brightYellow`, or `#rrggbb`.
    public init?(name: String) {
        if name == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: name) {
            self = .indexed(UInt8(index))
        } else if name.count == 7, name.hasPrefix("#"), let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }
}

/// How many colours a terminal shows.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable {
    case none = 0, eight = 8, sixteen = 16, twoFiftySix = 256, trueColor = 16_777_216

    public static func < (left: ColorDepth, right: ColorDepth) -> Bool { left.rawValue < right.rawValue }
}

/// Brings theme colours down to a terminal's depth by choosing the nearest colour it has.
public enum ColorReduction {
    /// The RGB values of the 16 named colours as xterm shows them.
    static let namedRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// `nil` means "no colour": the terminal's default.
    public static func reduce(_ color: TerminalColor, to depth: ColorDepth) -> TerminalColor {
        switch (color, depth) {
        case (.terminalDefault, _), (_, .none): return .terminalDefault
        case (.rgb, .trueColor): return color
        case (.rgb(let r, let g, let b), .twoFiftySix): return .indexed(nearest256(Int(r), Int(g), Int(b)))
        case (.rgb(let r, let g, let b), _): return .indexed(nearestNamed(Int(r), Int(g), Int(b), count: depth.rawValue))
        case (.indexed(let index), _) where Int(index) < min(depth.rawValue, 256): return color
        case (.indexed(let index), _):
            let (r, g, b) = rgb(ofIndex: Int(index))
            return reduce(.rgb(UInt8(r), UInt8(g), UInt8(b)), to: depth)
        }
    }

    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index < 16 { return namedRGB[index] }
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
    }

    static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
        func level(_ value: Int) -> Int { cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) }! }
        let cubeIndex = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let gray = max(0, min(23, ((r + g + b) / 3 - 3) / 10))
        let grayIndex = 232 + gray
        let candidates = [cubeIndex, grayIndex]
        return UInt8(candidates.min { distance(rgb(ofIndex: $0), (r, g, b)) < distance(rgb(ofIndex: $1), (r, g, b)) }!)
    }

    static func nearestNamed(_ r: Int, _ g: Int, _ b: Int, count: Int) -> UInt8 {
        UInt8((0..<count).min { distance(namedRGB[$0], (r, g, b)) < distance(namedRGB[$1], (r, g, b)) }!)
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        // Weighted for the eye's sensitivity to green.
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
