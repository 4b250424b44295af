// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import LabModel
@testable import LabViews

/// Screenshots in every format, on the sample's projects pane at a small size.
@Suite struct ExportTests {
    private func buffer(theme: Theme = ThemeCatalog.defaultTheme) -> Buffer {
        var state = sampleState(width: 60, height: 14)
        state.pane = .projects
        return Screen.render(state, context: RenderContext(theme: theme))
    }

    @Test(arguments: ScreenFormat.allCases)
    func everyFormatAgainstItsExpectedFile(format: ScreenFormat) throws {
        let text = ScreenExport.export(buffer(), as: format, theme: ThemeCatalog.defaultTheme)
        try expectScreen([String(text.dropLast())], named: "export-projects-60x14.\(format.rawValue)")
    }

    @Test func theSVGIsWellFormedXMLWithTheThemesColours() throws {
        let svg = ScreenExport.export(buffer(), as: .svg, theme: ThemeCatalog.defaultTheme)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.contains("fill=\"#5fafff\""), "the selection's colour of the default theme")
        let light = try ThemeCatalog(environment: [:]).theme(named: "light").get()
        let lightSVG = ScreenExport.export(buffer(theme: light), as: .svg, theme: light)
        #expect(lightSVG.contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"), "a light theme on white")
    }

    @Test func textFromTheDataIsEscapedInSVGAndHTML() throws {
        var state = sampleState(width: 60, height: 14)
        var data = state.data
        var partner = try #require(data.partner("ing"))
        partner.name = "<script>alert(\"x\")</script> & \u{1B}[2J"
        data.put(partner)
        state.data = data
        state.pane = .partners
        let buffer = Screen.render(state, context: RenderContext(theme: ThemeCatalog.defaultTheme))
        for format in [ScreenFormat.svg, .html] {
            let text = ScreenExport.export(buffer, as: format, theme: ThemeCatalog.defaultTheme)
            #expect(!text.contains("<script>"))
            #expect(text.contains("&lt;script&gt;"))
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        }
        let svg = ScreenExport.export(buffer, as: .svg, theme: ThemeCatalog.defaultTheme)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }

    @Test func ansiKeepsColoursAndResetsEveryLine() {
        let ansi = ScreenExport.export(buffer(), as: .ansi, theme: ThemeCatalog.defaultTheme)
        #expect(ansi.contains("\u{1B}[0;38;2;0;0;0;48;2;95;175;255m"), "the selection, black on blue")
        #expect(ansi.split(separator: "\n").allSatisfy { $0.hasSuffix("\u{1B}[0m") })
    }
}
