// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A piece of text in one theme slot.
public struct Span: Hashable, Sendable {
    public var text: String
    public var slot: ThemeSlot

    public init(_ text: String, _ slot: ThemeSlot = .text) {
        self.text = text
        self.slot = slot
    }
}

/// One line of styled text.
/// A row of a pane, as a line of a detail points to it.
public struct RowLink: Hashable, Sendable {
    public let pane: PaneID
    public let id: String
}

public struct Line: Hashable, Sendable {
    public var spans: [Span]
    /// The row this line stands for, opened with Enter in a detail.
    public var link: RowLink?
    /// Where a wrapped line goes on, in columns; else under its own first word (at least 2).
    public var hangingIndent: Int?

    public init(_ spans: [Span], link: RowLink? = nil) {
        self.spans = spans
        self.link = link
    }

    public init(_ text: String, _ slot: ThemeSlot = .text) {
        spans = [Span(text, slot)]
    }

    public static let blank = Line([])

    /// The line with its wrapped part going on at `column`: under the text after a key or a bullet.
    func hanging(at column: Int) -> Line {
        var line = self
        line.hangingIndent = column
        return line
    }

    /// A line of help: a key or a syntax in a column of its own and what it does, wrapped under the text.
    static func keyed(_ key: String, _ keySlot: ThemeSlot, _ text: [Span]) -> Line {
        Line([Span("  " + key.padded(toWidth: 16) + " ", keySlot)] + text).hanging(at: 19)
    }

    /// The column a wrapped part of this line goes on at.
    var continuationIndent: Int {
        hangingIndent ?? max(2, spans.map(\.text).joined().prefix { $0 == " " }.count)
    }

    func linking(to pane: PaneID, _ id: String) -> Line {
        var line = self
        line.link = RowLink(pane: pane, id: id)
        return line
    }

    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text.visible) } }

    /// The line broken at spaces so that no piece is wider than `width`; a word longer than
    /// the width is cut. Continuation lines are indented by `indent` columns.
    public func wrapped(toWidth width: Int, indent: Int = 0) -> [Line] {
        guard width > indent + 1, self.width > width else { return [self] }
        var lines: [Line] = []
        var current: [Span] = []
        var used = 0
        func flush() {
            lines.append(Line(current, link: link))
            current = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
            used = indent
        }
        for span in spans {
            let words = Line.unbreakableWords(span.text.visible)
            for (index, word) in words.enumerated() {
                var piece = String(word) + (index < words.count - 1 ? " " : "")
                while DisplayWidth.of(piece) > width - used {
                    if used > indent, DisplayWidth.of(piece.trimmingTrailingSpaces) <= width - indent {
                        flush()
                        continue
                    }
                    let room = width - used
                    let head = piece.prefixFitting(width: room)
                    current.append(Span(head, span.slot))
                    piece = String(piece.dropFirst(head.count))
                    flush()
                }
                if !piece.isEmpty {
                    current.append(Span(piece, span.slot))
                    used += DisplayWidth.of(piece)
                }
            }
        }
        if !current.isEmpty { lines.append(Line(current, link: link)) }
        return lines
    }

    /// `text` wrapped to `width`, going on at `indent`, in at most `maximumLines` lines: what does not fit
    /// is folded into the last line and cut there, visibly.
    static func wrappedText(_ text: String, toWidth width: Int, indent: Int, maximumLines: Int) -> [String] {
        let lines = Line(text).wrapped(toWidth: max(1, width), indent: indent).map { $0.spans.map(\.text).joined() }
        guard lines.count > maximumLines else { return lines }
        let rest = lines[(maximumLines - 1)...].map { $0.trimmingSpaces() }.joined(separator: " ")
        return Array(lines.prefix(maximumLines - 1)) + [String(repeating: " ", count: indent) + rest.truncated(toWidth: width - indent)]
    }

    private static let magnitudes: Set<String> = ["mln", "mld"]

    /// The text's words, where a value that must stay whole is one word: `€ 3.021.800`, `€ 1 mln`, `16 dec 2019`.
    static func unbreakableWords(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        var index = 0
        while index < words.count {
            func isDate(at start: Int) -> Bool {
                let day = words[start].drop { $0 == "(" }
                return start + 2 < words.count && (1...2).contains(day.count) && day.allSatisfy(\.isNumber)
                    && words[start + 1].count == 3 && words[start + 1].allSatisfy(\.isLetter)
                    && words[start + 2].prefix(4).count == 4 && words[start + 2].prefix(4).allSatisfy(\.isNumber)
            }
            func amountLength(at start: Int) -> Int? {
                guard words[start] == "€", start + 1 < words.count, !words[start + 1].isEmpty else { return nil }
                return start + 2 < words.count && Self.magnitudes.contains(String(words[start + 2].prefix { $0.isLetter })) ? 3 : 2
            }
            let length = amountLength(at: index) ?? (isDate(at: index) ? 3 : 1)
            result.append(words[index..<index + length].joined(separator: " "))
            index += length
        }
        return result
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The longest start of the text that fits in `width` columns (at least one character).
    func prefixFitting(width: Int) -> String {
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width, !result.isEmpty { break }
            result.append(character)
            used += characterWidth
        }
        return result
    }
}
