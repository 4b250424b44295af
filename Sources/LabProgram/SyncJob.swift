// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Dispatch
import LabModel
import LabSync
import Synchronization

/// A synchronisation running on a thread of its own, so that the screen goes on answering keys
/// (q and Ctrl-C too) while git talks to a server that may take its time. The loop asks now and then
/// whether it ended.
final class SyncJob: Sendable {
    private let result = Mutex<Result<SyncOutcome, SyncProblem>?>(nil)

    init(folder: String, author: String, language: Language) {
        DispatchQueue(label: "schuldenlab.sync").async { [self] in
            let outcome = Result { () throws(SyncFailure) in try FolderSync(folder: folder, author: author, language: language).run() }
                .mapError(\.problem)
            result.withLock { $0 = outcome }
        }
    }

    /// The outcome once it ended, once.
    func take() -> Result<SyncOutcome, SyncProblem>? {
        result.withLock { result in
            defer { result = nil }
            return result
        }
    }
}
