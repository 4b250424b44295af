// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Why a file is not valid JSON, and at which byte.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Hashable {
        case emptyFile
        case unexpectedEnd
        case unexpectedCharacter(String)
        case trailingContent
        case invalidEscape
        case invalidUnicodeEscape
        case controlCharacterInString
        case invalidNumber
        case invalidUTF8
        case duplicateKey(String)
        case tooDeep(limit: Int)
    }

    public let reason: Reason
    public let offset: Int

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }
}
