// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// One cell of the screen: a grapheme cluster and its style. The right half of a wide
/// character is a continuation cell with empty text.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }
}

/// The screen in memory. Widgets write here; the terminal backend sends what changed, and
/// tests read it back as text.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(" ", style: style), count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The first `count` rows: the screen without what lies under them.
    public func topRows(_ count: Int) -> Buffer {
        var result = Buffer(width: width, height: min(count, height))
        result.cells = Array(cells.prefix(width * result.height))
        return result
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    public mutating func fill(_ rect: Rect, style: Style) {
        for y in Swift.max(0, rect.y)..<Swift.min(height, rect.maxY) {
            for x in Swift.max(0, rect.x)..<Swift.min(width, rect.maxX) {
                set(x, y, Cell(" ", style: style))
            }
        }
    }

    /// Writes text from (x, y), never past `limit` columns nor the buffer's edge. Control characters
    /// are drawn in visible form; a wide character that does not fit whole is left out, never split.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = Swift.min(width, x + (limit ?? width))
        var column = x
        for character in text.visible {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 {
                continue
            }
            if column + characterWidth > end { break }
            if column >= 0 {
                set(column, y, Cell(String(character), style: style))
                if characterWidth == 2 { set(column + 1, y, Cell("", style: style)) }
            }
            column += characterWidth
        }
        return Swift.max(0, column - x)
    }

    /// Sets one cell, mending any wide character it cuts in half.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !cell.isContinuation, x + 1 < width, cells[index + 1].isContinuation, DisplayWidth.of(cells[index].text) == 2 {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Changes a cell's text without the wide-character mending of `set`; for whole-buffer conversions.
    mutating func replaceText(at x: Int, _ y: Int, with text: String) {
        cells[y * width + x].text = text
    }

    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        for y in Swift.max(0, rect.y)..<Swift.min(height, rect.maxY) {
            for x in Swift.max(0, rect.x)..<Swift.min(width, rect.maxX) {
                cells[y * width + x].style = style
            }
        }
    }

    /// The text of each row, as a test compares it; trailing spaces are kept.
    public var lines: [String] {
        (0..<height).map { y in
            (0..<width).reduce(into: "") { line, x in line += self[x, y].text }
        }
    }
}
