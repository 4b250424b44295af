// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Reads the elements of a large array on every core. The array is cut where an element seems to
/// start, a `{` on a new line after a comma (a line break is never inside a JSON string), each piece
/// is parsed on its own, and the pieces count only when each one ended exactly where the next began:
/// then every piece was parsed as reading the array from its start would have.
enum JSONArrayPieces {
    /// About how many bytes one piece holds.
    static let pieceLength = 1 << 20

    /// The elements made by `makeElement`, in order, and the offset after the array's `]`; `nil` when
    /// an element could not be made, the array is not well-formed, or a cut fell inside an element.
    /// `makeElement` is called once per piece, on the thread that reads it.
    static func read<Element: Sendable>(_ bytes: UnsafeBufferPointer<UInt8>, arrayAt start: Int, pieceLength: Int = pieceLength,
                                        _ makeElement: @Sendable () -> (JSONNode) -> Element?) -> (elements: PiecedList<Element>, end: Int)? {
        var first = start + 1
        while first < bytes.count, isWhitespace(bytes[first]) { first += 1 }
        guard first < bytes.count else { return nil }
        if bytes[first] == UInt8(ascii: "]") { return (PiecedList(), first + 1) }
        let cuts = [first] + cuts(in: bytes, after: first, pieceLength: pieceLength)
        let shared = SharedBytes(bytes: bytes)
        var pieces = Parallel.map(cuts.count) { piece in
            readPiece(shared.bytes, from: cuts[piece], until: piece + 1 < cuts.count ? cuts[piece + 1] : nil, makeElement)
        }
        var parts: [[Element]] = []
        parts.reserveCapacity(pieces.count)
        // Each piece counts once the one before it reached its start exactly.
        for position in pieces.indices {
            guard let piece = pieces[position].take() else { return nil }
            switch piece.end {
            case .reachedBoundary:
                parts.append(piece.elements)
            case .closed(let after):
                parts.append(piece.elements)
                return (PiecedList(joining: parts), after)
            case .missedBoundary:
                // The next cut fell inside an element: this piece reads on to the array's end alone.
                guard let rest = readPiece(bytes, from: cuts[position], until: nil, makeElement),
                      case .closed(let after) = rest.end else { return nil }
                parts.append(rest.elements)
                return (PiecedList(joining: parts), after)
            }
        }
        return nil
    }

    private static func readPiece<Element: Sendable>(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, until boundary: Int?,
                                                     _ makeElement: () -> (JSONNode) -> Element?) -> Piece<Element>? {
        let make = makeElement()
        var elements: [Element] = []
        var failed = false
        let end = try? JSONParser.parseElements(bytes, from: start, until: boundary) { node in
            guard !failed, let element = make(node) else { failed = true; return }
            elements.append(element)
        }
        guard let end, !failed else { return nil }
        return Piece(elements: elements, end: end)
    }

    private struct Piece<Element: Sendable>: Sendable {
        let elements: [Element]
        let end: JSONParser.ElementsEnd
    }

    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// Offsets after `first`, about a piece apart, where an element seems to start; none when the
    /// first element does not start a line.
    private static func cuts(in bytes: UnsafeBufferPointer<UInt8>, after first: Int, pieceLength: Int) -> [Int] {
        guard let indent = indent(of: first, in: bytes) else { return [] }
        var cuts: [Int] = []
        var guess = first + pieceLength
        while guess < bytes.count {
            guard let cut = elementStart(in: bytes, from: guess, indent: indent) else { break }
            cuts.append(cut)
            guess = cut + pieceLength
        }
        return cuts
    }

    /// How far the value at `offset` stands from the start of its line, when only whitespace is before it.
    private static func indent(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") {
            guard isWhitespace(bytes[lineStart - 1]) else { return nil }
            lineStart -= 1
        }
        return lineStart > 0 ? offset - lineStart : nil
    }

    /// The first `{` from `offset` on that starts a line at `indent`, after a comma: in a file as
    /// written it starts an element of the array, not of one nested deeper.
    private static func elementStart(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int, indent: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\n") else { index += 1; continue }
            var before = index - 1
            while before > 0, isWhitespace(bytes[before]) { before -= 1 }
            var after = index + 1
            while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
            if bytes[before] == UInt8(ascii: ","), after - index - 1 == indent, after < bytes.count, bytes[after] == UInt8(ascii: "{") {
                return after
            }
            index = after
        }
        return nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
