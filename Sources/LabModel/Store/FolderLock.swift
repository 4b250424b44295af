// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#endif

/// The lock that writers take exclusively and readers shared, with `flock` on `journal.lock`
/// in the data folder. The system releases it when its process ends, however it ends, so a
/// lock left by a dead process blocks no one; a live process that holds it too long gets a
/// clear message instead of a silent hang.
public final class FolderLock {
    static let fileName = "journal.lock"
    /// Seconds to wait for the lock before giving up with a message: 10, or `$SCHULDENLAB_LOCK_PATIENCE`
    /// for a slow shared drive.
    public static let patience: Double = {
        guard let text = getenv("SCHULDENLAB_LOCK_PATIENCE").map({ String(cString: $0) }), let seconds = Double(text),
              seconds >= 0, seconds <= 3600 else { return 10 }
        return seconds
    }()

    private let descriptor: Int32

    enum Failure: Error {
        case cannotOpen(String)
        /// The lock file is there but is a FIFO, a folder or a device: said, never waited on.
        case notARegularFile(String)
        case timedOut
    }

    /// `nil` when a reader finds no lock file: nobody has written through the journal yet.
    /// `whileWaiting` is called once when the lock is not free at once, so that the program can say so.
    init?(folder: String, exclusive: Bool, whileWaiting: () -> Void = {}) throws(Failure) {
        let path = folder + "/" + Self.fileName
        var opened = RegularFile.open(path, exclusive ? O_RDWR | O_CREAT : O_RDONLY, mode: AtomicFile.newFileMode)
        if case .failure(let failure) = opened, !exclusive, failure.isMissing { return nil }
        if case .failure(let failure) = opened, !exclusive, failure.code == EACCES { opened = RegularFile.open(path, O_WRONLY) }
        let descriptor: Int32
        switch opened {
        case .success(let open): descriptor = open
        case .failure(let failure) where failure.kind != nil: throw .notARegularFile("\(Self.fileName) is \(failure.description)")
        case .failure(let failure): throw .cannotOpen(failure.description)
        }
        self.descriptor = descriptor
        // Measured on the clock: on a busy machine each short sleep lasts longer than asked.
        let start = ContinuousClock.now
        var saidSo = false
        while flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now - start < .seconds(Self.patience) else {
                close(descriptor)
                throw .timedOut
            }
            if !saidSo {
                saidSo = true
                whileWaiting()
            }
            usleep(5_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
