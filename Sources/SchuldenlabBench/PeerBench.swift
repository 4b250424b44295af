// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// The tools a user would reach for instead, on the same data in the same run, each beside the
/// program's own step: VisiData loading the commitments and writing them out, against opening
/// the folder; `jq length` on them, against `check`. `scripts/bench-peers` installs VisiData.
enum PeerBench {
    /// The program's step a peer is set beside.
    enum OwnStep: String, Sendable {
        case open, check
    }

    struct Peer: Sendable {
        let name: String
        let tool: String
        let against: OwnStep
        let arguments: @Sendable (_ input: String, _ output: String) -> [String]
    }

    static let peers = [
        Peer(name: "VisiData: load, write commitments", tool: "vd", against: .open) { input, output in ["-b", "-f", "json", input, "-o", output] },
        Peer(name: "jq length of the commitments", tool: "jq", against: .check) { input, _ in ["length", input] },
    ]

    static func onPath(_ tool: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { $0 + "/" + tool }.first(where: FileManager.default.isExecutableFile)
    }

    /// The commitments of the folder as the plain JSON array both tools read, in `scratch`.
    static func commitmentsArray(of folder: String, in scratch: String) throws -> String {
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/commitments.json")))
        let commitments = (file as? [String: Any])?["commitments"] ?? []
        let path = scratch + "/commitments-array.json"
        try JSONSerialization.data(withJSONObject: commitments, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The peer's median of `runs` and its peak memory, or why it was not measured.
    static func measure(_ peer: Peer, input: String, scratch: String, runs: Int = 3) -> Result<Child.Run, Skipped> {
        guard let tool = onPath(peer.tool) else { return .failure(Skipped(reason: "no \(peer.tool) on PATH (scripts/bench-peers)")) }
        let output = scratch + "/peer-output.json"
        let measured = (0..<runs).map { _ in Child.run([tool] + peer.arguments(input, output)) }
        guard let failed = measured.first(where: { $0.status != 0 }) else {
            let median = Measure.percentile(measured.map(\.seconds), 0.5)
            return .success(Child.Run(seconds: median, peakMiB: measured.map(\.peakMiB).max()!, status: 0))
        }
        return .failure(Skipped(reason: "\(peer.tool) ended with status \(failed.status)"))
    }

    struct Skipped: Error {
        let reason: String
    }
}
