// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
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

    /// Reads a tour file; every problem is said at once, with its line and column.
    public static func parse(_ data: Data, file: String = "tour.json") throws(TourProblem) -> Tour {
        let settings = SettingsFile(bytes: Array(data), file: file)
        var steps: [TourStep] = []
        if let list = settings.root?.value("steps", required: true) {
            let elements = list.elements ?? []
            if list.elements?.isEmpty == true { list.refuse(.emptyText) }
            steps = elements.compactMap(step)
            if steps.count != elements.count { steps = [] }
        }
        settings.root?.finish()
        guard settings.problems.isEmpty else { throw TourProblem(problems: settings.problems) }
        return Tour(steps: steps)
    }

    private static func step(_ value: SettingsValue) -> TourStep? {
        guard let step = value.object else { return nil }
        defer { step.finish() }
        var pane: PaneID?
        if let name = step.value("pane", required: true), let text = name.string {
            pane = PaneID(name: text)
            if pane == nil { name.refuse(.unknownValue(text, allowed: PaneID.allCases.map(\.id))) }
        }
        let select = step.value("select")?.string
        var caption: LocalizedText?
        if let text = step.value("caption", required: true)?.object {
            let dutch = text.value("nl", required: true)?.string
            let english = text.value("en", required: true)?.string
            for (key, value) in [("nl", dutch), ("en", english)] where value?.isEmpty == true { text.value(key)?.refuse(.emptyText) }
            text.finish()
            if let dutch, let english, !dutch.isEmpty, !english.isEmpty { caption = LocalizedText(nl: dutch, en: english) }
        }
        var seconds: Double?
        if let value = step.value("seconds"), let number = value.number {
            if number < 1 || number > 600 {
                value.refuse(.described(LocalizedText(nl: "moet een getal van 1 tot 600 zijn", en: "must be a number from 1 to 600")))
            } else {
                seconds = number
            }
        }
        guard let pane, let caption else { return nil }
        return TourStep(pane: pane, select: select, caption: caption, seconds: seconds)
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
      {"pane": "capacity", "caption": {"nl": "Organiserend vermogen: wie het netwerk bijeenhoudt, en welke projecten op één partner of motief leunen.",
                                       "en": "Organising capacity: who holds the network together, and which projects lean on one partner or motive."}},
      {"pane": "arrangements", "caption": {"nl": "De vier sturingsarrangementen, van gemeente-gestuurd tot partner-gestuurd.",
                                           "en": "The four governance arrangements, from government-led to partner-led."}},
      {"pane": "log", "caption": {"nl": "Het logboek: elke wijziging en statusupdate, ook die van nu.",
                                  "en": "The log: every change and status update, including today's."}}
    ]}
    """
}

/// What is wrong in a tour file, every problem with its place.
public struct TourProblem: Error, Hashable, Sendable {
    public let problems: [Problem]

    /// Every problem, a line each.
    public func message(in language: Language) -> String {
        problems.map { $0.rendered(in: language) }.joined(separator: "\n")
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
