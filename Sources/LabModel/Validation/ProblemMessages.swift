// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension ProblemKind {
    /// The problem in words a coordinator understands; values from the data are quoted and made visible.
    public func message(in language: Language) -> String {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }

    private var dutch: String {
        switch self {
        case .folderMissing: "de map bestaat niet"
        case .folderUnreadable(let reason): "de map kan niet gelezen worden (\(reason))"
        case .fileMissing: "het bestand ontbreekt"
        case .fileUnreadable(let reason): "het bestand kan niet gelezen worden (\(reason))"
        case .fileUnwritable(let reason): "het bestand kan niet geschreven worden (\(reason))"
        case .notARegularFile: "dit is geen gewoon bestand (een map of apparaat?)"
        case .syntax(let reason): "geen geldige JSON: " + reason.dutch
        case .unsupportedSchemaVersion(let found):
            "schemaVersion \(quoted(found)) wordt niet ondersteund; deze versie van schuldenlab leest schemaVersion \(Lab.schemaVersion)"
        case .described(let text): text.nl
        case .unknownSetting(let key, let suggestion): "onbekend veld \(quoted(key))" + (suggestion.map { "; bedoelt u \(quoted($0))?" } ?? "")
        case .missingField(let key): "het veld \(quoted(key)) ontbreekt"
        case .wrongType(let expected, let found): "verwacht \(expected.dutch), maar dit is \(found.dutch)"
        case .unknownField(let key, let suggestion):
            "onbekend veld \(quoted(key))" + (suggestion.map { "; bedoelt u \(quoted($0))?" } ?? "") + " (het zou bij opslaan verloren gaan)"
        case .unknownValue(let value, let allowed): "onbekende waarde \(quoted(value)); toegestaan: \(list(allowed))"
        case .emptyText: "mag niet leeg zijn"
        case .invalidID(let id):
            "ongeldige id \(quoted(id)); gebruik kleine letters, cijfers en streepjes, zoals \"ing\" of \"c-0042\""
        case .invalidDate(let text): "ongeldige datum \(quoted(text)); schrijf JJJJ-MM-DD, zoals \"2019-07-01\""
        case .unreadableDay(let text): "ongeldige datum \(quoted(text)); schrijf \(DayInput.ways(in: .nl))"
        case .invalidTimestamp(let text):
            "ongeldig tijdstip \(quoted(text)); schrijf RFC 3339, zoals \"2019-07-01T09:30:00Z\""
        case .invalidAmount(let text, let decimals):
            "bedrag \(quoted(text)) past niet: ten hoogste \(decimals) decimalen en kleiner dan 1 biljoen (1.000.000.000.000)"
        case .invalidYear(let text): "jaar \(quoted(text)) moet een jaartal van \(YearBudget.years.lowerBound) tot en met \(YearBudget.years.upperBound) zijn"
        case .duplicateYear(let year): "voor \(year) staat al een budget"
        case .invalidRevision(let text): "revisie \(quoted(text)) moet een geheel getal van 1 tot en met \(MoneyFormat.group(UInt64(Stamp.maximumRevision), separator: ".")) zijn"
        case .invalidEmail(let text): "ongeldig e-mailadres \(quoted(text))"
        case .invalidIntervalDays(let text): "updatetermijn \(quoted(text)) moet een heel aantal dagen van \(Lab.updateIntervalRange.lowerBound) tot en met \(Lab.updateIntervalRange.upperBound) zijn"
        case .unknownTimeZone(let text): "onbekende tijdzone \(quoted(text)); schrijf een naam zoals \"Europe/Amsterdam\""
        case .negativeAmount(let text): "bedrag \(quoted(text)) is negatief"
        case .untilBeforeFrom(let from, let until): "einddatum \(until) ligt voor begindatum \(from)"
        case .valueNotAmount(let amount, let value):
            "bij een hoeveelheid in euro's is de waarde de hoeveelheid zelf, maar de hoeveelheid is \(amount) en de waarde \(value)"
        case .numberRefused(let refusal): refusal.message(in: .nl)
        case .unknownChoice(let text, let suggestions, let allowed):
            "onbekende waarde \(quoted(text))" + (suggestions.isEmpty ? "" : "; bedoelt u: \(list(suggestions.map(\.nl)))?")
                + "; mogelijk: \(list(allowed.map(\.nl)))"
        case .unknownReference(let kind, let id, let suggestions):
            "er is geen \(kind.dutch) \(quoted(id))" + (suggestions.isEmpty ? "" : "; bedoelt u: \(list(suggestions))?")
        case .needsRate(let unit, let rate):
            "de waarde in euro's van \(quoted(MeasureUnit(code: unit).name(in: .nl))) volgt uit het tarief, maar lab.json heeft geen rates.\(rate); geef de waarde zelf of stel het tarief in"
        case .duplicateID(let id, let firstAt): "id \(quoted(id)) komt dubbel voor (ook bij \(firstAt))"
        case .unknownPartner(let id): "er is geen partner \(quoted(id))"
        case .unknownProject(let id): "er is geen project \(quoted(id))"
        case .unknownLead(let id): "trekker \(quoted(id)) is geen partner in partners.json"
        case .unknownArrangement(let id, let allowed):
            "arrangement \(quoted(id)) bestaat niet in lab.json; bekend: \(list(allowed))"
        case .unknownDebtPhase(let id, let allowed):
            "schuldfase \(quoted(id)) bestaat niet in lab.json; bekend: \(list(allowed))"
        case .repeatedDebtPhase(let id): "schuldfase \(quoted(id)) staat er twee keer"
        case .tornJournalLine:
            "de laatste regel is afgebroken (een schrijver werd onderbroken voor hij klaar was); hij wordt overgeslagen"
        case .journalIDMismatch(let entryID, let valueID): "id \(quoted(entryID)) past niet bij de waarde met id \(quoted(valueID)); overgeslagen"
        case .journalAlreadyExists(let kind, let id): "\(kind.dutch) \(quoted(id)) bestaat al en kan niet opnieuw gemaakt worden; overgeslagen"
        case .journalMissing(let kind, let id): "\(kind.dutch) \(quoted(id)) bestaat niet; de wijziging is overgeslagen"
        case .journalConflict(let kind, let id, let base, let current):
            "\(kind.dutch) \(quoted(id)): gebaseerd op revisie \(base), maar de gegevens hebben revisie \(current); overgeslagen"
        case .journalInvalidEdit(let reason): "deze wijziging maakt de gegevens ongeldig (\(reason.dutch)); overgeslagen"
        case .unknownEntityKind(let kind): "onbekende soort \(quoted(kind)); verwacht partner, project of commitment"
        }
    }

    private var english: String {
        switch self {
        case .folderMissing: "the folder does not exist"
        case .folderUnreadable(let reason): "the folder cannot be read (\(reason))"
        case .fileMissing: "the file is missing"
        case .fileUnreadable(let reason): "the file cannot be read (\(reason))"
        case .fileUnwritable(let reason): "the file cannot be written (\(reason))"
        case .notARegularFile: "this is not a regular file (a folder or a device?)"
        case .syntax(let reason): "not valid JSON: " + reason.english
        case .unsupportedSchemaVersion(let found):
            "schemaVersion \(quoted(found)) is not supported; this version of schuldenlab reads schemaVersion \(Lab.schemaVersion)"
        case .described(let text): text.en
        case .unknownSetting(let key, let suggestion): "unknown field \(quoted(key))" + (suggestion.map { "; did you mean \(quoted($0))?" } ?? "")
        case .missingField(let key): "the field \(quoted(key)) is missing"
        case .wrongType(let expected, let found): "expected \(expected.english), but this is \(found.english)"
        case .unknownField(let key, let suggestion):
            "unknown field \(quoted(key))" + (suggestion.map { "; did you mean \(quoted($0))?" } ?? "") + " (it would be lost on saving)"
        case .unknownValue(let value, let allowed): "unknown value \(quoted(value)); allowed: \(list(allowed))"
        case .emptyText: "must not be empty"
        case .invalidID(let id):
            "invalid id \(quoted(id)); use lower-case letters, digits and hyphens, such as \"ing\" or \"c-0042\""
        case .invalidDate(let text): "invalid date \(quoted(text)); write YYYY-MM-DD, such as \"2019-07-01\""
        case .unreadableDay(let text): "invalid date \(quoted(text)); write \(DayInput.ways(in: .en))"
        case .invalidTimestamp(let text):
            "invalid timestamp \(quoted(text)); write RFC 3339, such as \"2019-07-01T09:30:00Z\""
        case .invalidAmount(let text, let decimals):
            "amount \(quoted(text)) does not fit: at most \(decimals) decimals and below 1 trillion (1,000,000,000,000)"
        case .invalidYear(let text): "year \(quoted(text)) must be a year from \(YearBudget.years.lowerBound) to \(YearBudget.years.upperBound)"
        case .duplicateYear(let year): "\(year) has a budget already"
        case .invalidRevision(let text): "revision \(quoted(text)) must be a whole number from 1 to \(MoneyFormat.group(UInt64(Stamp.maximumRevision), separator: ","))"
        case .invalidEmail(let text): "invalid e-mail address \(quoted(text))"
        case .invalidIntervalDays(let text): "update interval \(quoted(text)) must be a whole number of days from \(Lab.updateIntervalRange.lowerBound) to \(Lab.updateIntervalRange.upperBound)"
        case .unknownTimeZone(let text): "unknown time zone \(quoted(text)); write a name such as \"Europe/Amsterdam\""
        case .negativeAmount(let text): "amount \(quoted(text)) is negative"
        case .untilBeforeFrom(let from, let until): "end date \(until) is before start date \(from)"
        case .valueNotAmount(let amount, let value):
            "for an amount in euros the value is the amount itself, but the amount is \(amount) and the value \(value)"
        case .numberRefused(let refusal): refusal.message(in: .en)
        case .unknownChoice(let text, let suggestions, let allowed):
            "unknown value \(quoted(text))" + (suggestions.isEmpty ? "" : "; did you mean: \(list(suggestions.map(\.en)))?")
                + "; possible: \(list(allowed.map(\.en)))"
        case .unknownReference(let kind, let id, let suggestions):
            "there is no \(kind.rawValue) \(quoted(id))" + (suggestions.isEmpty ? "" : "; did you mean: \(list(suggestions))?")
        case .needsRate(let unit, let rate):
            "the value in euros of \(quoted(MeasureUnit(code: unit).name(in: .en))) follows from the rate, but lab.json has no rates.\(rate); give the value yourself or set the rate"
        case .duplicateID(let id, let firstAt): "id \(quoted(id)) occurs twice (also at \(firstAt))"
        case .unknownPartner(let id): "there is no partner \(quoted(id))"
        case .unknownProject(let id): "there is no project \(quoted(id))"
        case .unknownLead(let id): "lead \(quoted(id)) is not a partner in partners.json"
        case .unknownArrangement(let id, let allowed):
            "arrangement \(quoted(id)) does not exist in lab.json; known: \(list(allowed))"
        case .unknownDebtPhase(let id, let allowed):
            "debt phase \(quoted(id)) does not exist in lab.json; known: \(list(allowed))"
        case .repeatedDebtPhase(let id): "debt phase \(quoted(id)) is listed twice"
        case .tornJournalLine: "the last line is cut off (a writer was stopped before it finished); it is skipped"
        case .journalIDMismatch(let entryID, let valueID): "id \(quoted(entryID)) does not match the value's id \(quoted(valueID)); skipped"
        case .journalAlreadyExists(let kind, let id): "\(kind.rawValue) \(quoted(id)) already exists and cannot be created again; skipped"
        case .journalMissing(let kind, let id): "\(kind.rawValue) \(quoted(id)) does not exist; the change is skipped"
        case .journalConflict(let kind, let id, let base, let current):
            "\(kind.rawValue) \(quoted(id)): based on revision \(base), but the data has revision \(current); skipped"
        case .journalInvalidEdit(let reason): "this change would make the data invalid (\(reason.english)); skipped"
        case .unknownEntityKind(let kind): "unknown kind \(quoted(kind)); expected partner, project or commitment"
        }
    }
}

