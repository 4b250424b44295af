// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Dispatch

/// Work spread over every core.
public enum Parallel {
    /// `body` of each index from 0 to `count`, run on as many threads as there are cores, in index order.
    /// With `spread` false, on the calling thread alone: work in the background that must leave a
    /// core to the one drawing the screen.
    public static func map<Result: Sendable>(_ count: Int, spread: Bool = true, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard spread else { return (0..<count).map(body) }
        let results = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { results.put(body($0), at: $0) }
        return results.taken()
    }

    /// `body` of each run of `chunkSize` indices from 0 to `count`, on every core, the results
    /// joined in index order. Inlinable so that the joining is specialized where it is called.
    @inlinable
    public static func map<Result: Sendable>(_ count: Int, inChunksOf chunkSize: Int, spread: Bool = true,
                                             _ body: @Sendable (Range<Int>) -> [Result]) -> [Result] {
        let chunks = map((count + chunkSize - 1) / chunkSize, spread: spread) { chunk in body(chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)) }
        return Array(chunks.joined())
    }

    /// One slot per index, each written by one thread only.
    private final class ResultSlots<Result>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Result?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        func put(_ result: Result, at index: Int) { slots[index] = result }

        func taken() -> [Result] { slots.map { $0! } }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }
    }
}
