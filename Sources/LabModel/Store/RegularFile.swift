// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens a file the way every file of the program is opened: without following a link and without
/// blocking (a FIFO or a device where a file should be would otherwise hang the open or a later write),
/// and only when it is a regular file.
public enum RegularFile {
    /// The open descriptor, or why the file cannot be used, in words: `journal.lock is a FIFO, not a regular file`.
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) -> Result<Int32, OpenFailure> {
        let descriptor = Glibc.open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return .failure(OpenFailure(code: errno, path: path)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let failure = OpenFailure(code: errno, path: path)
            close(descriptor)
            return .failure(failure)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(OpenFailure(kind: status.st_mode & S_IFMT, path: path))
        }
        // Reads and writes of a regular file do not block anyway; clearing the flag keeps them whole.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return .success(descriptor)
    }
}

/// Why a file could not be opened as a regular file.
public struct OpenFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public let code: Int32
    /// What the path is instead, when it is there but no regular file (`S_IFIFO`, `S_IFDIR`, ...).
    public let kind: mode_t?
    public let path: String

    init(code: Int32, path: String) {
        self.code = code
        kind = nil
        self.path = path
    }

    init(kind: mode_t, path: String) {
        code = 0
        self.kind = kind
        self.path = path
    }

    public var isMissing: Bool { kind == nil && code == ENOENT }

    /// `a FIFO, not a regular file`, or the system's reason.
    public var description: String {
        guard let kind else { return SystemError.describeOpening(code == ENXIO ? ENXIO : code) }
        let name = switch kind {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFDIR: "a folder"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a file"
        }
        return "\(name), not a regular file"
    }
}
