#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, in the system's own words.
enum FileReadFailure: Error {
    case missing
    case notRegularFile
    case unreadable(String)
}

/// Reads whole files through POSIX calls, so that the reason for a failure is exact.
enum FileBytes {
    /// The bytes of the file from `offset` to its end.
    static func read(_ path: String, from offset: Int = 0) throws(FileReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing }
            throw .unreadable(SystemError.describe(code))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(SystemError.describe(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
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
}

enum SystemError {
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Why a file could not be opened for writing; opened without following links, a link is
    /// reported as what it is rather than as a loop.
    static func describeOpening(_ code: Int32) -> String {
        code == ELOOP ? "a symbolic link, which schuldenlab does not write through (it could lead out of the folder)" : describe(code)
    }
}
