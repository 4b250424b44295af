// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel
import LabSync

/// A synchronisation running on a thread of its own, so that the screen goes on answering keys
/// (q and Ctrl-C too) while git talks to a server that may take its time. The loop asks now and then
/// whether it ended.
final class SyncJob: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<SyncOutcome, SyncProblem>?

    init(folder: String, author: String, language: Language) {
        let thread = Thread { [self] in
            let outcome = Result { () throws(SyncFailure) in try FolderSync(folder: folder, author: author, language: language).run() }
                .mapError(\.problem)
            lock.withLock { result = outcome }
        }
        thread.start()
    }

    /// The outcome once it ended, once.
    func take() -> Result<SyncOutcome, SyncProblem>? {
        lock.withLock {
            defer { if result != nil { result = nil } }
            return result
        }
    }
}
