// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Synchronization

/// A place in a text file, counted from 1 as editors do; the column counts characters, not bytes.
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// The last column worked out: many places on one long line (a file written as one line) then
/// cost the line once instead of once each.
private final class ColumnMemo: Sendable {
    let place = Mutex<(lineStart: Int, offset: Int, characters: Int)>((-1, 0, 0))
}

/// Turns byte offsets into lines and columns for one file's bytes.
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private let lastColumn = ColumnMemo()

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    public func position(ofByte offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let lineStart = lineStarts[low]
        let characters = lastColumn.place.withLock { last in
            // Places asked in order along one line continue where the last one ended.
            let (from, before) = last.lineStart == lineStart && last.offset <= clamped ? (last.offset, last.characters) : (lineStart, 0)
            // Continuation bytes (10xxxxxx) do not start a character.
            let characters = bytes[from..<clamped].reduce(before) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
            last = (lineStart, clamped, characters)
            return characters
        }
        return SourcePosition(line: low + 1, column: characters + 1)
    }
}
