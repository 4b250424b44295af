// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// A traffic light for how recently a project or a commitment was reported on, as the UN registry
/// of partnership commitments shows one, with the lab's interval (`updateIntervalDays` in lab.json)
/// instead of the UN's year: green within the interval, yellow when overdue, red when more than
/// twice the interval has passed, inactive after a year without an update.
public enum UpdateLight: Int, CaseIterable, Sendable, Hashable, Comparable {
    case green, yellow, red, inactive

    public static let inactiveAfterDays = 365

    public init(daysSince days: Int, interval: Int) {
        if days > Self.inactiveAfterDays {
            self = .inactive
        } else if days > 2 * interval {
            self = .red
        } else if days > interval {
            self = .yellow
        } else {
            self = .green
        }
    }

    public static func < (left: Self, right: Self) -> Bool { left.rawValue < right.rawValue }

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.green, .nl): "groen"
        case (.green, .en): "green"
        case (.yellow, .nl): "geel"
        case (.yellow, .en): "yellow"
        case (.red, .nl): "rood"
        case (.red, .en): "red"
        case (.inactive, .nl): "inactief"
        case (.inactive, .en): "inactive"
        }
    }

    /// What the colour means, with the lab's interval.
    public func meaning(interval: Int, in language: Language) -> String {
        switch (self, language) {
        case (.green, .nl): "bijgewerkt in de laatste \(interval) dagen"
        case (.green, .en): "updated in the last \(interval) days"
        case (.yellow, .nl): "update te laat (meer dan \(interval) dagen)"
        case (.yellow, .en): "update overdue (more than \(interval) days)"
        case (.red, .nl): "twee keer te laat (meer dan \(2 * interval) dagen)"
        case (.red, .en): "twice overdue (more than \(2 * interval) days)"
        case (.inactive, .nl): "een jaar zonder update"
        case (.inactive, .en): "a year without an update"
        }
    }
}

extension Lab {
    public static let defaultUpdateIntervalDays = 60
    public static let updateIntervalRange = 1...365

    /// How often projects and commitments are expected to report, in days.
    public var updateInterval: Int { updateIntervalDays ?? Self.defaultUpdateIntervalDays }
}

extension LabData {
    /// A project's light, from its last status update or, without one, its start; `nil` once stopped.
    public func updateLight(of project: Project, on day: Day) -> UpdateLight? {
        guard project.stage != .stopped else { return nil }
        return UpdateLight(daysSince: (project.lastUpdate ?? project.started).days(until: day), interval: lab.updateInterval)
    }

    /// A commitment's light, from the day it was last edited in the lab's time zone; `nil` once withdrawn.
    public func updateLight(of commitment: Commitment, on day: Day) -> UpdateLight? {
        updateLight(of: commitment, on: day, zone: LabTime.zone(of: lab))
    }

    private func updateLight(of commitment: Commitment, on day: Day, zone: ZoneRules) -> UpdateLight? {
        guard commitment.state != .withdrawn else { return nil }
        let edited = LabTime.day(of: commitment.stamp.updatedAt, zone: zone)
        return UpdateLight(daysSince: edited.days(until: day), interval: lab.updateInterval)
    }

    /// Each project's light by id; stopped projects have none.
    public func projectLights(on day: Day) -> [String: UpdateLight] {
        var lights: [String: UpdateLight] = [:]
        for project in projects { lights[project.id] = updateLight(of: project, on: day) }
        return lights
    }

    /// How many projects (not stopped) and commitments (not withdrawn) show each light; the
    /// projects' lights from `projectLights` when the caller has them already.
    public func updateLightCounts(on day: Day, projectLights given: [String: UpdateLight]? = nil)
        -> (projects: [UpdateLight: Int], commitments: [UpdateLight: Int]) {
        var projects: [UpdateLight: Int] = [:], commitments: [UpdateLight: Int] = [:]
        for light in (given ?? projectLights(on: day)).values { projects[light, default: 0] += 1 }
        let zone = LabTime.zone(of: lab)
        for index in self.commitments.indices {
            if let light = updateLight(of: self.commitments[index], on: day, zone: zone) { commitments[light, default: 0] += 1 }
        }
        return (projects, commitments)
    }
}
