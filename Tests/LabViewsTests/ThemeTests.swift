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

    @Test func aBrokenThemeSaysWhatAndWhere() {
        let missing = ##"{"name": "x", "slots": {"text": {"fg": "#zzzzzz"}}}"##
        #expect(throws: ThemeProblem.badColor(slot: "text", field: "fg", value: "#zzzzzz")) { try Theme.parse(Data(missing.utf8)) }
        #expect(ThemeProblem.badColor(slot: "text", field: "fg", value: "#zzzzzz").message(in: .en)
                == "slots.text.fg: unknown colour \"#zzzzzz\" (use a name, #rrggbb or default)")
        #expect(throws: ThemeProblem.missingSlot("background")) { try Theme.parse(Data(#"{"name": "x", "slots": {}}"#.utf8)) }
        #expect(throws: ThemeProblem.notJSONObject) { try Theme.parse(Data("{".utf8)) }
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
        #expect(throws: ThemeProblem.missingSlots) { try catalog.theme(named: "kapot").get() }
        #expect(throws: ThemeProblem.notFound("nergens")) { try catalog.theme(named: "nergens").get() }
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
