// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What a box-drawing or block character looks like, as geometry within its cell, so that a picture
/// draws borders and the Netwerk matrix exactly on the grid instead of trusting a font's glyph: a
/// font's `│` leaves gaps between rows, and its shades `░▒▓` become a grey blur once scaled.
enum CellShape: Equatable {
    /// Lines from the cell's centre to the named edges.
    case lines(Set<Edge>)
    /// A filled part of the cell, in fractions of its width and height, at an opacity
    /// (the shades are the foreground laid over the background at a quarter, a half, three quarters).
    case block(left: Double, top: Double, right: Double, bottom: Double, opacity: Double)

    enum Edge: CaseIterable {
        case left, right, up, down
    }

    init?(_ text: String) {
        if let edges = Self.lineEdges[text] {
            self = .lines(edges)
        } else if let block = Self.blocks[text] {
            self = block
        } else {
            return nil
        }
    }

    private static let lineEdges: [String: Set<Edge>] = [
        "─": [.left, .right], "│": [.up, .down],
        "┌": [.right, .down], "┐": [.left, .down], "└": [.right, .up], "┘": [.left, .up],
        "├": [.up, .down, .right], "┤": [.up, .down, .left], "┬": [.left, .right, .down], "┴": [.left, .right, .up],
        "┼": [.left, .right, .up, .down],
    ]

    private static let blocks: [String: CellShape] = [
        "█": .block(left: 0, top: 0, right: 1, bottom: 1, opacity: 1),
        "▀": .block(left: 0, top: 0, right: 1, bottom: 0.5, opacity: 1),
        "▄": .block(left: 0, top: 0.5, right: 1, bottom: 1, opacity: 1),
        "▌": .block(left: 0, top: 0, right: 0.5, bottom: 1, opacity: 1),
        "▐": .block(left: 0.5, top: 0, right: 1, bottom: 1, opacity: 1),
        "░": .block(left: 0, top: 0, right: 1, bottom: 1, opacity: 0.25),
        "▒": .block(left: 0, top: 0, right: 1, bottom: 1, opacity: 0.5),
        "▓": .block(left: 0, top: 0, right: 1, bottom: 1, opacity: 0.75),
    ]
}

/// A row's cells in one style, cut where a drawn shape starts or ends: text pieces keep their
/// columns, shapes stand alone.
enum RunPiece {
    case text(x: Int, width: Int, text: String)
    case shape(x: Int, CellShape)

    static func pieces(of buffer: Buffer, row y: Int, from start: Int, width: Int) -> [RunPiece] {
        var pieces: [RunPiece] = []
        var textStart = start
        var text = ""
        func closeText(at end: Int) {
            if text.contains(where: { $0 != " " }) {
                pieces.append(.text(x: textStart, width: end - textStart, text: text))
            }
            text = ""
            textStart = end + 1
        }
        for x in start..<(start + width) {
            let cellText = buffer[x, y].text
            if let shape = CellShape(cellText) {
                closeText(at: x)
                pieces.append(.shape(x: x, shape))
            } else {
                text += cellText
            }
        }
        closeText(at: start + width)
        return pieces
    }
}
