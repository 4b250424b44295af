// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// A coordinator in a real terminal types an amount as the screen shows it and posts a status update
/// after a busy day of edits; the screen shows both in words.
@Suite(.serialized) struct EditingInWordsTests {
    @Test func aDutchAmountAndAStatusUpdateAfterFortyEdits() throws {
        let folder = try sampleFolder(named: "words")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for number in 1...40 {
            let edit = Process()
            edit.executableURL = URL(fileURLWithPath: Tmux.binary)
            edit.arguments = ["update", "commitment", "c-" + String(format: "%04d", number + 10), "--data", folder,
                              "--note", "Besproken \(number)", "--author", "bram"]
            edit.standardOutput = FileHandle.nullDevice
            try edit.run()
            edit.waitUntilExit()
            #expect(edit.terminationStatus == 0)
        }

        let terminal = try Tmux(Tmux.program("--data \(folder) --author anna"), width: 120, height: 35)
        try terminal.waitFor("Overzicht")
        try terminal.send("4")
        try terminal.waitFor("Toezeggingen (93)")
        for _ in 1...5 { try terminal.send("j") }
        try terminal.send("e")
        try terminal.waitFor("Toezegging c-0006")
        for _ in 1...3 { try terminal.send("Tab") }
        for _ in 1...6 { try terminal.send("BSpace") }
        try terminal.type("30.000")
        try terminal.send("Enter")
        var screen = try terminal.waitFor("Opgeslagen: toezegging c-0006 (ING)")
        #expect(screen.contains("€ 30.000    € 30.000"), "\(screen)")

        try terminal.send("3")
        try terminal.waitFor("Projecten (9)")
        try terminal.send("/")
        try terminal.type("jongeren")
        try terminal.send("Enter")
        try terminal.send("p")
        try terminal.waitFor("Statusupdate: Jongeren Perspectief Fonds")
        try terminal.send("Tab")
        try terminal.type("Wachtlijst groeit")
        try terminal.send("Enter")
        try terminal.waitFor("Opgeslagen: project Jongeren Perspectief Fonds")

        try terminal.send("7")
        screen = try terminal.waitFor("Logboek (59)")
        let rows = screen.split(separator: "\n").map(String.init)
        #expect(rows[3].contains("anna") && rows[3].contains("Nieuwe statusupdate (op koers): \"Wachtlijst groeit\""), "\(screen)")
        #expect(rows[4].contains("anna") && rows[4].contains("Hoeveelheid: € 25.000 → € 30.000"), "\(screen)")
        #expect(rows[5].contains("bram") && rows[5].contains("Notitie: Bedrag illustratief. → Besproken 40"), "\(screen)")
        #expect(!screen.contains("\"at\"") && !screen.contains("valueEUR"), "no JSON and no field codes")
        try terminal.send("q")
        try terminal.waitFor("END")
    }
}