extension EntityKind {
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.commitment, .nl): "toezegging"
        case (.commitment, .en): "commitment"
        case (.partner, _): "partner"
        case (.project, _): "project"
        }
    }

    /// The name of many, as a table or a sheet is headed: `Toezeggingen`.
    public func pluralName(in language: Language) -> String {
        switch (self, language) {
        case (.partner, _): "Partners"
        case (.project, .nl): "Projecten"
        case (.project, .en): "Projects"
        case (.commitment, .nl): "Toezeggingen"
        case (.commitment, .en): "Commitments"
        }
    }

    var dutch: String { name(in: .nl) }
}

func quoted(_ text: String) -> String {
    let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
    return "\"" + shown.visible + "\""
}

func list(_ values: [String]) -> String {
    values.map(\.visible).joined(separator: ", ")
}

extension JSONTypeName {
    var dutch: String {
        switch self {
        case .null: "null"
        case .boolean: "true of false"
        case .number: "een getal"
        case .string: "een tekst"
        case .array: "een lijst"
        case .object: "een object"
        }
    }

    var english: String {
        switch self {
        case .null: "null"
        case .boolean: "true or false"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

extension JSONSyntaxError.Reason {
    var dutch: String {
        switch self {
        case .emptyFile: "het bestand is leeg"
        case .unexpectedEnd: "het bestand houdt midden in een waarde op (afgebroken?)"
        case .unexpectedCharacter(let character): "onverwacht teken \(quoted(character))"
        case .trailingContent: "na het einde van de waarde staat nog tekst"
        case .invalidEscape: "ongeldige escape met \\"
        case .invalidUnicodeEscape: "ongeldige \\u-escape"
        case .controlCharacterInString: "een tekst bevat een los stuurteken (gebruik \\n of \\t)"
        case .invalidNumber: "ongeldig getal"
        case .invalidUTF8: "geen geldige UTF-8 (is het bestand in een andere tekenset opgeslagen?)"
        case .duplicateKey(let key): "de sleutel \(quoted(key)) staat twee keer in hetzelfde object"
        case .tooDeep(let limit): "meer dan \(limit) niveaus diep genest"
        }
    }

    var english: String {
        switch self {
        case .emptyFile: "the file is empty"
        case .unexpectedEnd: "the file ends in the middle of a value (truncated?)"
        case .unexpectedCharacter(let character): "unexpected character \(quoted(character))"
        case .trailingContent: "there is more text after the end of the value"
        case .invalidEscape: "invalid escape with \\"
        case .invalidUnicodeEscape: "invalid \\u escape"
        case .controlCharacterInString: "a string holds a raw control character (use \\n or \\t)"
        case .invalidNumber: "invalid number"
        case .invalidUTF8: "not valid UTF-8 (was the file saved in another character set?)"
        case .duplicateKey(let key): "the key \(quoted(key)) occurs twice in the same object"
        case .tooDeep(let limit): "nested more than \(limit) levels deep"
        }
    }
}
