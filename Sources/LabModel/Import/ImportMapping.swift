// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What a person wrote down for a sheet whose headers the program does not know: which field a
/// header means, and which columns to leave out. Kept as JSON beside the data folder for next month:
///
///     {"kind": "commitment", "sheet": "Toezeggingen 2026",
///      "columns": {"Org.": "partner", "Bedrag incl.": "amount"}, "ignore": ["Intern"]}
public struct ImportMapping: Sendable, Hashable {
    public var kind: EntityKind?
    public var sheet: String?
    private var columns: [MatchKey: [String]] = [:]
    private var ignored: Set<MatchKey> = []

    public static let none = ImportMapping()

    /// The mapping kept in the data folder, used when no other is given.
    public static let keptFileName = "import-map.json"

    private init() {}

    enum Choice: Equatable {
        case field([String])
        case leftOut
        case unmapped
    }

    func choice(for header: String) -> Choice {
        let key = MatchKey(header)
        if ignored.contains(key) { return .leftOut }
        return columns[key].map(Choice.field) ?? .unmapped
    }

    /// The mapping in `bytes`, and every problem in it with its line and column; a mapping with
    /// problems is not to be used.
    public static func read(_ bytes: [UInt8], file: String) -> (mapping: ImportMapping, problems: [Problem]) {
        let settings = SettingsFile(bytes: bytes, file: file)
        var mapping = ImportMapping()
        if let root = settings.root {
            if let value = root.value("kind"), let text = value.string {
                if let kind = EntityKind(rawValue: text) { mapping.kind = kind } else {
                    value.refuse(.unknownValue(text, allowed: EntityKind.allCases.map(\.rawValue)))
                }
            }
            mapping.sheet = root.value("sheet")?.string
            let paths = Set(EntityKind.allCases.filter { mapping.kind == nil || $0 == mapping.kind }.flatMap { kind in
                HeaderWords.candidates(of: kind).map(\.code)
            })
            if let columns = root.value("columns")?.object {
                for header in columns.keys {
                    guard let value = columns.value(header), let path = value.string else { continue }
                    guard paths.contains(path) else {
                        let near = FieldNameSuggestion.closest(to: path, among: paths).map { "\"\($0)\"" }
                        value.refuse(.described(LocalizedText(nl: "geen veld: \"\(path)\"" + (near.map { "; bedoelt u \($0)?" } ?? ""),
                                                              en: "no field: \"\(path)\"" + (near.map { "; did you mean \($0)?" } ?? ""))))
                        continue
                    }
                    mapping.columns[MatchKey(header)] = path.split(separator: ".").map(String.init)
                }
            }
            for value in root.value("ignore")?.elements ?? [] {
                if let header = value.string { mapping.ignored.insert(MatchKey(header)) }
            }
            root.finish()
        }
        return (mapping, settings.problems)
    }
}
