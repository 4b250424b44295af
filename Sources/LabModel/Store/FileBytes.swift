// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, in the system's own words.
public enum FileReadFailure: Error, Sendable {
    case missing
    /// What it is instead, in words: `a FIFO (named pipe), not a regular file`.
    case notRegularFile(String)
    case unreadable(String)
}

extension FileReadFailure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missing: SystemError.describe(ENOENT)
        case .notRegularFile(let what), .unreadable(let what): what
        }
    }
}

/// Reads whole files through POSIX calls, so that the reason for a failure is exact. Every file the
/// program reads is read through here, opened as `RegularFile` opens it: a link, a FIFO or a device
/// is refused at once instead of followed or waited on.
public enum FileBytes {
    /// The bytes of the file from `offset` to its end.
    public static func read(_ path: String, from offset: Int = 0) throws(FileReadFailure) -> [UInt8] {
        let descriptor: Int32
        switch RegularFile.open(path, O_RDONLY) {
        case .success(let open): descriptor = open
        case .failure(let failure):
            if failure.isMissing { throw .missing }
            if failure.kind != nil { throw .notRegularFile(failure.description) }
            throw .unreadable(failure.description)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(SystemError.describe(errno)) }
        if offset > 0, lseek(descriptor, off_t(offset), SEEK_SET) < 0 { throw .unreadable(SystemError.describe(errno)) }
        var bytes = [UInt8]()
        bytes.reserveCapacity(max(0, Int(status.st_size) - offset))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .unreadable(SystemError.describe(errno))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// The file's bytes as `Data`, for the readers of themes, keys and tours.
    public static func data(_ path: String) throws(FileReadFailure) -> Data {
        Data(try read(path))
    }
}

enum SystemError {
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Why a file could not be opened; opened without following links, a link is
    /// reported as what it is rather than as a loop.
    static func describeOpening(_ code: Int32) -> String {
        code == ELOOP ? "a symbolic link, which schuldenlab does not follow (it could lead out of the folder)" : describe(code)
    }
}
