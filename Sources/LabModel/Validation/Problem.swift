// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Something wrong in a data folder: which file, where, and what.
public struct Problem: Sendable, Hashable {
    public var file: String
    public var path: JSONPath?
    public var position: SourcePosition?
    public var kind: ProblemKind

    public init(file: String, path: JSONPath? = nil, position: SourcePosition? = nil, kind: ProblemKind) {
        self.file = file
        self.path = path
        self.position = position
        self.kind = kind
    }

    /// `partners.json:12:18: $.partners[3].scope: onbekende waarde "nationaal"; …`
    public func rendered(in language: Language) -> String {
        var place = file
        if let position { place += ":\(position)" }
        var text = place + ": "
        if let path, !path.components.isEmpty { text += "\(path): " }
        return text + kind.message(in: language)
    }
}

public enum ProblemKind: Error, Sendable, Hashable {
    // The folder and its files.
    case folderMissing
    case folderUnreadable(reason: String)
    case fileMissing
    case fileUnreadable(reason: String)
    case fileUnwritable(reason: String)
    case notARegularFile
    case syntax(JSONSyntaxError.Reason)
    case unsupportedSchemaVersion(found: String)
    // One value.
    case missingField(String)
    case wrongType(expected: JSONTypeName, found: JSONTypeName)
    case unknownField(String, suggestion: String?)
    case unknownValue(String, allowed: [String])
    case emptyText
    case invalidID(String)
    case invalidDate(String)
    /// A day typed in a form or on the command line, which may be written in more ways than in a file.
    case unreadableDay(String)
    case invalidTimestamp(String)
    case invalidAmount(String, decimals: Int)
    case invalidRevision(String)
    /// A budget's year that is no whole number of the years a budget may be set for.
    case invalidYear(String)
    /// A second budget for the same year.
    case duplicateYear(Int)
    case invalidEmail(String)
    case unknownTimeZone(String)
    case invalidIntervalDays(String)
    case negativeAmount(String)
    case untilBeforeFrom(from: Day, until: Day)
    case valueNotAmount(amount: String, value: String)
    // What a person typed in a form or on the command line.
    case numberRefused(NumberRefusal)
    case unknownChoice(String, suggestions: [LocalizedText], allowed: [LocalizedText])
    case unknownReference(EntityKind, String, suggestions: [String])
    case needsRate(unit: String, rate: String)
    // Between values.
    case duplicateID(String, firstAt: JSONPath)
    case unknownPartner(String)
    case unknownProject(String)
    case unknownLead(String)
    case unknownArrangement(String, allowed: [String])
    case unknownDebtPhase(String, allowed: [String])
    case repeatedDebtPhase(String)
    // The journal.
    case tornJournalLine
    case journalIDMismatch(entryID: String, valueID: String)
    case journalAlreadyExists(EntityKind, String)
    case journalMissing(EntityKind, String)
    case journalConflict(EntityKind, String, base: Int, current: Int)
    indirect case journalInvalidEdit(ProblemKind)
    case unknownEntityKind(String)
    // Settings files (themes, keymaps, tours, the configuration): what their readers say in their own words.
    case described(LocalizedText)
    case unknownSetting(String, suggestion: String?)
}
