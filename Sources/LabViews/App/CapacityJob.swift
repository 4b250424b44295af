// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import Synchronization

/// The organising capacity of a large lab, worked out on another thread: the network scores of a
/// national lab take seconds, and the keys must keep working meanwhile. The view shows the figures
/// it had (or says it is working) until the job is done; a tick every `lookEvery` looks.
final class CapacityJob: Sendable {
    /// Below this many ties between partners and projects the figures take milliseconds: worked out at once.
    static let quickTieLimit = 20_000
    /// How often the program looks whether the job is done.
    static let lookEvery = 0.2

    let key: DerivedTables.CapacityKey
    private let result = Mutex<OrganisingCapacity?>(nil)
    private let lastLook = Mutex(Date())
    private let running = DispatchGroup()

    init(key: DerivedTables.CapacityKey, data: LabData, day: Day) {
        self.key = key
        running.enter()
        DispatchQueue.global(qos: .utility).async {
            // On one core: the other draws the screen meanwhile.
            let capacity = OrganisingCapacity(data, on: day, spread: false)
            self.result.withLock { $0 = capacity }
            self.running.leave()
        }
    }

    /// For what is drawn once, such as a screenshot: the figures, not the note that they are coming.
    func waitUntilFinished() {
        running.wait()
    }

    var finished: OrganisingCapacity? { result.withLock { $0 } }

    /// The program looked at `now` and found the job still working.
    func noteLook(at now: Date) {
        lastLook.withLock { $0 = now }
    }

    var nextLook: Date { lastLook.withLock { $0 }.addingTimeInterval(Self.lookEvery) }

    static func isQuick(_ data: LabData) -> Bool {
        data.commitments.count + data.projects.count < quickTieLimit
    }
}
