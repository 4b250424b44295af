// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A compiled zone file of the zone database (RFC 8536): its transitions, the offset from UTC after
/// each, the offset before the first, and the POSIX rule (`CET-1CEST,M3.5.0,M10.5.0/3`) for later times.
struct TZifFile {
    let transitions: [Int]
    let offsets: [Int]
    let firstOffset: Int
    let footer: String?

    init?(_ bytes: [UInt8]) {
        guard let first = Header(bytes, at: 0) else { return nil }
        // Version 2 and later repeat the data with 64-bit times after the 32-bit block; that part is read.
        let wide = first.version >= 2
        var start = first.end
        var header = first
        if wide {
            guard let second = Header(bytes, at: first.end + first.dataSize(timeSize: 4)) else { return nil }
            header = second
            start = second.end
        }
        let timeSize = wide ? 8 : 4
        guard start + header.dataSize(timeSize: timeSize) <= bytes.count, header.typeCount > 0 else { return nil }
        func integer(at offset: Int, size: Int) -> Int {
            var value: UInt64 = 0
            for byte in bytes[offset..<offset + size] { value = value << 8 | UInt64(byte) }
            return size == 8 ? Int(Int64(bitPattern: value)) : Int(Int32(bitPattern: UInt32(value)))
        }
        let indexStart = start + header.timeCount * timeSize
        let typeStart = indexStart + header.timeCount
        let typeOffsets = (0..<header.typeCount).map { integer(at: typeStart + $0 * 6, size: 4) }
        var transitions: [Int] = [], offsets: [Int] = []
        for position in 0..<header.timeCount {
            let type = Int(bytes[indexStart + position])
            guard type < typeOffsets.count else { return nil }
            transitions.append(integer(at: start + position * timeSize, size: timeSize))
            offsets.append(typeOffsets[type])
        }
        self.transitions = transitions
        self.offsets = offsets
        firstOffset = typeOffsets[0]
        let footerStart = start + header.dataSize(timeSize: timeSize)
        if wide, footerStart < bytes.count, bytes[footerStart] == UInt8(ascii: "\n"),
           let end = bytes[(footerStart + 1)...].firstIndex(of: UInt8(ascii: "\n")), end > footerStart + 1 {
            footer = String(decoding: bytes[(footerStart + 1)..<end], as: UTF8.self)
        } else {
            footer = nil
        }
    }

    private struct Header {
        let version: Int
        let end: Int
        let utcIndicators, standardIndicators, leapCount, timeCount, typeCount, characterCount: Int

        init?(_ bytes: [UInt8], at offset: Int) {
            guard offset + 44 <= bytes.count, bytes[offset..<offset + 4].elementsEqual("TZif".utf8) else { return nil }
            version = bytes[offset + 4] == 0 ? 1 : Int(bytes[offset + 4]) - Int(UInt8(ascii: "0"))
            let counts = (0..<6).map { index in
                bytes[(offset + 20 + index * 4)..<(offset + 24 + index * 4)].reduce(0) { $0 << 8 | Int($1) }
            }
            (utcIndicators, standardIndicators, leapCount, timeCount, typeCount, characterCount)
                = (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5])
            end = offset + 44
        }

        func dataSize(timeSize: Int) -> Int {
            timeCount * timeSize + timeCount + typeCount * 6 + characterCount + leapCount * (timeSize + 4)
                + standardIndicators + utcIndicators
        }
    }
}
