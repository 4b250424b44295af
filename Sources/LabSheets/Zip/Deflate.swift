// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import CZlib

/// Raw deflate (RFC 1951), as a ZIP archive holds its entries, through the system's zlib.
enum Deflate {
    struct Failure: Error {
        let reason: String
    }

    static func compress(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Failure(reason: "deflateInit2") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        let status = finish(&stream, from: bytes, into: &output) { deflate(&$0, Z_FINISH) }
        guard status == Z_STREAM_END else { throw Failure(reason: "deflate \(status)") }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// The inflated bytes, which must be exactly `size` long.
    static func decompress(_ bytes: ArraySlice<UInt8>, size: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw Failure(reason: "inflateInit2") }
        defer { inflateEnd(&stream) }
        // One byte more than promised, so that a part that inflates to more is noticed.
        var output = [UInt8](repeating: 0, count: size + 1)
        let status = finish(&stream, from: Array(bytes), into: &output) { inflate(&$0, Z_FINISH) }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw Failure(reason: "the compressed data is damaged") }
        return Array(output.prefix(size))
    }

    /// Runs one whole (de)compression step with the stream pointed at all of `input` and `output`.
    private static func finish(_ stream: inout z_stream, from input: [UInt8], into output: inout [UInt8],
                               _ step: (inout z_stream) -> Int32) -> Int32 {
        var input = input
        return input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return step(&stream)
            }
        }
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }
}
