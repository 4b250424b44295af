// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The licence a municipality adopts the program under: EUPL-1.2, named in every source file, in
/// `LICENSE`, and by the program itself.
@Suite struct LicenceTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func everySourceFileNamesTheLicence() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.repository + "/scripts/licence-headers", "--check"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let missing = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "without an SPDX header (add it with scripts/licence-headers): \(missing)")
    }

    @Test func theLicenceIsTheEUPLAndTheProgramSaysSo() throws {
        let licence = try String(contentsOfFile: Self.repository + "/LICENSE", encoding: .utf8)
        #expect(licence.hasPrefix("                      EUROPEAN UNION PUBLIC LICENCE v. 1.2"))
        #expect(licence.contains("Appendix") && licence.contains("Compatible Licences"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tmux.binary)
        process.arguments = ["--version"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let version = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(version.split(separator: "\n").last == "EUPL-1.2 (European Union Public Licence v. 1.2)", "\(version)")
    }
}
