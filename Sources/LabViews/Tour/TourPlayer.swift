// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Walks a tour: each step shows its pane and row for its time, then the next, round and round.
enum TourPlayer {
    static func tick(_ now: Date, in state: inout AppState) {
        guard var tour = state.tour, !tour.isPaused else { return }
        if let nextAt = tour.nextAt, now < nextAt { return }
        if tour.nextAt != nil { tour.index = (tour.index + 1) % tour.tour.steps.count }
        tour.nextAt = now.addingTimeInterval(tour.step.seconds ?? tour.interval)
        state.tour = tour
        show(tour.step, in: &state)
    }

    static func go(by step: Int, in state: inout AppState) {
        guard var tour = state.tour else { return }
        let count = tour.tour.steps.count
        tour.index = ((tour.index + step) % count + count) % count
        // The clock starts again from the step shown by hand, at the next tick.
        tour.nextAt = nil
        state.tour = tour
        show(tour.step, in: &state)
    }

    /// The message on screen stays: a colleague's edit, seen just as the tour moves on, is read
    /// on the next step too (a key pressed by hand has cleared it already).
    static func show(_ step: TourStep, in state: inout AppState) {
        state.mode = .normal
        guard let id = step.select else {
            state.pane = step.pane
            state.list.openID = nil
            return
        }
        switch step.pane {
        case .partners, .projects: Navigation.show(id, in: step.pane, state: &state)
        default:
            state.pane = step.pane
            state.list.openID = nil
            state.list.selectedID = id
            Navigation.keepSelectionVisible(in: &state)
        }
    }
}

extension AppState {
    /// Shows step `index` of `tour` as a demo shows it: the big figures, the step's pane and row, its caption.
    public mutating func showTourStep(_ index: Int, of tour: Tour) {
        isDemo = true
        var touring = TourState(tour: tour, interval: 8)
        touring.index = index
        self.tour = touring
        TourPlayer.show(touring.step, in: &self)
    }
}
