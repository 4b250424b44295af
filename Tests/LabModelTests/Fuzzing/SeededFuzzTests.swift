// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// A short, seeded run of the fuzzer's targets inside the tests: the kept corpus and seeds first,
/// then mutations of them drawn from a fixed seed, so that a failure comes back the same each run.
/// `Fuzz/run` is the long run under libFuzzer with the same promises.
@Suite struct SeededFuzzTests {
    private static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    private static func inputs(of target: String) -> [[UInt8]] {
        ["seeds", "corpus"].flatMap { kind -> [[UInt8]] in
            let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().compactMap { try? Array(Data(contentsOf: folder.appendingPathComponent($0))) }
        }
    }

    @Test(arguments: ["loader", "journal"])
    func theKeptInputsAndSeededMutationsOfThemKeepEveryPromise(target: String) throws {
        func run(_ input: [UInt8]) -> String? {
            target == "loader" ? FuzzTargets.loader(input) : FuzzTargets.journal(input)
        }
        let kept = Self.inputs(of: target)
        try #require(kept.count >= 4, "the seeds in Fuzz/seeds/\(target) are missing")
        for input in kept {
            let broken = run(input)
            #expect(broken == nil, "\(broken ?? ""): kept input of \(input.count) bytes")
        }
        var mutator = Mutator(seed: 2026)
        for round in 0..<1500 {
            let input = mutator.mutate(kept[round % kept.count], splicingWith: kept[(round * 7 + 3) % kept.count])
            let broken = run(input)
            #expect(broken == nil, "\(broken ?? ""): mutation \(round), input \(input.map { String(format: "%02x", $0) }.joined())")
        }
    }
}

/// The mutations libFuzzer starts with, small enough to read: change, insert and remove bytes,
/// put in a piece of JSON that matters here, or graft in part of another input.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    private static let tokens: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\u001b", "\\ud800", "1e400", "-0", "null",
                                            "\u{FEFF}", "\r\n", "\"id\"", "\"partner\"", "\"baseRevision\"", "\"value\"",
                                            "\u{1B}[2J", "\n"].map { Array($0.utf8) }

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(max(bound, 1)))
    }

    mutating func mutate(_ input: [UInt8], splicingWith other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...next(4) {
            let place = next(bytes.count + 1)
            switch next(6) {
            case 0 where !bytes.isEmpty: bytes[min(place, bytes.count - 1)] = UInt8(next(256))
            case 1: bytes.insert(UInt8(next(256)), at: place)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(place..<min(bytes.count, place + 1 + next(16)))
            case 3: bytes.insert(contentsOf: Self.tokens[next(Self.tokens.count)], at: place)
            case 4 where !other.isEmpty:
                let start = next(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + next(64))], at: place)
            default: bytes.insert(contentsOf: bytes[place..<min(bytes.count, place + next(8))], at: place)
            }
        }
        return bytes
    }
}
