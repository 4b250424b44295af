// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// `scripts/screens` makes a picture of every screen, as SVG and PNG, for a person to look at: a smoke
/// test that every one is made and none is empty, not a comparison of pixels.
@Suite struct ScreensScriptTests {
    @Test func everyScreenIsMadeAsSVGAndPNG() throws {
        let folder = NSTemporaryDirectory() + "schuldenlab-screens-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try runCommand(["python3", repositoryFolder + "/scripts/screens", folder, "--binary", Tmux.binary])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("504 screens as SVG and PNG"), "\(run.output)")
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        for stem in ["help-nl-80x24-default", "form-new-commitment-en-160x48-light", "project-detail-nl-120x35-beamer",
                     "confirm-withdraw-en-80x24-beamer", "filter-nl-160x48-default", "conflict-en-120x35-light",
                     "demo-1-nl-80x24-beamer", "demo-9-en-160x48-default"] {
            #expect(index.contains("\(stem).png"), "\(stem) in the index")
            let picture = try #require(FileManager.default.contents(atPath: "\(folder)/\(stem).png"))
            #expect(picture.count > 5_000 && picture.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(stem).png is a picture")
        }
        // The form is really open in its picture: the keys reached the program.
        let form = try String(contentsOfFile: folder + "/form-new-commitment-nl-80x24-default.svg", encoding: .utf8)
        #expect(form.contains("Nieuwe toezegging"))
        // The conflict is one a real synchronisation found, and its dialog is open.
        let conflict = try String(contentsOfFile: folder + "/conflict-nl-80x24-default.svg", encoding: .utf8)
        #expect(conflict.contains("Op twee plekken gewijzigd") && conflict.contains("Versie van kees"))
        #expect(index.contains("Bekeken en verbeterd"), "the list of what was looked at, above the pictures")
    }

    @Test func aKeyThatIsNoKeyIsRefusedByName() throws {
        let run = try runCommand([Tmux.binary, "screenshot", "--pane", "overview", "--keys", "? Foo"])
        #expect(run.status != 0 && run.output.contains("--keys: Foo is not a key"), "\(run.output)")
    }
}
