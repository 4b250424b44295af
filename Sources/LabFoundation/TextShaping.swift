// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension String {
    /// The text with its first letter in capitals: `toezegging c-0006` is `Toezegging c-0006`.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    public var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    /// The text with spaces after it up to `width` characters; a longer text as it is.
    public func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
