// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// Output that cannot be written is an error with a message, never a crash; an edit that was saved
/// but could not be said so exits 4 and names what was saved, so that a script does not save it twice.
@Suite struct OutputFailureTests {
    /// Runs the binary through the shell with standard output sent where `redirect` says.
    private func shell(_ arguments: [String], stdout redirect: String) throws -> Run {
        let quoted = ([Run.binary.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        return try Run(command: ["/bin/sh", "-c", "exec \(quoted) \(redirect)"])
    }

    @Test(arguments: ["> /dev/full", ">&-"])
    func aSavedEditThatCannotBeSaidExitsFourAndNamesIt(redirect: String) throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let run = try shell(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "money", "--amount", "100", "--unit", "EUR"],
                          stdout: redirect)
        #expect(run.status == 4, "\(run.error)")
        #expect(run.error.hasPrefix("Opgeslagen: toezegging c-0094 (revisie 1); dat kon niet op de standaarduitvoer gezegd worden ("), "\(run.error)")
        #expect(DataFolder(path: folder).load().data?.commitment("c-0094") != nil, "the edit is saved")
        let update = try shell(["update", "commitment", "c-0094", "--data", folder, "--note", "x", "--lang", "en"], stdout: redirect)
        #expect(update.status == 4)
        #expect(update.error.hasPrefix("Saved: commitment c-0094 (revision 2); this could not be said on standard output ("))
    }

    @Test func aReportIntoAFullDiskIsAMessageNotACrash() throws {
        let report = try shell(["report", "--lang", "en"], stdout: "> /dev/full")
        #expect(report.status == 2)
        #expect(report.error == "Cannot write the output (No space left on device).\n")
        let check = try shell(["check"], stdout: ">&-")
        #expect(check.status == 2)
        #expect(check.error == "Kan de uitvoer niet schrijven (Bad file descriptor).\n")
    }

    /// A pipe whose reader has gone: no SIGPIPE, a message and exit 2.
    @Test func aReportIntoAPipeNobodyReadsIsAMessage() throws {
        let process = Process()
        process.executableURL = Run.binary
        process.arguments = ["report", "--format", "csv"]
        let pipe = Pipe()
        let errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try pipe.fileHandleForReading.close()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 2, "\(process.terminationReason.rawValue) \(process.terminationStatus)")
        #expect(message == "Kan de uitvoer niet schrijven (Broken pipe).\n")
    }
}
