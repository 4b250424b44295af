// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

// The libFuzzer entry point; Fuzz/run chooses the target with -D LOADER or -D JOURNAL.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: start, count: count))
    #if LOADER
    let broken = FuzzTargets.loader(input)
    #else
    let broken = FuzzTargets.journal(input)
    #endif
    if let broken { fatalError(broken) }
    return 0
}
