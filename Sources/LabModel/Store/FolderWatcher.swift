import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices when the data folder changes: through inotify where the system has it, else (or
/// when asked, for network shares where inotify sees nothing) by comparing the files' sizes,
/// times and inodes every `pollInterval`.
public final class FolderWatcher {
    public static let pollInterval: TimeInterval = 1

    public enum Method: String, Sendable {
        case inotify, polling
    }

    public let method: Method
    private let folder: DataFolder
    private var descriptor: Int32 = -1
    private var signature: [String: [Int64]] = [:]
    private var lastPoll = Date.distantPast

    public init(folder: DataFolder, polling: Bool) {
        self.folder = folder
        if !polling {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_ATTRIB
                | IN_MOVE_SELF | IN_DELETE_SELF)
            if descriptor >= 0, inotify_add_watch(descriptor, folder.path, mask) >= 0 {
                self.descriptor = descriptor
                method = .inotify
                return
            }
            if descriptor >= 0 { close(descriptor) }
        }
        method = .polling
        signature = currentSignature()
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether a file of the folder changed since the last call; never blocks.
    public func hasChanged(now: Date = Date()) -> Bool {
        switch method {
        case .inotify: return drainEvents()
        case .polling:
            guard now.timeIntervalSince(lastPoll) >= Self.pollInterval else { return false }
            lastPoll = now
            let current = currentSignature()
            defer { signature = current }
            return current != signature
        }
    }

    /// Reads every pending event; only the data files and the journal count, not the lock or temporary files.
    private func drainEvents() -> Bool {
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return changed }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (length, name, mask) = buffer.withUnsafeBytes { raw -> (Int, String, UInt32) in
                    let event = raw.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<min(count, nameStart + Int(event.len))].prefix { $0 != 0 }
                    return (Int(event.len), String(decoding: nameBytes, as: UTF8.self), event.mask)
                }
                // The folder itself moved away or was removed: its files are gone from their path.
                if Self.watchedNames.contains(name) || mask & UInt32(IN_MOVE_SELF | IN_DELETE_SELF) != 0 { changed = true }
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
    }

    static let watchedNames: Set<String> = Set(DataFile.allCases.map(\.fileName) + [JournalReader.fileName])

    private func currentSignature() -> [String: [Int64]] {
        var result: [String: [Int64]] = [:]
        for name in Self.watchedNames {
            var status = stat()
            guard stat(folder.path + "/" + name, &status) == 0 else { continue }
            result[name] = [Int64(status.st_size), Int64(status.st_mtim.tv_sec), Int64(status.st_mtim.tv_nsec), Int64(status.st_ino)]
        }
        return result
    }
}

extension DataFolder {
    /// Whether this process may write here: the folder and its files are writable.
    public var isWritable: Bool {
        guard access(path, W_OK) == 0 else { return false }
        return DataFile.allCases.allSatisfy { access(filePath($0), W_OK) == 0 }
    }
}
