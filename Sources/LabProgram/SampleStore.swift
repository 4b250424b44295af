// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel
import LabViews

/// Data that lives in the program itself (the built-in sample): it can be read again, never saved to.
public struct SampleStore: ProgramStore {
    private let load: () -> Result<Snapshot, ReloadFailure>

    public init(load: @escaping () -> Result<Snapshot, ReloadFailure>) {
        self.load = load
    }

    public var isWritable: Bool { false }
    public var history: [HistoryItem] { [] }
    public var wakeDescriptor: Int32? { nil }
    public func nextCheck(after now: Date) -> Date? { nil }
    public mutating func changes(at now: Date, whileWaiting: () -> Void) -> [AppEvent] { [] }

    public mutating func readAll(at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        [.reloaded(load(), at: now)]
    }

    public mutating func commit(_ change: EntityChange, author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        [.commitFailed(.readOnly, change)]
    }

    public mutating func commitEach(_ changes: [EntityChange], author: String, at now: Date, whileWaiting: () -> Void) -> [AppEvent] {
        [.committedEach(saved: [], refused: changes.map { RefusedEdit(change: $0, failure: .readOnly) }, at: now)]
    }
}
