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

/// Turns byte offsets into lines and columns for one file's bytes.
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

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
        // Continuation bytes (10xxxxxx) do not start a character.
        let characters = bytes[lineStart..<clamped].reduce(0) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return SourcePosition(line: low + 1, column: characters + 1)
    }
}
