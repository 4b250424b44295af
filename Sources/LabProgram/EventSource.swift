// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import LabViews

/// Something besides the keyboard that makes events at times of its own: fading marks, the
/// demo's tour, a simulated colleague. The loop sleeps until the earliest one is due.
public protocol EventSource {
    /// When the source next has something to do; `nil`: not until the state changes.
    func nextDue(given state: AppState) -> Date?
    /// Does what is due at `now`.
    mutating func events(at now: Date, given state: AppState) -> [AppEvent]
}

/// Time passing on screen: marks of recent changes fade when their time is up, and a running
/// tour moves on when its step has been shown long enough.
public struct ScreenClock: EventSource {
    public init() {}

    public func nextDue(given state: AppState) -> Date? {
        let fading = state.highlights.values.min()
        let tour: Date? = state.tour.flatMap { $0.isPaused ? nil : ($0.nextAt ?? .distantPast) }
        let capacity = state.nextCapacityLook
        return [fading, tour, capacity].compactMap { $0 }.min()
    }

    public mutating func events(at now: Date, given state: AppState) -> [AppEvent] {
        [.tick(now)]
    }
}

/// The demo's second actor: every few seconds an edit through the journal, as another process
/// would make it; the watcher brings it to the screen like any other person's edit.
public struct SimulatedColleague: EventSource {
    private let folder: DataFolder
    private var simulator = Simulator(generator: SystemRandomNumberGenerator())
    private var nextAt: Date

    public init(folder: DataFolder, startingAt now: Date = Date()) {
        self.folder = folder
        nextAt = now.addingTimeInterval(3)
    }

    public func nextDue(given state: AppState) -> Date? { nextAt }

    public mutating func events(at now: Date, given state: AppState) -> [AppEvent] {
        nextAt = now.addingTimeInterval(Double.random(in: 3...6))
        // Dated in the lab's own time: a lab that reads as of 2019-12-31 gets its demo's edits on that day.
        let day = state.referenceDay
        if let change = simulator.nextChange(in: state.data, today: day) {
            let moment = LabTime.moment(on: day, atClockOf: now, zone: LabTime.zone(of: state.data.lab))
            _ = try? folder.commit(author: Simulator<SystemRandomNumberGenerator>.author, now: moment) { _ in change }
        }
        return []
    }
}
