// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The hostile suite (`swift run schuldenlab-hostile`), every sixth case against every command
/// and the program: nothing crashes, changes a file it should not, or sends an escape from the data.
@Suite struct HostileSuiteTests {
    @Test func aQuickRunOfTheHostileSuiteFindsNothing() throws {
        let binary = URL(fileURLWithPath: Tmux.binary).deletingLastPathComponent().appendingPathComponent("schuldenlab-hostile")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--quick", "--binary", Tmux.binary]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let findings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(findings)")
        let last = printed.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("hostile suite: "))
        #expect(last.hasSuffix(" inputs tried, 0 crashes, 0 hangs, 0 acknowledged edits lost, 0 files changed that should not have, 0 escape sequences let through, 0 failures without a message"))
        let tried = Int(last.dropFirst("hostile suite: ".count).prefix { $0.isNumber }) ?? 0
        #expect(tried >= 150, "the quick run tried \(tried) inputs")
    }
}
