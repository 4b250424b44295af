// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension Unicode.Scalar {
    /// A space or a tab: what Foundation's `CharacterSet.whitespaces` holds.
    public var isSpace: Bool { value == 0x09 || properties.generalCategory == .spaceSeparator }

    /// The end of a line: line feed, carriage return and their Unicode kin.
    public var isLineBreak: Bool { (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029 }

    /// A space, a tab or the end of a line.
    public var isSpaceOrLineBreak: Bool { isSpace || isLineBreak }
}

extension StringProtocol {
    /// The text without the scalars at either end that `isTrimmed` names.
    public func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) }) else {
            return ""
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The text without spaces and tabs at either end.
    public func trimmingSpaces() -> String { trimming(where: \.isSpace) }

    /// The text without spaces, tabs and line ends at either end.
    public func trimmingWhitespace() -> String { trimming(where: \.isSpaceOrLineBreak) }
}
