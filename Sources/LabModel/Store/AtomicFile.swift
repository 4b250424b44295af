// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct WriteFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// The bytes of a new file, handed to the writer in pieces in file order, so that a large file
/// is never whole in memory.
public typealias ByteStream = (_ write: ([UInt8]) throws(WriteFailure) -> Void) throws(WriteFailure) -> Void

/// Replaces a file so that a reader sees either the old or the new content, never half:
/// a temporary file in the same folder is written, flushed and renamed over the old one.
public enum AtomicFile {
    /// Files the program creates may be read by the group, not by others; personal data lives in them.
    public static let newFileMode: mode_t = 0o640

    /// `.NAME.tmp-PID-RANDOM`: whose it is, so that one a killed writer left behind can be told apart.
    static let temporaryMarker = ".tmp-"

    public static func write(_ text: String, to path: String) throws(WriteFailure) {
        try write(to: path) { write throws(WriteFailure) in try write(Array(text.utf8)) }
    }

    public static func write(to path: String, _ contents: ByteStream) throws(WriteFailure) {
        let folder = parentFolder(of: path)
        let temporary = folder + "/." + baseName(of: path) + temporaryMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeFlushed(to: temporary, modeOf: path, contents)
        guard rename(temporary, path) == 0 else {
            let reason = SystemError.describe(errno)
            unlink(temporary)
            throw WriteFailure(path: path, reason: reason)
        }
        syncFolder(folder)
    }

    /// Writes `contents` to the new file `temporary`, with the mode `path` has, and flushes it to
    /// disk once at the end; on failure nothing is left behind.
    static func writeFlushed(to temporary: String, modeOf path: String, _ contents: ByteStream) throws(WriteFailure) {
        let mode = existingMode(of: path) ?? newFileMode
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw WriteFailure(path: path, reason: SystemError.describe(errno)) }
        do throws(WriteFailure) {
            try contents { bytes throws(WriteFailure) in try writeAll(bytes, to: descriptor, path: path) }
            // The umask may have narrowed the mode; the file keeps the mode it had.
            fchmod(descriptor, mode)
            guard fsync(descriptor) == 0 else { throw WriteFailure(path: path, reason: SystemError.describe(errno)) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let reason = SystemError.describe(errno)
            unlink(temporary)
            throw WriteFailure(path: path, reason: reason)
        }
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(WriteFailure) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(path: path, reason: SystemError.describe(errno))
            }
            written += count
        }
    }

    private static func existingMode(of path: String) -> mode_t? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return status.st_mode & 0o7777
    }

    /// Makes the rename itself durable.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
