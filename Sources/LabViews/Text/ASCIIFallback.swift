// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// For terminals without UTF-8 (LANG=C): every cell becomes one plain ASCII character, so that
/// nothing arrives as bytes the terminal shows as garbage or that shift the columns.
public enum ASCIIFallback {
    private static let replacements: [Character: Character] = [
        "…": "~", "€": "E", "—": "-", "–": "-", "·": ".", "•": "o", "✓": "x", "▲": "^", "▼": "v", "›": ">", "‹": "<", "→": ">", "↑": "^", "↓": "v", "←": "<",
        "░": ".", "▒": ":", "▓": "+", "█": "#", "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "␛": "^", "‘": "'", "’": "'", "“": "\"", "”": "\"", "×": "x", "ß": "s", "æ": "a", "Æ": "A", "ø": "o", "Ø": "O",
        "Ĳ": "Y", "ĳ": "y",
    ]

    public static func character(for text: String) -> String {
        guard let character = text.first else { return "?" }
        if character.isASCII { return String(character) }
        if let replacement = replacements[character] { return String(replacement) }
        guard let scalar = character.unicodeScalars.first else { return "?" }
        let letter = TextFolding.withoutAccents(scalar)
        return letter.isASCII ? String(letter) : "?"
    }
}

extension Buffer {
    /// The same screen in plain ASCII: one character a cell, wide characters as two question marks.
    public func asciiOnly() -> Buffer {
        var result = self
        for y in 0..<height {
            for x in 0..<width {
                let cell = self[x, y]
                result.replaceText(at: x, y, with: cell.isContinuation ? "?" : ASCIIFallback.character(for: cell.text))
            }
        }
        return result
    }
}
