// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// What a person typed after `/`, read: plain words, found in the columns on screen, and field
/// terms, `status:voorgesteld partner:ing waarde>10000 -project:-`, matched against the field's
/// value. A row is shown when it passes every part. A part that cannot be read is left out, and
/// the first such part is the problem the title shows.
///
///     filter  = part { " " part }
///     part    = [ "-" ] ( field comparison value | word )
///     field   = a field's key, option or label in Dutch or English (`status`, `state`, `waarde`)
///     comparison = ":" (holds, or is) | "=" (is, whole) | ">" | "<" | ">=" | "<="
///     value   = text, or "text with spaces"; "-" for a field left empty
public struct FilterQuery: Sendable {
    public struct Word: Sendable, Hashable {
        public let typed: String
        public let folded: [UInt8]
        public let isNegated: Bool
    }

    public private(set) var words: [Word] = []
    public private(set) var terms: [FieldTerm] = []
    public private(set) var problem: FilterProblem?
    /// The text ends inside double quotes, where a space does not end a word.
    private var endsInQuotes = false

    public var isEmpty: Bool { words.isEmpty && terms.isEmpty }

    /// Every part is a word a row must contain: then a longer filter only narrows what a shorter one found.
    public var isWordsOnly: Bool { terms.isEmpty && problem == nil && words.allSatisfy { !$0.isNegated } }

    /// The words whose matches are marked on screen.
    public var wordsToMark: [[UInt8]] { words.filter { !$0.isNegated }.map(\.folded) }

    /// Reads `text` for rows of `kind`, with `today` for the dates counted from it; without a kind
    /// (the log) every part is a word.
    public init(_ text: String, kind: EntityKind?, language: Language, today: Day, showsPersonalData: Bool = true) {
        let (tokens, endsInQuotes) = Self.tokens(of: text)
        self.endsInQuotes = endsInQuotes
        for token in tokens {
            let negated = token.text.count > 1 && token.text.hasPrefix("-")
            let body = negated ? String(token.text.dropFirst()) : token.text
            if let kind, !token.isQuoted, let (name, comparison, value) = Self.fieldPart(body) {
                guard let field = FilterField.named(name, in: kind) else {
                    if problem == nil { problem = .unknownField(name, known: Language.allCases.map { FilterField.names(of: kind, in: $0) }) }
                    continue
                }
                switch FieldTerm.read(value.trimmingSpaces(), for: field, comparison: comparison, negated: negated, language: language,
                                      today: today, showsPersonalData: showsPersonalData) {
                case .success(let term): terms.append(term)
                case .failure(let failure): if problem == nil { problem = failure }
                }
            } else {
                let folded = SearchText.folded(body)
                if !folded.isEmpty { words.append(Word(typed: body, folded: folded, isNegated: negated)) }
            }
        }
    }

    /// The query of `text + suffix`, read from this one (the query of `text`) when both are plain
    /// words: the last word grows and new ones follow, without reading it all again, so that a paste
    /// of ten thousand characters, which arrives a key at a time, costs each key its own character.
    /// `nil` when the suffix could change what the words are.
    public func extended(from text: String, by suffix: String) -> FilterQuery? {
        guard isWordsOnly, !endsInQuotes, !suffix.utf8.contains(where: { ":=<>\"-".utf8.contains($0) }) else { return nil }
        var query = self
        var pieces = suffix.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if !text.isEmpty, !text.hasSuffix(" "), let first = pieces.first {
            pieces.removeFirst()
            if let last = query.words.popLast() {
                // The word must end the text as typed: after a closing quote, or an empty `""`, a new word begins.
                guard last.typed != "-" || first.isEmpty, text.hasSuffix(last.typed), !text.hasSuffix("\"") else { return nil }
                query.words.append(Word(typed: last.typed + first, folded: last.folded + SearchText.folded(first), isNegated: false))
            } else {
                return nil
            }
        }
        for piece in pieces where !piece.isEmpty {
            query.words.append(Word(typed: piece, folded: SearchText.folded(piece), isNegated: false))
        }
        return query
    }

    /// Splits at spaces outside double quotes, which are taken out; a token whose text starts with
    /// a quote (after a `-`) is a word, never a field.
    private static func tokens(of text: String) -> (tokens: [(text: String, isQuoted: Bool)], endsInQuotes: Bool) {
        var tokens: [(text: String, isQuoted: Bool)] = []
        var current = ""
        var isQuoted = false
        var inQuotes = false
        for character in text {
            if character == "\"" {
                if current.isEmpty || current == "-" { isQuoted = true }
                inQuotes.toggle()
            } else if character == " " && !inQuotes {
                if !current.isEmpty { tokens.append((current, isQuoted)) }
                current = ""
                isQuoted = false
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append((current, isQuoted)) }
        return (tokens, inQuotes)
    }

    /// `name`, comparison and value when `body` has the form of a field term: a name that starts with
    /// a letter, then a comparison.
    private static func fieldPart(_ body: String) -> (String, FieldTerm.Comparison, String)? {
        guard let first = body.first, first.isLetter,
              let at = body.firstIndex(where: { ":=<>".contains($0) }) else { return nil }
        let name = String(body[..<at])
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || "-._".contains($0) }) else { return nil }
        let rest = body[at...]
        guard let comparison = FieldTerm.Comparison.allCases.first(where: { rest.hasPrefix($0.rawValue) }) else { return nil }
        return (name, comparison, String(rest.dropFirst(comparison.rawValue.count)))
    }
}
