// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import LabViews

/// The running program: it draws the state, waits for the next event from the terminal, the
/// store or a timer, feeds it to `App.update` and has the effects carried out. The executable,
/// the tests and the benchmark all drive this one loop, each with its own backend.
public final class Program {
    public private(set) var state: AppState
    private let backend: any TerminalBackend
    private var runner: EffectRunner
    /// The theme frames are drawn in: the last one loaded.
    private var theme: Theme
    private var sources: [any EventSource]
    private let glyphs: Glyphs
    /// Keys already waiting (a paste, a held key) are taken in before the next frame, up to this many.
    private static let batchLimit = 4096

    public init(state: AppState, backend: any TerminalBackend, store: any ProgramStore, themes: ThemeCatalog = ThemeCatalog(),
                theme: Theme = ThemeCatalog.defaultTheme, sources: [any EventSource] = [ScreenClock()]) {
        self.state = state
        self.backend = backend
        runner = EffectRunner(store: store, themes: themes)
        self.theme = theme
        self.sources = sources
        glyphs = backend.speaksUTF8 ? .unicode : .ascii
        self.state.glyphs = glyphs
        self.state.refreshDerived()
    }

    public var context: RenderContext { RenderContext(theme: theme, glyphs: glyphs) }

    /// Runs until the user quits. With `untilIdle`, stops as soon as nothing is waiting and no
    /// timer is due, for tests and the benchmark that script the events.
    public func run(untilIdle: Bool = false) {
        while state.isRunning {
            draw()
            let now = Date()
            let waitUntil = nextDue(after: now)
            let timeout = waitUntil.map { Duration.milliseconds(max(0, Int64($0.timeIntervalSince(now) * 1000))) }
            if prepareWhileIdle() { continue }
            let event = backend.nextEvent(waitingAtMost: untilIdle ? .zero : timeout, orUntilReadable: runner.store.wakeDescriptor)
            var pending = event.map { [$0.appEvent] } ?? []
            while event != nil, pending.count < Self.batchLimit, let waiting = backend.nextEvent(waitingAtMost: .zero, orUntilReadable: nil) {
                pending.append(waiting.appEvent)
            }
            pending += checkSources(at: Date())
            if untilIdle, pending.isEmpty { return }
            handle(pending)
        }
    }

    /// What is worth doing before the user asks, once the frame is drawn: the current table's
    /// search texts, on another thread, so that the first letter typed into a filter need not
    /// wait for every row; and the store's tidying, such as folding a long journal. Whether that
    /// brought events, and the frame is to be drawn again.
    @discardableResult
    public func prepareWhileIdle() -> Bool {
        state.prepareFilterInBackground()
        let events = runner.store.tidyWhileIdle(at: Date(), whileWaiting: sayWaiting)
        handle(events)
        return !events.isEmpty
    }

    /// Takes in what the store and the timers have now; whether there was anything.
    @discardableResult
    public func takeSources(at now: Date = Date()) -> Bool {
        let events = checkSources(at: now)
        handle(events)
        return !events.isEmpty
    }

    /// Draws the current state.
    public func draw() {
        backend.draw(Screen.render(state, context: context))
    }

    /// Feeds events to `update` in order, with the events their effects bring.
    public func handle(_ events: [AppEvent]) {
        var pending = events[...]
        while let event = pending.popFirst() {
            if case .themeLoaded(_, .success(let loaded)) = event { theme = loaded }
            let (next, effects) = App.update(state, event)
            state = next
            for effect in effects {
                if case .copy(let text) = effect {
                    pending.append(.copied(text, toClipboard: backend.copyToClipboard(text)))
                    continue
                }
                pending += runner.run(effect, author: state.author, whileWaiting: sayWaiting)
            }
        }
    }

    public func handle(_ event: AppEvent) {
        handle([event])
    }

    /// Carries out an effect as if `update` had asked for it.
    public func carryOut(_ effect: Effect) {
        handle(runner.run(effect, author: state.author, whileWaiting: sayWaiting))
    }

    /// What the store and the timers have now: other people's edits, a tick that is due.
    private func checkSources(at now: Date) -> [AppEvent] {
        var events = runner.store.changes(at: now, whileWaiting: sayWaiting)
        for index in sources.indices {
            guard let due = sources[index].nextDue(given: state), due <= now else { continue }
            events += sources[index].events(at: now, given: state)
        }
        return events
    }

    private func nextDue(after now: Date) -> Date? {
        let timers = sources.compactMap { $0.nextDue(given: state) }
        return (timers + [runner.store.nextCheck(after: now)].compactMap { $0 }).min()
    }

    /// Another process holding the lock makes a read or a save wait; the screen says so meanwhile.
    private func sayWaiting() {
        var waiting = state
        waiting.message = StatusMessage(.waitingForLock, kind: .error)
        backend.draw(Screen.render(waiting, context: context))
    }
}
