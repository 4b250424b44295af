// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// publiccode.yml, what public-sector catalogues read, holds to the standard's core.
@Suite struct PublicCodeTests {
    private static let repository = repositoryFolder

    /// `scripts/validate-schema` of the file against docs/publiccode.schema.json: its status and what it said.
    private static func validate(_ file: String) throws -> (status: Int32, said: String) {
        let checked = try runCommand(["python3", repository + "/scripts/validate-schema", repository + "/docs/publiccode.schema.json", file])
        return (checked.status, checked.output)
    }

    @Test func publiccodeYmlIsValidAndSaysWhatTheProgramSays() throws {
        let file = Self.repository + "/publiccode.yml"
        let checked = try Self.validate(file)
        #expect(checked.status == 0, "\(checked.said)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("license: EUPL-1.2"))
        let version = try String(contentsOfFile: Self.repository + "/Sources/schuldenlab/Version.swift", encoding: .utf8)
        let current = try #require(version.firstMatch(of: /current = "([0-9.]+)"/)?.1)
        #expect(text.contains("softwareVersion: \"\(current)\""), "publiccode.yml names the version the program has")
    }

    @Test func theSchemaRefusesWhatTheStandardDoesNotAllow() throws {
        let broken = NSTemporaryDirectory() + "publiccode-" + UUID().uuidString + ".yml"
        defer { unlink(broken) }
        let text = try String(contentsOfFile: Self.repository + "/publiccode.yml", encoding: .utf8)
        try text.replacingOccurrences(of: "developmentStatus: beta", with: "developmentStatus: almost")
            .replacingOccurrences(of: "  license: EUPL-1.2\n", with: "").write(toFile: broken, atomically: true, encoding: .utf8)
        let checked = try Self.validate(broken)
        #expect(checked.status == 1 && checked.said.contains("almost") && checked.said.contains("license"), "\(checked.said)")
    }
}
