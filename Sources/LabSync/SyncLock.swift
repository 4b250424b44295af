// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// One synchronisation of a folder at a time, whoever starts it (the program's timer, `:sync`, the
/// command): a `flock` on a file in the repository's own folder, never waited on. The system
/// releases it when the process ends, however it ends.
final class SyncLock {
    static let fileName = "schuldenlab-sync.lock"
    private let descriptor: Int32

    /// `nil` when another synchronisation holds it.
    init?(gitFolder: String) {
        let descriptor = open(gitFolder + "/" + Self.fileName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The lock files git leaves when it is killed half-way (`index.lock`, a ref's `.lock`), which
    /// stop every later git command. Only a synchronisation holding this lock may remove them: no
    /// git of ours runs then, and the program runs no other.
    static func removeLeftLocks(in gitFolder: String) {
        let places = ["", "refs/heads", "refs/remotes/origin"]
        for place in places {
            let folder = place.isEmpty ? gitFolder : gitFolder + "/" + place
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".lock") && name != fileName {
                unlink(folder + "/" + name)
            }
        }
    }
}
