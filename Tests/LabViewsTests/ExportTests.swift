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

    /// Borders as unbroken lines and the Netwerk matrix as blocks of colour, on the grid, inside a
    /// margin: no viewer's font can leave gaps in a border, blur a shade or cut off the last column.
    @Test func bordersAndTheMatrixAreDrawnAsShapes() throws {
        var state = sampleState(width: 80, height: 24)
        state.pane = .network
        let light = try ThemeCatalog(environment: [:]).theme(named: "light").get()
        let buffer = Screen.render(state, context: RenderContext(theme: light))
        let svg = ScreenExport.export(buffer, as: .svg, theme: light)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("width=\"738\" height=\"450\""), "80 x 9 and 24 x 18 points, and a margin of 9 all round")
        let drawnByFont = svg.split(separator: "\n").filter { $0.hasPrefix("<text") && $0.contains { "─│┌┐└┘░▒▓█".contains($0) } }
        #expect(drawnByFont.isEmpty, "\(drawnByFont.prefix(2))")

        // The frame's right side is one line, from the middle of its top corner to the middle of its bottom one.
        let right = buffer.width - 1
        let top = try #require((0..<buffer.height).first { buffer[right, $0].text == "┐" })
        let bottom = try #require((0..<buffer.height).first { buffer[right, $0].text == "┘" })
        #expect(svg.contains("M\(right * 9 + 4).50 \(top * 18 + 9)V\(bottom * 18 + 9)"), "the right border whole")

        // Every shade of the matrix (off the selected row) is a cell of colour on the white page: a
        // quarter, a half, three quarters and all of the bars' colour.
        var fills: [String: Set<String>] = [:]
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where "░▒▓█".contains(buffer[x, y].text) && !buffer[x, y].style.reverse
                && buffer[x, y].style.background == light[.background].background {
                let cell = try Regex("<rect x=\"\(x * 9)\" y=\"\(y * 18)\" width=\"9\" height=\"18\" fill=\"(#[0-9a-f]{6})\"/>")
                let fill = try #require(svg.firstMatch(of: cell)?.output[1].substring, "the shade at \(x),\(y)")
                fills[buffer[x, y].text, default: []].insert(String(fill))
            }
        }
        #expect(fills.count == 4 && fills.values.allSatisfy { $0.count == 1 && !$0.contains("#ffffff") }, "one colour per shade: \(fills)")
        #expect(Set(fills.values.map { $0.first! }).count == 4, "and four different ones: \(fills)")

        let html = ScreenExport.export(buffer, as: .html, theme: light)
        #expect(!html.contains { "░▒▓█".contains($0) }, "the HTML paints the shades too")
        #expect(html.contains("<span style=\"background:#"))
        #expect(ScreenExport.export(buffer, as: .text, theme: light).contains("▒"), "text keeps the characters")
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
