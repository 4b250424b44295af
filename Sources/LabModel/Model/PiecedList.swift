// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A list held in pieces of a fixed length, which copies of it share: changing one element copies
/// its piece, not the list. The program, the open folder and the tables each hold the lab's
/// entities, and an edit of one of a million commitments must not copy the other 999,999.
public struct PiecedList<Element>: RandomAccessCollection {
    @usableFromInline static var pieceLength: Int { 1_024 }

    @usableFromInline var pieces: [[Element]] = []
    public private(set) var count = 0

    public init() {}

    public init<Elements: Sequence>(_ elements: Elements) where Elements.Element == Element {
        var piece: [Element] = []
        piece.reserveCapacity(Self.pieceLength)
        for element in elements {
            piece.append(element)
            if piece.count == Self.pieceLength {
                pieces.append(piece)
                piece.removeAll(keepingCapacity: true)
            }
        }
        if !piece.isEmpty { pieces.append(piece) }
        count = pieces.reduce(0) { $0 + $1.count }
    }

    /// The elements of `parts` in order, moved into the list's own pieces: no element is copied, so
    /// a hundred thousand entities read in pieces of another length are not retained and released again.
    public init(joining parts: consuming [[Element]]) {
        count = parts.reduce(0) { $0 + $1.count }
        let pieceCount = (count + Self.pieceLength - 1) / Self.pieceLength
        pieces = Array(repeating: [], count: pieceCount)
        // Filled from the end, where taking an element out of an array moves it.
        for index in pieces.indices.reversed() {
            let length = index == pieceCount - 1 ? count - index * Self.pieceLength : Self.pieceLength
            var piece: [Element] = []
            piece.reserveCapacity(length)
            while piece.count < length {
                while parts[parts.count - 1].isEmpty { parts.removeLast() }
                piece.append(parts[parts.count - 1].removeLast())
            }
            piece.reverse()
            pieces[index] = piece
        }
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    // Inlinable so that the panes, in another module, read it specialized instead of asking the
    // runtime for the element's type metadata on every access.
    @inlinable public subscript(position: Int) -> Element {
        // Read in place, as an array's element is: `list[i].state` does not copy the whole element.
        _read {
            precondition(position >= 0 && position < count, "PiecedList index out of range")
            yield pieces[position / Self.pieceLength][position % Self.pieceLength]
        }
        set {
            precondition(position >= 0 && position < count, "PiecedList index out of range")
            pieces[position / Self.pieceLength][position % Self.pieceLength] = newValue
        }
    }

    public mutating func append(_ element: Element) {
        if pieces.isEmpty || pieces[pieces.count - 1].count == Self.pieceLength {
            var piece: [Element] = []
            piece.reserveCapacity(Self.pieceLength)
            pieces.append(piece)
        }
        pieces[pieces.count - 1].append(element)
        count += 1
    }
}

extension PiecedList where Element: Equatable {
    /// Whether this list begins with all of `other`; pieces the two share are not compared element by element.
    public func begins(with other: PiecedList) -> Bool {
        guard other.count <= count else { return false }
        for (index, piece) in other.pieces.enumerated() {
            let mine = pieces[index]
            let shared = mine.withUnsafeBufferPointer { a in piece.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
            if shared, mine.count == piece.count { continue }
            guard mine.starts(with: piece) else { return false }
        }
        return true
    }
}

extension PiecedList: Sendable where Element: Sendable {}

extension PiecedList: Equatable where Element: Equatable {
    public static func == (left: PiecedList, right: PiecedList) -> Bool {
        left.count == right.count && left.elementsEqual(right)
    }
}

extension PiecedList: Hashable where Element: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension PiecedList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}
