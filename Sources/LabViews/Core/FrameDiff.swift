// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What a terminal must be sent to turn one frame into the next: runs of changed cells, each
/// in one style, left to right and top to bottom.
public struct FrameDiff: Hashable, Sendable {
    public struct Run: Hashable, Sendable {
        public let x: Int
        public let y: Int
        public let text: String
        public let style: Style
    }

    /// No earlier frame of this size: the screen is cleared and drawn whole.
    public let isWhole: Bool
    public let runs: [Run]
}

extension Buffer {
    /// The runs that differ from `previous`; every cell when there is none or its size differs.
    public func diff(from previous: Buffer?) -> FrameDiff {
        let earlier = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var runs: [FrameDiff.Run] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let cell = self[x, y]
                if let earlier, earlier[x, y] == cell {
                    x += 1
                    continue
                }
                // A run ends at a change of style, or at a cell the terminal already shows.
                var text = ""
                var end = x
                while end < width {
                    let next = self[end, y]
                    if next.style != cell.style { break }
                    if end > x, let earlier, earlier[end, y] == next { break }
                    text += next.text
                    end += 1
                }
                runs.append(FrameDiff.Run(x: x, y: y, text: text, style: cell.style))
                x = end
            }
        }
        return FrameDiff(isWhole: earlier == nil, runs: runs)
    }
}
