// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// A rendered screen written out for meeting minutes and e-mail: plain text, ANSI for a terminal,
/// or SVG and HTML that keep the theme's colours on a monospace grid.
public enum ScreenFormat: String, Sendable, CaseIterable {
    case text, ansi, svg, html
}

public enum ScreenExport {
    public static func export(_ buffer: Buffer, as format: ScreenFormat, theme: Theme) -> String {
        switch format {
        case .text: buffer.lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
        case .ansi: ansi(buffer)
        case .svg: SVGExport.svg(buffer, palette: Palette(theme: theme))
        case .html: HTMLExport.html(buffer, palette: Palette(theme: theme))
        }
    }

    /// Runs of cells in one style along a row: (first column, cells, text, style).
    static func runs(of buffer: Buffer, row y: Int) -> [(x: Int, width: Int, text: String, style: Style)] {
        var runs: [(Int, Int, String, Style)] = []
        var x = 0
        while x < buffer.width {
            let style = buffer[x, y].style
            var end = x
            var text = ""
            while end < buffer.width, buffer[end, y].style == style {
                text += buffer[end, y].text
                end += 1
            }
            runs.append((x, end - x, text, style))
            x = end
        }
        return runs
    }

    private static func ansi(_ buffer: Buffer) -> String {
        var output = ""
        for y in 0..<buffer.height {
            for run in runs(of: buffer, row: y) {
                output += sgr(run.style) + run.text
            }
            output += "\u{1B}[0m\n"
        }
        return output
    }

    private static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        codes.append(colorCode(style.foreground, base: 38))
        codes.append(colorCode(style.background, base: 48))
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCode(_ color: TerminalColor, base: Int) -> String {
        switch color {
        case .terminalDefault: String(base + 1)
        case .indexed(let index): "\(base);5;\(index)"
        case .rgb(let r, let g, let b): "\(base);2;\(r);\(g);\(b)"
        }
    }
}

/// Concrete colours for formats without a terminal: the theme's, with its own guess for "default".
struct Palette {
    let foreground: String
    let background: String

    init(theme: Theme) {
        let text = Palette.hex(theme[.text].foreground) ?? Palette.hex(theme[.background].foreground)
        let isLight = text.map { Palette.luminance($0) < 0.5 } ?? false
        foreground = text ?? (isLight ? "#1c1c1c" : "#d0d0d0")
        background = Palette.hex(theme[.background].background) ?? (isLight ? "#ffffff" : "#121212")
    }

    /// The colours of a cell, with reverse applied.
    func colors(_ style: Style) -> (foreground: String, background: String) {
        let foreground = Palette.hex(style.foreground) ?? self.foreground
        let background = Palette.hex(style.background) ?? self.background
        return style.reverse ? (background, foreground) : (foreground, background)
    }

    static func hex(_ color: TerminalColor) -> String? {
        let rgb: (Int, Int, Int)
        switch color {
        case .terminalDefault: return nil
        case .indexed(let index): rgb = ColorReduction.rgb(ofIndex: Int(index))
        case .rgb(let r, let g, let b): rgb = (Int(r), Int(g), Int(b))
        }
        return hex(channels: [rgb.0, rgb.1, rgb.2])
    }

    /// `colour` laid over `background` at `opacity`, as one colour: how a shade looks on paper.
    static func blend(_ colour: String, over background: String, opacity: Double) -> String {
        guard opacity < 1 else { return colour }
        let (top, bottom) = (channels(colour), channels(background))
        return hex(channels: zip(top, bottom).map { Int((Double($0) * opacity + Double($1) * (1 - opacity)).rounded()) })
    }

    private static func hex(channels: [Int]) -> String {
        "#" + channels.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    private static func channels(_ hex: String) -> [Int] {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF]
    }

    static func luminance(_ hex: String) -> Double {
        let rgb = channels(hex).map(Double.init)
        return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
