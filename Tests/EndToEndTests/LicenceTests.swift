// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The licence a municipality adopts the program under: EUPL-1.2, named in every source file, in
/// `LICENSE`, and by the program itself.
@Suite struct LicenceTests {
    @Test func everySourceFileNamesTheLicence() throws {
        let check = try runCommand(["python3", repositoryFolder + "/scripts/licence-headers", "--check"])
        #expect(check.status == 0, "without an SPDX header (add it with scripts/licence-headers): \(check.output)")
    }

    @Test func theLicenceIsTheEUPLAndTheProgramSaysSo() throws {
        let licence = try String(contentsOfFile: repositoryFolder + "/LICENSE", encoding: .utf8)
        #expect(licence.hasPrefix("                      EUROPEAN UNION PUBLIC LICENCE v. 1.2"))
        #expect(licence.contains("Appendix") && licence.contains("Compatible Licences"))
        let version = try runCommand([Tmux.binary, "--version"]).output
        #expect(version.split(separator: "\n").last == "EUPL-1.2 (European Union Public Licence v. 1.2)", "\(version)")
    }
}
