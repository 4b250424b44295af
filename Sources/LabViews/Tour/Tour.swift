import Foundation
import LabModel

/// One step of a demo tour: which pane, optionally which row, what the caption says, how long.
public struct TourStep: Hashable, Sendable {
    public var pane: PaneID
    public var select: String?
    public var caption: LocalizedText
    /// `nil`: the autoplay interval.
    public var seconds: Double?
}

/// A tour through the lab for a meeting: data, so that a coordinator can write one.
/// `{"steps": [{"pane": "partners", "select": "ing", "caption": {"nl": "…", "en": "…"}, "seconds": 8}]}`
public struct Tour: Hashable, Sendable {
    public var steps: [TourStep]

    public static func parse(_ data: Data) throws(TourProblem) -> Tour {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw .notJSONObject }
        guard let list = object["steps"] as? [Any], !list.isEmpty else { throw .noSteps }
        var steps: [TourStep] = []
        for (index, item) in list.enumerated() {
            let number = index + 1
            guard let step = item as? [String: Any] else { throw .badStep(number, field: nil, .notAnObject) }
            if let unknown = step.keys.sorted().first(where: { !["pane", "select", "caption", "seconds"].contains($0) }) {
                throw .badStep(number, field: unknown, .unknownField)
            }
            guard let paneName = step["pane"] as? String else { throw .badStep(number, field: "pane", .missing) }
            guard let pane = PaneID(name: paneName) else { throw .badStep(number, field: "pane", .unknownPane(paneName)) }
            let select = step["select"]
            guard select == nil || select is String else { throw .badStep(number, field: "select", .notAString) }
            guard let caption = step["caption"] as? [String: Any] else { throw .badStep(number, field: "caption", .missing) }
            guard let dutch = caption["nl"] as? String, !dutch.isEmpty else { throw .badStep(number, field: "caption.nl", .missing) }
            guard let english = caption["en"] as? String, !english.isEmpty else { throw .badStep(number, field: "caption.en", .missing) }
            var seconds: Double?
            if let value = step["seconds"] {
                guard let number = value as? Double, number >= 1, number <= 600 else {
                    throw .badStep(number, field: "seconds", .badSeconds)
                }
                seconds = number
            }
            steps.append(TourStep(pane: pane, select: select as? String, caption: LocalizedText(nl: dutch, en: english), seconds: seconds))
        }
        return Tour(steps: steps)
    }

    /// The tour a demo takes without a file of its own.
    public static var builtIn: Tour {
        // Checked by the tests; it always parses.
        try! parse(Data(builtInText.utf8))
    }

    static let builtInText = """
    {"steps": [
      {"pane": "overview", "caption": {"nl": "Schuldenlab070 in één oogopslag: partners, projecten en wat er is toegezegd.",
                                       "en": "Schuldenlab070 at a glance: partners, projects and what has been committed."}},
      {"pane": "partners", "select": "gemeente-den-haag", "caption": {"nl": "De gemeente verbindt: zij werkt aan de meeste projecten mee.",
                                                                     "en": "The municipality connects: it works on most projects."}},
      {"pane": "partners", "select": "ing", "caption": {"nl": "Een partner en wat hij geeft: geld, uren, expertise, mandaat.",
                                                        "en": "A partner and what it gives: money, hours, expertise, mandate."}},
      {"pane": "projects", "select": "jpf", "caption": {"nl": "Het Jongeren Perspectief Fonds: van pilot tot structureel fonds.",
                                                        "en": "The Youth Perspective Fund: from pilot to structural fund."}},
      {"pane": "projects", "select": "sohos", "caption": {"nl": "Sociaal Hospitaal: betaald op resultaat met een health impact bond.",
                                                          "en": "Social Hospital: paid on results through a health impact bond."}},
      {"pane": "network", "caption": {"nl": "Het netwerk: wie werkt waaraan, en de publiek-private mix per project.",
                                      "en": "The network: who works on what, and the public-private mix of each project."}},
      {"pane": "arrangements", "caption": {"nl": "De vier sturingsarrangementen, van gemeente-gestuurd tot partner-gestuurd.",
                                           "en": "The four governance arrangements, from government-led to partner-led."}},
      {"pane": "log", "caption": {"nl": "Het logboek: elke wijziging en statusupdate, ook die van nu.",
                                  "en": "The log: every change and status update, including today's."}}
    ]}
    """
}

public enum TourProblem: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case notAnObject, unknownField, missing, notAString, badSeconds
        case unknownPane(String)
    }

    case notJSONObject
    case noSteps
    case badStep(Int, field: String?, Reason)

    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .notJSONObject: return nl ? "geen geldig JSON-object" : "not a valid JSON object"
        case .noSteps: return nl ? "de lijst \"steps\" ontbreekt of is leeg" : "the list \"steps\" is missing or empty"
        case .badStep(let number, let field, let reason):
            let place = (nl ? "stap \(number)" : "step \(number)") + (field.map { ", \(nl ? "veld" : "field") \"\($0.visible)\"" } ?? "")
            let what: String = switch reason {
            case .notAnObject: nl ? "geen object" : "not an object"
            case .unknownField: nl ? "onbekend veld" : "unknown field"
            case .missing: nl ? "ontbreekt of is leeg" : "is missing or empty"
            case .notAString: nl ? "moet een tekst zijn" : "must be a string"
            case .badSeconds: nl ? "moet een getal van 1 tot 600 zijn" : "must be a number from 1 to 600"
            case .unknownPane(let name):
                (nl ? "onbekend scherm" : "unknown pane") + " \"\(name.visible)\"; " + PaneID.allCases.map(\.id).joined(separator: ", ")
            }
            return "\(place): \(what)"
        }
    }
}

/// Where a running tour is.
public struct TourState: Hashable, Sendable {
    public var tour: Tour
    public var index = 0
    public var isPaused = false
    /// Seconds a step lasts when it does not say.
    public var interval: Double
    public var nextAt: Date?

    public init(tour: Tour, interval: Double) {
        self.tour = tour
        self.interval = interval
    }

    public var step: TourStep { tour.steps[index] }
}
