// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// What goes wrong around a running program: the lock held by a hung process, the journal cut
/// away, the folder renamed. The user is told, the data on screen stays, no saved edit is lost.
@Suite(.serialized) struct FaultsInTheProgramTests {
    private func journal(_ folder: String) -> String {
        (try? String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)) ?? ""
    }

    private func quit(_ tmux: Tmux) throws {
        try tmux.send("q")
        let screen = try tmux.waitFor("END")
        #expect(screen.contains("EXIT=0"))
        #expect(screen.contains("icanon echo"))
    }

    @Test func aLockHeldByAHungProcessIsWaitedForVisiblyAndThenRefused() throws {
        let folder = try sampleFolder(named: "faults")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = try Tmux(Tmux.program("--data \(folder)", environment: "SCHULDENLAB_LOCK_PATIENCE=3"), width: 100, height: 24)
        try tmux.waitFor("Overzicht")
        try tmux.send("4")
        try tmux.waitFor("Toezeggingen (93)")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", folder + "/journal.lock", "sleep", "30"]
        try holder.run()
        defer { holder.terminate() }
        // Until flock holds it, a non-blocking try succeeds.
        while true {
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
            probe.arguments = ["--nonblock", "--shared", folder + "/journal.lock", "true"]
            try probe.run()
            probe.waitUntilExit()
            if probe.terminationStatus != 0 { break }
            Thread.sleep(forTimeInterval: 0.02)
        }

        try tmux.send("w")
        try tmux.waitFor("j ja")
        try tmux.send("j")
        try tmux.waitFor("Wachten: een ander proces heeft de map vergrendeld (journal.lock)")
        try tmux.waitFor("Niet opgeslagen: de datamap is al langer dan", seconds: 10)
        #expect(journal(folder).isEmpty, "nothing was written")
        try tmux.send("j", "j", "k")
        try tmux.waitFor("Esc: melding sluiten")
        #expect(try tmux.screen().contains("Niet opgeslagen: de datamap is al langer dan"), "the refusal stays until it is dismissed")
        try tmux.send("Escape")
        // With the message gone, the status line names the folder again.
        #expect(!(try tmux.waitFor(folder)).contains("Niet opgeslagen"))
        try quit(tmux)
    }

    @Test func aJournalEmptiedBySomeoneElseIsWrittenBack() throws {
        let folder = try sampleFolder(named: "faults")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = try Tmux(Tmux.program("--data \(folder) --author anna"), width: 100, height: 24)
        try tmux.waitFor("Overzicht")
        try tmux.send("4")
        try tmux.waitFor("Toezeggingen (93)")
        try tmux.withdrawSelectedCommitment()
        let saved = journal(folder)
        #expect(saved.contains("\"state\":\"withdrawn\""))

        FileManager.default.createFile(atPath: folder + "/journal.jsonl", contents: Data())
        try tmux.waitFor("Iemand heeft journal.jsonl ingekort of verwijderd; teruggezet, bewerkingen: 1")
        #expect(journal(folder) == saved, "the saved edit is back on disk")
        try quit(tmux)
    }

    @Test func aFolderRenamedAwayIsSaidRefusesEditsAndMendsWhenItIsBack() throws {
        let folder = try sampleFolder(named: "faults")
        let moved = folder + "-moved"
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: moved)
        }
        let tmux = try Tmux(Tmux.program("--data \(folder)"), width: 200, height: 24)
        try tmux.waitFor("Overzicht")
        try tmux.send("4")
        try tmux.waitFor("Toezeggingen (93)")

        try FileManager.default.moveItem(atPath: folder, toPath: moved)
        var screen = try tmux.waitFor("Opnieuw inlezen mislukt; de vorige gegevens blijven staan")
        #expect(screen.contains("Toezeggingen (93)"), "the data stays on screen")
        try tmux.send("w")
        try tmux.waitFor("j ja")
        try tmux.send("j")
        screen = try tmux.waitFor("Niet opgeslagen: ")
        #expect(screen.contains("de map bestaat niet"))

        try FileManager.default.moveItem(atPath: moved, toPath: folder)
        try tmux.waitFor("Opnieuw ingelezen")
        #expect(journal(folder).isEmpty, "nothing was saved while the folder was away")
        try quit(tmux)
    }
}
