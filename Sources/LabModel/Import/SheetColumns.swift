// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Which field of which kind of entity each column of a sheet fills, found from the header row: a
/// header is a field's Dutch or English label, its key or its option name (case, accents, a unit in
/// brackets and a trailing colon do not matter), or a word spreadsheets use for it ("Bedrag").
public struct SheetColumns: Sendable, Hashable {
    public let kind: EntityKind
    /// The index in the sheet's rows of the header row; the rows after it are the entities.
    public let headerIndex: Int
    /// The field path each matched column fills, by column index.
    public let fields: [Int: [String]]
    /// The headers that name no field, with the fields they may mean.
    public let unmatched: [UnmatchedHeader]
    /// The language of the headers, which is also how text in the cells writes numbers.
    public let language: Language

    public struct UnmatchedHeader: Sendable, Hashable {
        public let column: Int
        public let header: String
        public let suggestions: [[String]]
    }

    /// The column that fills `path`, if any.
    public func column(of path: [String]) -> Int? {
        fields.first { $0.value == path }?.key
    }

    public func header(of column: Int, in sheet: Sheet) -> String {
        guard case .text(let text) = sheet.rows[headerIndex][column] else { return ColumnName.letters(column) }
        return text
    }
}

extension SheetColumns {
    /// The header row is the first of the first ten rows in which two or more cells name fields of one
    /// kind, so a title row above it (often merged across the columns) is passed over. `kind` fixes the
    /// kind; else the kind whose fields the most headers name, commitments on a tie. `mapping` names
    /// fields for headers that do not, and columns to leave out. `numberLanguage` is how the file writes
    /// numbers when the file itself says so (Excel's Dutch CSV); else the headers' language tells.
    public static func find(in sheet: Sheet, kind: EntityKind? = nil, mapping: ImportMapping = .none,
                            numberLanguage: Language? = nil) -> SheetColumns? {
        let kinds = kind.map { [$0] } ?? [.commitment, .partner, .project]
        var best: SheetColumns?
        for (index, row) in sheet.rows.prefix(10).enumerated() where !row.isEmpty {
            for kind in kinds {
                let found = columns(of: row, at: index, as: kind, mapping: mapping, numberLanguage: numberLanguage)
                if found.fields.count >= 2, found.fields.count > (best?.fields.count ?? 0) { best = found }
            }
            if best != nil { return best }
        }
        return nil
    }

    private static func columns(of row: SheetRow, at index: Int, as kind: EntityKind, mapping: ImportMapping,
                                numberLanguage: Language?) -> SheetColumns {
        var fields: [Int: [String]] = [:]
        var unmatched: [UnmatchedHeader] = []
        var votes: [Language: Int] = [:]
        let candidates = HeaderWords.candidates(of: kind)
        for (column, cell) in row.cells.enumerated() {
            guard case .text(let header) = cell, !cell.isEmpty else { continue }
            switch mapping.choice(for: header) {
            case .leftOut: continue
            case .field(let path): fields[column] = path; continue
            case .unmapped: break
            }
            switch ChoiceInput.match(HeaderWords.normalized(header), among: candidates) {
            case .success(let code):
                let path = code.split(separator: ".").map(String.init)
                if !fields.values.contains(path) { fields[column] = path }
                if let language = HeaderWords.language(of: header, for: path, in: kind) { votes[language, default: 0] += 1 }
            case .failure(let near):
                unmatched.append(UnmatchedHeader(column: column, header: header, suggestions: near.codes.map { $0.split(separator: ".").map(String.init) }))
            }
        }
        let language: Language = numberLanguage ?? ((votes[.en] ?? 0) > (votes[.nl] ?? 0) ? .en : .nl)
        return SheetColumns(kind: kind, headerIndex: index, fields: fields, unmatched: unmatched, language: language)
    }
}

/// The words a header may use for each field.
enum HeaderWords {
    /// Words for fields that spreadsheets use besides the catalogue's labels.
    private static let spreadsheetWords: [EntityKind: [String: [String]]] = [
        .commitment: [
            "id": ["Nummer", "Number", "Nr"],
            "partner": ["Organisatie", "Organisation", "Organization", "Partnernaam", "Partner name"],
            "amount": ["Bedrag", "Aantal", "Omvang", "Quantity"],
            "valueEUR": ["Waarde in euro", "Value in euros", "Geschatte waarde", "Estimated value"],
            "from": ["Begin", "Startdatum", "Start", "Ingangsdatum", "Start date"],
            "until": ["Eind", "Einde", "Einddatum", "End", "End date"],
            "note": ["Opmerking", "Toelichting", "Remark", "Comment"],
        ],
        .partner: ["contact.email": ["E-mail", "E-mailadres", "Email"], "note": ["Opmerking", "Toelichting", "Remark", "Comment"]],
        .project: ["lead": ["Trekker (partner)", "Penvoerder"]],
    ]

    static func candidates(of kind: EntityKind) -> [Candidate] {
        let typed = [(path: ["id"], field: FieldCatalogue.field("id", of: kind)!)] + FieldCatalogue.typedFields(of: kind)
        return typed.map { path, field in
            var names = [FieldCatalogue.optionName(of: path, in: kind)]
            // A part of a group goes by both names (`Contactpersoon Naam`): its own (`Naam`) is the entity's name.
            if path.count > 1, let group = FieldCatalogue.field(path[0], of: kind) {
                names += [group.label.nl + " " + field.label.nl, group.label.en + " " + field.label.en]
            } else {
                names += [field.label.nl, field.label.en, field.key]
            }
            names += spreadsheetWords[kind]?[path.joined(separator: ".")] ?? []
            return Candidate(code: path.joined(separator: "."), names: names)
        }
    }

    /// The language whose label the header is, when it is one language's only.
    static func language(of header: String, for path: [String], in kind: EntityKind) -> Language? {
        guard let field = FieldCatalogue.field(at: path, of: kind)?.field else { return nil }
        let key = MatchKey(normalized(header))
        let isDutch = MatchKey(field.label.nl) == key, isEnglish = MatchKey(field.label.en) == key
        return isDutch == isEnglish ? nil : (isDutch ? .nl : .en)
    }

    /// The header without what people add to it: `Bedrag (€)`, `Partner:`, `Van *`.
    static func normalized(_ header: String) -> String {
        var text = header
        if let open = text.firstIndex(of: "("), text.last == ")" || text.contains(")") { text = String(text[..<open]) }
        return text.trimming { $0.isSpaceOrLineBreak || $0 == "*" || $0 == ":" }
    }
}
