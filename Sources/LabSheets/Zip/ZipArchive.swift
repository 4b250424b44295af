// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The ZIP container of a workbook (APPNOTE.TXT): read through its central directory, entries stored
/// or deflated, each checked against its CRC-32; written with every entry deflated. ZIP64 (parts of
/// 4 GiB and more) is not needed for a workbook and is refused.
struct ZipArchive {
    struct Entry {
        let name: String
        let method: UInt16
        let checksum: UInt32
        let compressedSize: Int
        let size: Int
        let headerOffset: Int
    }

    enum Failure: Error {
        case notAnArchive
        case damaged(String)
    }

    let bytes: [UInt8]
    let entries: [String: Entry]

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        let end = try Self.endOfCentralDirectory(in: bytes)
        let count = Int(Self.u16(bytes, end + 10))
        var position = Int(Self.u32(bytes, end + 16))
        var entries: [String: Entry] = [:]
        for _ in 0..<count {
            guard position + 46 <= bytes.count, Self.u32(bytes, position) == 0x0201_4b50 else { throw .notAnArchive }
            let nameLength = Int(Self.u16(bytes, position + 28))
            let skipped = nameLength + Int(Self.u16(bytes, position + 30)) + Int(Self.u16(bytes, position + 32))
            guard position + 46 + skipped <= bytes.count else { throw .notAnArchive }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            let compressed = Self.u32(bytes, position + 20), size = Self.u32(bytes, position + 24), offset = Self.u32(bytes, position + 42)
            guard compressed != .max, size != .max, offset != .max else { throw .damaged("\(name): ZIP64") }
            entries[name] = Entry(name: name, method: Self.u16(bytes, position + 10), checksum: Self.u32(bytes, position + 16),
                                  compressedSize: Int(compressed), size: Int(size), headerOffset: Int(offset))
            position += 46 + skipped
        }
        self.entries = entries
    }

    subscript(name: String) -> Entry? { entries[name] }

    /// The entry's contents, checked against its CRC-32.
    func contents(of entry: Entry) throws(Failure) -> [UInt8] {
        let header = entry.headerOffset
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4b50 else { throw .damaged(entry.name) }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .damaged(entry.name) }
        let stored = bytes[start..<(start + entry.compressedSize)]
        let contents: [UInt8]
        switch entry.method {
        case 0: contents = Array(stored)
        case 8:
            do {
                contents = try Deflate.decompress(stored, size: entry.size)
            } catch {
                throw .damaged("\(entry.name): \(error.reason)")
            }
        default: throw .damaged("\(entry.name): compression method \(entry.method)")
        }
        guard contents.count == entry.size, Deflate.checksum(contents) == entry.checksum else { throw .damaged("\(entry.name): CRC-32") }
        return contents
    }

    /// An archive of these entries, in this order, each deflated.
    static func archive(_ files: [(name: String, contents: [UInt8])]) throws(Deflate.Failure) -> [UInt8] {
        var archive: [UInt8] = []
        var directory: [UInt8] = []
        for (name, contents) in files {
            let compressed = try Deflate.compress(contents)
            let nameBytes = Array(name.utf8)
            let checksum = Deflate.checksum(contents)
            // Version 2.0, UTF-8 names, deflated, the DOS date of 1 January 1980 (a workbook's parts carry none).
            let common = le16(20) + le16(0x0800) + le16(8) + le16(0) + le16(0x21) + le32(checksum)
                + le32(UInt32(compressed.count)) + le32(UInt32(contents.count)) + le16(UInt16(nameBytes.count)) + le16(0)
            directory += le32(0x0201_4b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(archive.count)) + nameBytes
            archive += le32(0x0403_4b50) + common + nameBytes + compressed
        }
        let count = UInt16(files.count)
        return archive + directory + le32(0x0605_4b50) + le16(0) + le16(0) + le16(count) + le16(count)
            + le32(UInt32(directory.count)) + le32(UInt32(archive.count)) + le16(0)
    }

    private static func endOfCentralDirectory(in bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 22 else { throw .notAnArchive }
        // The record is 22 bytes, followed by a comment of at most 65,535.
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if u32(bytes, position) == 0x0605_4b50 { return position }
            position -= 1
        }
        throw .notAnArchive
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}

private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
