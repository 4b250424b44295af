// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
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
    /// The watch on the folder, and the folder it was put on: a folder moved away and another put at
    /// its path (restored from a copy, moved back) is watched anew.
    private var watch: Int32 = -1
    private var watchedFolder: FileStamp?
    private var watchIsStale = false
    private var signature: [String: [Int64]] = [:]
    private var lastPoll = Date.distantPast

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_ATTRIB
        | IN_MOVE_SELF | IN_DELETE_SELF)

    public init(folder: DataFolder, polling: Bool) {
        self.folder = folder
        if !polling {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            let watch = descriptor >= 0 ? inotify_add_watch(descriptor, folder.path, Self.mask) : -1
            if watch >= 0 {
                self.descriptor = descriptor
                self.watch = watch
                watchedFolder = FileStamp(path: folder.path)
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

    /// The inotify descriptor, readable when something happened in the folder; `nil` when polling.
    public var wakeDescriptor: Int32? { method == .inotify ? descriptor : nil }

    /// Whether a file of the folder changed since the last call; never blocks.
    public func hasChanged(now: Date = Date()) -> Bool {
        switch method {
        case .inotify:
            let changed = drainEvents()
            return followFolder() || changed
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
                if mask & UInt32(IN_MOVE_SELF | IN_DELETE_SELF) != 0 {
                    changed = true
                    watchIsStale = true
                }
                if Self.watchedNames.contains(name) { changed = true }
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
    }

    /// After the watched folder moved away: when a folder is at its path again, watches that one.
    private func followFolder() -> Bool {
        guard watchIsStale, let current = FileStamp(path: folder.path) else { return false }
        if let watchedFolder, current.isSameFile(as: watchedFolder) {
            // Moved back: the watch went along with it.
            watchIsStale = false
            return false
        }
        if watch >= 0 { inotify_rm_watch(descriptor, watch) }
        watch = inotify_add_watch(descriptor, folder.path, Self.mask)
        guard watch >= 0 else { return false }
        watchedFolder = current
        watchIsStale = false
        return true
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
