// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A calendar quarter: `2020 K1` in Dutch, `2020 Q1` in English.
public struct Quarter: Sendable, Hashable, Comparable {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    public init(of day: Day) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    private init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    public var first: Day { Day(year: year, month: (number - 1) * 3 + 1, day: 1)! }
    public var last: Day { next.first.adding(days: -1) }
    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1) }

    public func name(in language: Language) -> String {
        "\(year) \(language == .nl ? "K" : "Q")\(number)"
    }

    public static func < (left: Quarter, right: Quarter) -> Bool { (left.year, left.number) < (right.year, right.number) }
}

/// What the lab can count on in the coming quarters: per quarter the euros of the firm commitments
/// that run in it and of those that end in it, for the lab and per partner and per project.
public struct Horizon: Sendable {
    public struct Figures: Sendable, Hashable {
        /// Pledged and delivered commitments running on any day of the quarter, at their whole value.
        public var running = Money.zero
        /// Those of them whose last day falls in the quarter.
        public var ending = Money.zero
    }

    public static let quarterCount = 12

    /// The quarter of the reference day and the eleven after it: three years.
    public let quarters: [Quarter]
    /// In the order of `quarters`.
    public private(set) var lab: [Figures]
    /// By partner id, when asked for: the report shows them, the overview does not.
    public private(set) var byPartner: [String: [Figures]] = [:]
    /// By project id, the shared support under the empty id; likewise.
    public private(set) var byProject: [String: [Figures]] = [:]

    public init(data: LabData, from day: Day, perPartnerAndProject: Bool = false) {
        self.init(commitments: data.commitments, from: day, perPartnerAndProject: perPartnerAndProject)
    }

    /// The horizon of these commitments only: one partner's, one project's.
    public init<Commitments: Sequence<Commitment>>(commitments: Commitments, from day: Day, perPartnerAndProject: Bool = false) {
        var quarters = [Quarter(of: day)]
        while quarters.count < Self.quarterCount { quarters.append(quarters.last!.next) }
        self.quarters = quarters
        let empty = Array(repeating: Figures(), count: quarters.count)
        lab = empty
        let (start, end) = (quarters[0].first, quarters[quarters.count - 1].last)
        for commitment in commitments where commitment.state.isFirm && commitment.from <= end && (commitment.until.map { $0 >= start } ?? true) {
            // The quarters it runs in, counted from the first: no date is compared twelve times.
            let first = max(0, Self.offset(of: commitment.from, from: quarters[0]))
            let last = min(quarters.count - 1, commitment.until.map { Self.offset(of: $0, from: quarters[0]) } ?? .max)
            for index in first...last {
                let ends = index == last && commitment.until.map { $0 <= end } == true
                func add(_ figures: inout [Figures]) {
                    figures[index].running = figures[index].running + commitment.valueEUR
                    if ends { figures[index].ending = figures[index].ending + commitment.valueEUR }
                }
                add(&lab)
                if perPartnerAndProject {
                    add(&byPartner[commitment.partner, default: empty])
                    add(&byProject[commitment.project ?? "", default: empty])
                }
            }
        }
    }

    /// How many quarters after `base` the day's quarter is (negative before it).
    private static func offset(of day: Day, from base: Quarter) -> Int {
        let quarter = Quarter(of: day)
        return (quarter.year - base.year) * 4 + quarter.number - base.number
    }
}

/// What a project's plan says against its money and its dates.
public enum ProjectSignal: Sendable, Hashable {
    /// A milestone past its date and not done.
    case milestoneOverdue(Milestone)
    /// Its firm commitments all end before a milestone still to come: the money stops before the plan does.
    case fundingEndsBefore(Milestone, fundingEnds: Day)

    /// In a table's narrow column.
    public func short(in language: Language) -> String {
        switch (self, language) {
        case (.milestoneOverdue, .nl): "mijlpaal te laat"
        case (.milestoneOverdue, .en): "milestone overdue"
        case (.fundingEndsBefore, .nl): "geld stopt eerder"
        case (.fundingEndsBefore, .en): "money ends first"
        }
    }

    public func text(in language: Language) -> String {
        func day(_ day: Day) -> String { LabTime.display(day, in: language) }
        return switch (self, language) {
        case (.milestoneOverdue(let milestone), .nl): "mijlpaal te laat: \(milestone.title) (\(day(milestone.due)))"
        case (.milestoneOverdue(let milestone), .en): "milestone overdue: \(milestone.title) (\(day(milestone.due)))"
        case (.fundingEndsBefore(let milestone, let end), .nl):
            "toezeggingen lopen af op \(day(end)), vóór mijlpaal \(milestone.title) (\(day(milestone.due)))"
        case (.fundingEndsBefore(let milestone, let end), .en):
            "commitments end on \(day(end)), before milestone \(milestone.title) (\(day(milestone.due)))"
        }
    }
}

extension LabData {
    /// When a project's firm commitments stop: never while one has no end; `nil` without any.
    private enum FundingEnd {
        case runsOn
        case ends(Day)

        mutating func add(until: Day?) {
            guard case .ends(let last) = self else { return }
            self = until.map { .ends(max(last, $0)) } ?? .runsOn
        }

        init(until: Day?) {
            self = until.map(FundingEnd.ends) ?? .runsOn
        }
    }

    /// What is wrong with the project's plan on `day`: every milestone overdue, and the first milestone
    /// to come after its money ends (nothing for a stopped project). `commitments` are the project's,
    /// when the caller has them already.
    public func signals(of project: Project, on day: Day, commitments given: [Commitment]? = nil) -> [ProjectSignal] {
        var funding: FundingEnd?
        for commitment in given ?? commitments(ofProject: project.id) where commitment.state.isFirm {
            if funding == nil { funding = FundingEnd(until: commitment.until) } else { funding!.add(until: commitment.until) }
        }
        return signals(of: project, on: day, funding: funding)
    }

    /// Every project's signals, by id, in one pass over the commitments: what a table of all projects asks.
    public func projectSignals(on day: Day) -> [String: [ProjectSignal]] {
        var funding: [String: FundingEnd] = [:]
        // Field by field through the list, copying no commitment: this runs on a table's first frame.
        for index in commitments.indices {
            guard commitments[index].state.isFirm, let project = commitments[index].project else { continue }
            let until = commitments[index].until
            if let known = funding.index(forKey: project) { funding.values[known].add(until: until) } else { funding[project] = FundingEnd(until: until) }
        }
        var signals: [String: [ProjectSignal]] = [:]
        for project in projects {
            let found = self.signals(of: project, on: day, funding: funding[project.id])
            if !found.isEmpty { signals[project.id] = found }
        }
        return signals
    }

    private func signals(of project: Project, on day: Day, funding: FundingEnd?) -> [ProjectSignal] {
        guard project.stage != .stopped else { return [] }
        let open = project.milestones.filter { !$0.done }.sorted { $0.due < $1.due }
        var signals = open.filter { $0.due < day }.map(ProjectSignal.milestoneOverdue)
        // Without firm commitments there is no money to end; one without an end runs on.
        if case .ends(let end)? = funding, let after = open.first(where: { $0.due > end && $0.due >= day }) {
            signals.append(.fundingEndsBefore(after, fundingEnds: end))
        }
        return signals
    }
}
