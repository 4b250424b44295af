// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabViews

@Suite struct ThemeTests {
    @Test func theSixThemesAreBuiltInAndParse() throws {
        #expect(ThemeCatalog.builtInNames == ["beamer", "default", "haags", "high-contrast", "light", "monochrome"])
        for name in ThemeCatalog.builtInNames {
            let theme = try ThemeCatalog(environment: [:]).theme(named: name).get()
            #expect(theme.name == name)
        }
    }

    @Test func theBuiltInThemesAreTheFilesInThemes() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes").standardized
        for name in ThemeCatalog.builtInNames {
            let file = try String(contentsOf: folder.appendingPathComponent(name + ".json"), encoding: .utf8)
            #expect(BuiltInThemeFiles.texts[name] == file)
        }
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try Theme.parse(Data(text.utf8), file: "mijn.json")
            return []
        } catch .invalid(let problems) {
            return problems.map { $0.rendered(in: .en) }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func aBrokenThemeSaysEveryProblemWithItsPlace() {
        var slots = ThemeSlot.allCases.map { "\"\($0.rawValue)\": {}" }
        slots[1] = ##""text": {"fg": "#zzzzzz", "bold": "ja"}"##
        slots[2] = ##""mutd": {}"##
        let said = problems("{\"name\": \"x\",\n \"slots\": {" + slots.joined(separator: ",\n") + "}}")
        #expect(said.contains { $0.hasPrefix("mijn.json:3:") && $0.contains("slots.text.fg") && $0.contains("#zzzzzz") }, "\(said)")
        #expect(said.contains { $0.contains("slots.text.bold") && $0.contains("true or false") }, "\(said)")
        #expect(said.contains { $0.contains("mutd") && $0.contains("muted") }, "an unknown slot, with the nearest name: \(said)")
        #expect(said.contains { $0.contains("muted") && $0.contains("missing") }, "\(said)")
        #expect(said.count == 4)
        #expect(problems(#"{"name": "x", "name": "y", "slots": {}}"#).first?.contains("name") == true, "a duplicate key is refused")
        #expect(problems("{").first?.hasPrefix("mijn.json:1:") == true)
    }

    @Test func aUserThemeWinsAndABrokenOneIsReported() throws {
        let folder = NSTemporaryDirectory() + "schuldenlab-themes-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/schuldenlab/themes", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var text = BuiltInThemeFiles.texts["light"]!.replacingOccurrences(of: "\"name\": \"light\"", with: "\"name\": \"mijn\"")
        try text.write(toFile: folder + "/schuldenlab/themes/mijn.json", atomically: true, encoding: .utf8)
        text = "{\"name\": \"kapot\"}"
        try text.write(toFile: folder + "/schuldenlab/themes/kapot.json", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": folder])
        #expect(catalog.names.contains("mijn"))
        #expect(try catalog.theme(named: "mijn").get().name == "mijn")
        #expect(throws: ThemeProblem.self) { try catalog.theme(named: "kapot").get() }
        if case .failure(let problem) = catalog.theme(named: "kapot") {
            #expect(problem.message(in: .en).contains("kapot.json:1:1: "), "\(problem.message(in: .en))")
        }
        #expect(throws: ThemeProblem.notFound("nergens", choices: catalog.names)) { try catalog.theme(named: "nergens").get() }
    }

    @Test func coloursAreReducedToWhatTheTerminalHas() {
        #expect(ColorReduction.reduce(.rgb(0x5f, 0xaf, 0xff), to: .twoFiftySix) == .indexed(75))
        #expect(ColorReduction.reduce(.rgb(0x30, 0x30, 0x30), to: .twoFiftySix) == .indexed(236))
        #expect(ColorReduction.reduce(.rgb(255, 0, 0), to: .sixteen) == .indexed(9))
        #expect(ColorReduction.reduce(.rgb(200, 0, 0), to: .eight) == .indexed(1))
        #expect(ColorReduction.reduce(.indexed(200), to: .eight) != .indexed(200))
        #expect(ColorReduction.reduce(.rgb(1, 2, 3), to: .trueColor) == .rgb(1, 2, 3))
        #expect(ColorReduction.reduce(.rgb(1, 2, 3), to: .none) == .terminalDefault)
    }

    @Test func withoutColourASelectionIsShownInReverse() throws {
        let theme = ThemeCatalog.defaultTheme
        let selection = theme[.selection].reduced(to: .none)
        #expect(selection.reverse)
        #expect(selection.foreground == .terminalDefault && selection.background == .terminalDefault)
        #expect(!theme[.text].reduced(to: .none).reverse)
        #expect(theme[.header].reduced(to: .none).bold)
    }
}
