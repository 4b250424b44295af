// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#endif

/// Finding bytes in bytes quickly (Boyer–Moore–Horspool, which skips ahead by up to the needle's
/// length), for passing over lines that cannot matter without reading them as JSON.
struct ByteSearch {
    private let needle: [UInt8]
    private var skips = [Int](repeating: 0, count: 256)

    init(_ needle: [UInt8]) {
        self.needle = needle
        for index in 0..<256 { skips[index] = needle.count }
        for (index, byte) in needle.dropLast().enumerated() { skips[Int(byte)] = needle.count - 1 - index }
    }

    func isFound(in haystack: ArraySlice<UInt8>) -> Bool {
        firstIndex(in: haystack, from: haystack.startIndex) != nil
    }

    /// The index in `haystack` where the needle first starts at or after `start`.
    func firstIndex(in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty else { return start }
        guard haystack.endIndex - start >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { sought in
                skips.withUnsafeBufferPointer { skip -> Int? in
                    let last = sought.count - 1
                    var offset = start - haystack.startIndex
                    while offset + last < hay.count {
                        var index = last
                        while hay[offset + index] == sought[index] {
                            if index == 0 { return haystack.startIndex + offset }
                            index -= 1
                        }
                        offset += skip[Int(hay[offset + last])]
                    }
                    return nil
                }
            }
        }
    }
}

/// Line ends found with the C library's `memchr`.
enum Newlines {
    /// The index of the first line break at or after `start`.
    static func first(in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard start < bytes.endIndex else { return nil }
        return bytes.withUnsafeBytes { buffer -> Int? in
            let offset = start - bytes.startIndex
            guard let found = memchr(buffer.baseAddress! + offset, 0x0A, buffer.count - offset) else { return nil }
            return bytes.startIndex + buffer.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }
}
