#if canImport(Glibc)
import Glibc
#endif

/// Finding bytes in bytes quickly (the C library's `memchr` for the first byte), for passing over
/// lines that cannot matter without reading them as JSON.
enum ByteSearch {
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { sought in
                guard let start = hay.baseAddress else { return false }
                let last = hay.count - sought.count
                var offset = 0
                while offset <= last {
                    guard let found = memchr(start + offset, Int32(first), last - offset + 1) else { return false }
                    offset = start.distance(to: UnsafeRawPointer(found))
                    if memcmp(start + offset, sought.baseAddress!, sought.count) == 0 { return true }
                    offset += 1
                }
                return false
            }
        }
    }
}
