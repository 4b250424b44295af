// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Figures in block digits three rows high, readable from the back of a meeting room.
enum BigDigits {
    private static let font: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▄█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"], "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"], "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"], "9": ["█▀█", "▀▀█", "▀▀▀"], ",": ["  ", "  ", "▄ "], ".": ["  ", "  ", "▄ "],
        " ": ["  ", "  ", "  "],
    ]

    /// The three rows of `text`; characters without a block form are left out.
    static func rows(_ text: String) -> [String] {
        (0..<3).map { row in
            text.compactMap { font[$0]?[row] }.joined(separator: " ")
        }
    }

    static func width(_ text: String) -> Int {
        DisplayWidth.of(rows(text)[0])
    }
}
