import Foundation
import LabModel

/// A named set of styles for every slot.
public struct Theme: Sendable, Hashable {
    public let name: String
    private let styles: [ThemeSlot: Style]

    public init(name: String, styles: [ThemeSlot: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(slot: ThemeSlot) -> Style {
        styles[slot] ?? .plain
    }

    /// Reads a theme file: `{"name": "...", "slots": {"text": {"fg": "#d0d0d0", "bg": "default", "bold": true}, ...}}`.
    /// Every slot must be there; the first problem found is thrown with the slot and field it concerns.
    public static func parse(_ data: Data) throws(ThemeProblem) -> Theme {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw .notJSONObject }
        guard let name = object["name"] as? String, !name.isEmpty else { throw .missingName }
        guard let slots = object["slots"] as? [String: Any] else { throw .missingSlots }
        if let unknown = slots.keys.sorted().first(where: { ThemeSlot(rawValue: $0) == nil }) { throw .unknownSlot(unknown) }
        var styles: [ThemeSlot: Style] = [:]
        for slot in ThemeSlot.allCases {
            guard let value = slots[slot.rawValue] else { continue }
            guard let entry = value as? [String: Any] else { throw .slotNotObject(slot.rawValue) }
            styles[slot] = try style(from: entry, slot: slot.rawValue)
        }
        if let missing = ThemeSlot.allCases.first(where: { styles[$0] == nil }) { throw .missingSlot(missing.rawValue) }
        return Theme(name: name, styles: styles)
    }

    private static func style(from entry: [String: Any], slot: String) throws(ThemeProblem) -> Style {
        let known: Set<String> = ["fg", "bg", "bold", "underline", "reverse"]
        if let unknown = entry.keys.sorted().first(where: { !known.contains($0) }) { throw .unknownField(slot: slot, field: unknown) }
        func color(_ key: String) throws(ThemeProblem) -> TerminalColor {
            guard let value = entry[key] else { return .terminalDefault }
            guard let text = value as? String, let color = TerminalColor(name: text) else {
                throw .badColor(slot: slot, field: key, value: "\(value)")
            }
            return color
        }
        func flag(_ key: String) throws(ThemeProblem) -> Bool {
            guard let value = entry[key] else { return false }
            guard let flag = value as? Bool else { throw .badFlag(slot: slot, field: key) }
            return flag
        }
        return Style(foreground: try color("fg"), background: try color("bg"), bold: try flag("bold"),
                     underline: try flag("underline"), reverse: try flag("reverse"))
    }
}

public enum ThemeProblem: Error, Hashable, Sendable {
    case notJSONObject, missingName, missingSlots
    case unknownSlot(String)
    case missingSlot(String)
    case slotNotObject(String)
    case unknownField(slot: String, field: String)
    case badColor(slot: String, field: String, value: String)
    case badFlag(slot: String, field: String)
    case notFound(String)
    case unreadable(String)

    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .notJSONObject: return nl ? "geen geldig JSON-object" : "not a valid JSON object"
        case .missingName: return nl ? "het veld \"name\" ontbreekt" : "the field \"name\" is missing"
        case .missingSlots: return nl ? "het object \"slots\" ontbreekt" : "the object \"slots\" is missing"
        case .unknownSlot(let slot): return (nl ? "onbekende plek " : "unknown slot ") + "\"\(slot.visible)\""
        case .missingSlot(let slot): return (nl ? "de plek ontbreekt: " : "the slot is missing: ") + "\"\(slot)\""
        case .slotNotObject(let slot):
            return "slots.\(slot): " + (nl ? "verwacht een object met fg, bg, bold, underline, reverse" : "expected an object of fg, bg, bold, underline, reverse")
        case .unknownField(let slot, let field): return "slots.\(slot): " + (nl ? "onbekend veld " : "unknown field ") + "\"\(field.visible)\""
        case .badColor(let slot, let field, let value):
            return "slots.\(slot).\(field): " + (nl ? "onbekende kleur " : "unknown colour ") + "\"\(value.visible)\""
                + (nl ? " (gebruik een naam, #rrggbb of default)" : " (use a name, #rrggbb or default)")
        case .badFlag(let slot, let field): return "slots.\(slot).\(field): " + (nl ? "verwacht true of false" : "expected true or false")
        case .notFound(let name): return (nl ? "geen thema met de naam " : "no theme named ") + "\"\(name.visible)\""
        case .unreadable(let reason): return (nl ? "kan niet gelezen worden: " : "cannot be read: ") + reason
        }
    }
}
