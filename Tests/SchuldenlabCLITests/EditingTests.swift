// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// Edits from scripts, by real processes on a real folder.
@Suite struct EditingTests {
    private func notes(in folder: String) -> Set<String> {
        Set((DataFolder(path: folder).load().data?.commitments ?? []).compactMap(\.note))
    }

    @Test func addUpdateWithdrawAndTheLog() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let added = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--project", "jpf", "--kind", "money",
                             "--amount", "50000", "--unit", "EUR", "--author", "jan"])
        #expect(added.status == 0, "\(added.error)")
        #expect(added.output == "c-0094\n")
        let update = try Run(["update", "project", "jpf", "--data", folder, "--health", "attention", "--note", "Wachtlijst groeit",
                              "--author", "piet"])
        #expect(update.output == "jpf 2\n")
        #expect(try Run(["withdraw", "commitment", "c-0094", "--data", folder, "--author", "jan"]).output == "c-0094 2\n")

        let data = try #require(DataFolder(path: folder).load().data)
        #expect(data.commitment("c-0094")?.state == .withdrawn)
        #expect(data.commitment("c-0094")?.stamp.updatedBy == "jan")
        #expect(data.project("jpf")?.health == .attention)
        #expect(data.project("jpf")?.updates.last?.text == "Wachtlijst groeit")
        #expect(try Run(["check", "--data", folder]).status == 0)

        let log = try Run(["log", "--data", folder, "--entity", "c-0094", "--lang", "en"])
        // Each edit starts with its time in the lab's time zone, `1 Dec 2026 21:17`.
        let lines = log.output.split(separator: "\n").map { line in
            line.hasPrefix("    ") ? String(line) : line.components(separatedBy: "  ").dropFirst().joined(separator: "  ")
        }
        #expect(lines == ["jan  commitment c-0094  created", "jan  commitment c-0094  revision 2", "    State: pledged → withdrawn"])
        let dutch = try Run(["log", "--data", folder, "--entity", "jpf"]).output
        #expect(dutch.contains("piet  project jpf  revisie 2\n    Nieuwe statusupdate (op koers → aandacht): \"Wachtlijst groeit\"\n"), "\(dutch)")
    }

    @Test func anEditThatWouldBreakTheDataIsRefusedAndNothingIsWritten() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let before = scratch.contents(of: folder)
        let bad = try Run(["add", "commitment", "--data", folder, "--partner", "ingg", "--kind", "money", "--amount", "5", "--unit", "EUR",
                           "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.error == "--partner: there is no partner \"ingg\"; did you mean: ing?\nNothing was saved.\n")
        let unknown = try Run(["add", "commitment", "--data", folder, "--partner", "ing", "--kind", "mony", "--amount", "5", "--unit", "EUR"])
        #expect(unknown.status == 1)
        #expect(unknown.error.hasPrefix("--kind: onbekende waarde \"mony\""))
        var after = scratch.contents(of: folder)
        after.removeValue(forKey: "journal.lock")
        #expect(after == before)
    }

    /// Found while making the fuzzer's seeds: a contact without an e-mail address was saved, and
    /// the journal could not be read back, so that every later edit was refused.
    @Test func whatCannotBeReadBackIsRefusedBeforeItIsSaved() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let before = scratch.contents(of: folder)
        let refused = try Run(["add", "partner", "--data", folder, "--id", "test-bv", "--name", "Test BV", "--scope", "local",
                               "--sector", "private", "--kind", "bank", "--contact-name", "Piet", "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.error == "--contact-email: must not be empty\nNothing was saved.\n")
        var after = scratch.contents(of: folder)
        after.removeValue(forKey: "journal.lock")
        #expect(after == before)
        #expect(try Run(["add", "partner", "--data", folder, "--id", "test-bv", "--name", "Test BV", "--scope", "local", "--sector", "private",
                         "--kind", "bank", "--contact-name", "Piet", "--contact-email", "piet@test.nl"]).status == 0)
        #expect(try Run(["check", "--data", folder]).status == 0)
    }

    @Test func theSameCommitmentEditedFromTwoSidesIsAConflictNotAnOverwrite() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let first = try Run(["update", "commitment", "c-0001", "--data", folder, "--if-revision", "1", "--note", "van Anna", "--author", "anna"])
        #expect(first.status == 0)
        let second = try Run(["update", "commitment", "c-0001", "--data", folder, "--if-revision", "1", "--note", "van Bram", "--author", "bram"])
        #expect(second.status == 3)
        #expect(second.error.contains("Conflict: toezegging c-0001 is intussen gewijzigd door anna"))
        #expect(second.error.contains("--note: nu van Anna, u gaf van Bram (was Bedrag illustratief.)"), "\(second.error)")
        #expect(DataFolder(path: folder).load().data?.commitment("c-0001")?.note == "van Anna")
    }

    @Test func theBuiltInSampleCannotBeEdited() throws {
        let scratch = Scratch()
        let run = try Run(["withdraw", "commitment", "c-0001"], in: scratch.path)
        #expect(run.status == 2)
        #expect(run.error.contains("schuldenlab init DIR --sample"))
    }

    @Test func compactionFoldsTheJournalAndKeepsTheHistory() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        for note in ["een", "twee", "drie"] {
            _ = try Run(["add", "commitment", "--data", folder, "--partner", "cz", "--kind", "money", "--amount", "1", "--unit", "EUR",
                         "--note", note])
        }
        let before = DataFolder(path: folder).load().data
        let compact = try Run(["compact", "--data", folder])
        #expect(compact.output == "3 wijzigingen verwerkt in de bestanden.\n")
        #expect(try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8).isEmpty)
        #expect(DataFolder(path: folder).load().data == before)
        #expect(try Run(["log", "--data", folder]).output.split(separator: "\n").count == 3)
        #expect(try Run(["check", "--data", folder]).status == 0)
    }

    /// Four processes, 250 edits each, at the same time on one folder: all 1000 are there.
    @Test func fourWritersAtOnceLoseNothing() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let writers = try (1...4).map { writer -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // What is asserted is that nothing is lost; on a machine busy with the rest of the suite a
            // writer can wait longer than the 10 s it gives up after (that refusal is tested on its own).
            process.environment = ProcessInfo.processInfo.environment.merging(["SCHULDENLAB_LOCK_PATIENCE": "120"]) { $1 }
            process.arguments = ["-c", """
                for i in $(seq 250); do
                  "$0" add commitment --data "$1" --partner ing --kind money --amount 1 --unit EUR --note "w\(writer)-$i" >/dev/null || exit 1
                done
                """, Run.binary.path, folder]
            try process.run()
            return process
        }
        for writer in writers { writer.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        let expected = Set((1...4).flatMap { writer in (1...250).map { "w\(writer)-\($0)" } })
        #expect(notes(in: folder).isSuperset(of: expected))
        #expect(DataFolder(path: folder).load().data?.commitments.count == 93 + 1000)
        #expect(try Run(["check", "--data", folder]).status == 0)
    }

    /// A writer killed with SIGKILL at random moments, fifty times: the folder always loads, check
    /// passes, and every edit that was reported saved is there.
    @Test func killedWritersLoseNoSavedEdit() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let name = "slk-\(UUID().uuidString.prefix(8).lowercased())"
        let binary = scratch.file(name)
        try FileManager.default.createSymbolicLink(atPath: binary, withDestinationPath: Run.binary.path)
        var reported = Set<String>()
        var generator = SystemRandomNumberGenerator()
        for round in 1...50 {
            let output = scratch.file("saved-\(round)")
            let writer = Process()
            writer.executableURL = URL(fileURLWithPath: "/bin/sh")
            writer.arguments = ["-c", """
                for i in $(seq 40); do
                  "$0" add commitment --data "$1" --partner cz --kind money --amount 1 --unit EUR --note "k\(round)-$i" >/dev/null && echo "k\(round)-$i" >> "$2"
                done
                """, binary, folder, output]
            try writer.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.25, using: &generator))
            let kill = Process()
            kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
            kill.arguments = ["-KILL", "-x", name]
            try kill.run()
            kill.waitUntilExit()
            writer.terminate()
            writer.waitUntilExit()
            let saved = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            reported.formUnion(saved.split(separator: "\n").map(String.init))
            let report = DataFolder(path: folder).load()
            #expect(report.isClean, "round \(round): \(report.problems + report.warnings)")
        }
        #expect(notes(in: folder).isSuperset(of: reported))
        #expect(try Run(["check", "--data", folder]).status == 0)
    }
}
