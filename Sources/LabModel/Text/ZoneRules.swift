// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A time zone's offsets from UTC, from the system's zone database (`/usr/share/zoneinfo`, tzdata):
/// the transitions its TZif file lists and, after the last, the POSIX rule at the file's end.
/// FoundationEssentials knows no named zones without ICU, and this is all the program asks of one.
public struct ZoneRules: Sendable {
    public let identifier: String
    private let transitions: [Int]
    private let offsets: [Int]
    private let firstOffset: Int
    private let rule: PosixZoneRule?

    public static let utc = ZoneRules(identifier: "UTC", transitions: [], offsets: [], firstOffset: 0, rule: nil)

    /// Zones that work without tzdata installed: the lab's default zone, so that a minimal machine
    /// still shows the lab's time (its rule since 1996).
    private static let builtIn = ["Europe/Amsterdam": "CET-1CEST,M3.5.0,M10.5.0/3", "UTC": "UTC0", "Etc/UTC": "UTC0"]
    private static let loaded = Mutex<[String: ZoneRules?]>([:])

    private init(identifier: String, transitions: [Int], offsets: [Int], firstOffset: Int, rule: PosixZoneRule?) {
        (self.identifier, self.transitions, self.offsets, self.firstOffset, self.rule) = (identifier, transitions, offsets, firstOffset, rule)
    }

    /// The zone of an IANA name (`Europe/Amsterdam`); `nil` when the zone database has no such zone.
    public init?(identifier: String) {
        if let known = ZoneRules.loaded.withLock({ $0[identifier] }) {
            guard let known else { return nil }
            self = known
            return
        }
        let zone = ZoneRules.isName(identifier)
            ? ZoneRules.load(file: "/usr/share/zoneinfo/" + identifier, identifier: identifier)
                ?? ZoneRules.builtIn[identifier].flatMap { PosixZoneRule($0) }.map { ZoneRules(identifier: identifier, rule: $0) }
            : nil
        ZoneRules.loaded.withLock { $0[identifier] = zone }
        guard let zone else { return nil }
        self = zone
    }

    /// The machine's own zone: `$TZ`, else `/etc/localtime`, else UTC.
    public static var local: ZoneRules {
        if let name = ProcessInfo.processInfo.environment["TZ"], !name.isEmpty {
            let bare = name.hasPrefix(":") ? String(name.dropFirst()) : name
            return ZoneRules(identifier: bare) ?? PosixZoneRule(bare).map { ZoneRules(identifier: bare, rule: $0) } ?? .utc
        }
        return load(file: "/etc/localtime", identifier: "localtime") ?? .utc
    }

    private init(identifier: String, rule: PosixZoneRule) {
        self.init(identifier: identifier, transitions: [], offsets: [], firstOffset: rule.standardOffset, rule: rule)
    }

    /// Seconds to add to UTC for the zone's local time at `seconds` since 1970 (UTC).
    public func secondsFromGMT(at seconds: Int) -> Int {
        if let last = transitions.last, seconds >= last, let rule { return rule.offset(at: seconds) }
        if transitions.isEmpty { return rule?.offset(at: seconds) ?? firstOffset }
        var low = 0, high = transitions.count
        while low < high {
            let middle = (low + high) / 2
            if transitions[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? firstOffset : offsets[low - 1]
    }

    public func secondsFromGMT(for date: Date) -> Int {
        secondsFromGMT(at: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Only names as the zone database writes them, so that a name cannot reach outside it.
    private static func isName(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return text.utf8.count <= 255 && parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".."
                && part.utf8.allSatisfy { byte in
                    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || Array("_+-.".utf8).contains(byte)
                }
        }
    }

    private static func load(file path: String, identifier: String) -> ZoneRules? {
        // The zone database is the system's and links within it are usual, so links are followed here;
        // the file must still be a regular one, and is opened without blocking.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size <= 1 << 20 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count == bytes.count, let file = TZifFile(bytes) else { return nil }
        return ZoneRules(identifier: identifier, transitions: file.transitions, offsets: file.offsets,
                         firstOffset: file.firstOffset, rule: file.footer.flatMap { PosixZoneRule($0) })
    }
}
