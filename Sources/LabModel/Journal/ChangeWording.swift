// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// An edit said in words, with the field names and values of the reader's language:
/// `Status: toegezegd → geleverd`, `Hoeveelheid: € 30.000 → € 25.000`,
/// `Nieuwe statusupdate (aandacht): "Wacht op de bank"`. Every place that shows an edit uses this.
public enum ChangeWording {
    /// Each change of `value`'s edit as a phrase; values longer than `limit` characters are cut. Without
    /// `showingPersonalData` a contact's change is said without its values: `Contactpersoon: gewijzigd`.
    public static func phrases(_ changes: [FieldChange], of value: EntityValue, in language: Language, data: LabData,
                               limit: Int? = nil, showingPersonalData: Bool = true) -> [String] {
        let unit: MeasureUnit? = if case .commitment(let commitment) = value { MeasureUnit(code: commitment.unit) } else { nil }
        let newUpdates = changes.first { $0.field == "updates" }.map { added(from: $0.before, to: $0.after) } ?? []
        let healthChange = changes.first { $0.field == "health" }
        var phrases: [String] = []
        for change in changes {
            guard let field = FieldCatalogue.field(change.field, of: value.kind) else { continue }
            // A status update that set the project's health says so itself.
            if change.field == "health", let last = newUpdates.last, member(of: last, "health") == change.after { continue }
            if case .list(let parts) = field.shape, case let items = added(from: change.before, to: change.after), !items.isEmpty {
                for item in items {
                    phrases.append(newItem(item, in: field, parts: parts, healthChange: change.field == "updates" ? healthChange : nil,
                                           language: language, data: data, limit: limit))
                }
                continue
            }
            if field.isPersonal, !showingPersonalData {
                phrases.append("\(field.label.text(in: language)): \(language == .nl ? "gewijzigd" : "changed")")
                continue
            }
            // A group changed in some of its parts says those: `Doel, bereikt: 410 → 1.450`.
            if case .group(let parts) = field.shape, case .object(let old)? = change.before, case .object(let new)? = change.after {
                for part in parts {
                    let (was, now) = (old.first { $0.key == part.key }?.value.value, new.first { $0.key == part.key }?.value.value)
                    guard was != now else { continue }
                    let before = cut(FieldDisplay.text(was, for: part, in: language, data: data), limit)
                    let after = cut(FieldDisplay.text(now, for: part, in: language, data: data), limit)
                    phrases.append("\(field.label.text(in: language)), \(part.label.text(in: language).lowercased()): \(before) → \(after)")
                }
                continue
            }
            let before = cut(FieldDisplay.text(change.before, for: field, in: language, data: data, unit: unit), limit)
            let after = cut(FieldDisplay.text(change.after, for: field, in: language, data: data, unit: unit), limit)
            phrases.append("\(field.label.text(in: language)): \(before) → \(after)")
        }
        return phrases
    }

    /// The whole edit in one line: `nieuw` for a new entity, the phrases joined, or the revision when
    /// the version before is not on record.
    public static func summary(_ item: HistoryItem, in language: Language, data: LabData, limit: Int? = nil,
                               showingPersonalData: Bool = true) -> String {
        if item.entry.baseRevision == nil { return language == .nl ? "nieuw" : "created" }
        guard item.changes != nil || !item.entry.erased.isEmpty else {
            return (language == .nl ? "revisie " : "revision ") + String(item.entry.value.stamp.revision)
        }
        let phrases = phrases(of: item, in: language, data: data, limit: limit, showingPersonalData: showingPersonalData)
        return phrases.isEmpty ? (language == .nl ? "niets gewijzigd" : "nothing changed") : phrases.joined(separator: "; ")
    }

    /// A status update in the files, said as the edit that posts it would be: `Nieuwe statusupdate (aandacht): "…"`.
    public static func posted(_ update: StatusUpdate, on project: Project, in language: Language, data: LabData, limit: Int? = nil) -> String {
        let change = FieldChange(field: "updates", before: .array([]), after: .array([JSONNode(update.json)]))
        return phrases([change], of: .project(project), in: language, data: data, limit: limit).joined(separator: "; ")
    }

    /// The phrases of one edit on record, an erasure first: `Contactpersoon: gewist op verzoek`.
    public static func phrases(of item: HistoryItem, in language: Language, data: LabData, limit: Int? = nil,
                               showingPersonalData: Bool = true) -> [String] {
        let erased = item.entry.erased.map { key in
            (FieldCatalogue.field(key, of: item.entry.value.kind)?.label.text(in: language) ?? key)
                + (language == .nl ? ": gewist op verzoek" : ": erased on request")
        }
        let changes = (item.changes ?? []).filter { !item.entry.erased.contains($0.field) }
        return erased + phrases(changes, of: item.entry.value, in: language, data: data, limit: limit, showingPersonalData: showingPersonalData)
    }

    /// The names of fields, for a line such as `samengevoegd met de wijziging van carla: bedrag`.
    public static func fieldNames(_ keys: [String], of kind: EntityKind, in language: Language) -> String {
        keys.map { key in FieldCatalogue.field(key, of: kind)?.label.text(in: language).lowercased() ?? key }.joined(separator: ", ")
    }

    /// The elements a list gained at its end.
    private static func added(from before: JSONValue?, to after: JSONValue?) -> [JSONValue] {
        guard case .array(let new)? = after else { return [] }
        let old: [JSONNode] = if case .array(let nodes)? = before { nodes } else { [] }
        guard new.count > old.count, new.starts(with: old) else { return [] }
        return new.dropFirst(old.count).map(\.value)
    }

    private static func member(of item: JSONValue, _ key: String) -> JSONValue? {
        guard case .object(let members) = item else { return nil }
        return members.first { $0.key == key }?.value.value
    }

    private static func newItem(_ item: JSONValue, in field: FieldDescriptor, parts: [FieldDescriptor], healthChange: FieldChange?,
                                language: Language, data: LabData, limit: Int?) -> String {
        let nl = language == .nl
        guard field.key == "updates" else {
            let title = member(of: item, "title").map { FieldDisplay.text($0, for: parts[0], in: language, data: data) } ?? ""
            let due = member(of: item, "due").map { FieldDisplay.text($0, for: parts[1], in: language, data: data) } ?? ""
            return (nl ? "Nieuwe mijlpaal" : "New milestone") + ": \"\(cut(title, limit))\" (\(due))"
        }
        let health = FieldCatalogue.statusUpdate.first { $0.key == "health" }!
        var state = FieldDisplay.text(member(of: item, "health"), for: health, in: language, data: data)
        if let healthChange, healthChange.after == member(of: item, "health") {
            state = FieldDisplay.text(healthChange.before, for: health, in: language, data: data) + " → " + state
        }
        let text = member(of: item, "text").map { FieldDisplay.text($0, for: parts[3], in: language, data: data) } ?? ""
        return (nl ? "Nieuwe statusupdate" : "New status update") + " (\(state)): \"\(cut(text, limit))\""
    }

    private static func cut(_ text: String, _ limit: Int?) -> String {
        guard let limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
