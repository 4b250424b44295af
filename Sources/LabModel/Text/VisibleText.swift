// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension String {
    /// The text with every control character and escape made visible (ESC as `␛`, a C1 or
    /// bidirectional control as `<U+202E>`), so that data is shown and never obeyed by a terminal.
    public var visible: String {
        guard unicodeScalars.contains(where: \.needsVisibleForm) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar.needsVisibleForm {
                result.append(contentsOf: scalar.visibleForm.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension String {
    /// Whether the text holds nothing but whitespace; one that starts with a visible ASCII
    /// character is told at once, as reading a file asks this of every text.
    public var isBlank: Bool {
        if let first = utf8.first, first > 0x20, first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }
}

extension Unicode.Scalar {
    var needsVisibleForm: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    var visibleForm: String {
        switch value {
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + value)!)
        case 0x7F: "\u{2421}"
        default: "<U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
