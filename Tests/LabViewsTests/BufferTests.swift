// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel
import Testing
@testable import LabViews

@Suite struct BufferTests {
    @Test func measuresWideAndCombiningCharacters() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("漢") == 2)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("Café 漢字") == 9)
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplitAtAnEdge() {
        var buffer = Buffer(width: 5, height: 1)
        let written = buffer.write("ab漢字", x: 0, y: 0, style: .plain)
        #expect(written == 4)
        #expect(buffer.lines == ["ab漢 "])
        #expect(buffer[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("漢字", x: 0, y: 0, style: .plain)
        buffer.write("x", x: 1, y: 0, style: .plain)
        #expect(buffer.lines == [" x字"])
        buffer.write("y", x: 2, y: 0, style: .plain)
        #expect(buffer.lines == [" xy "])
    }

    @Test func escapeSequencesAreDrawnVisiblyNeverPassedOn() {
        var buffer = Buffer(width: 12, height: 1)
        buffer.write("a\u{1B}[2Jb\u{7}", x: 0, y: 0, style: .plain)
        #expect(buffer.lines == ["a␛[2Jb␇     "])
        #expect(!buffer.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func writingStopsAtTheLimitAndTheEdge() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.write("abcdefgh", x: 2, y: 0, limit: 3, style: .plain)
        buffer.write("abcdefgh", x: 4, y: 1, style: .plain)
        buffer.write("zz", x: 0, y: 5, style: .plain)
        #expect(buffer.lines == ["  abc ", "    ab"])
    }

    @Test func truncatesWithAnEllipsisByWidth() {
        #expect("Gemeente Den Haag".truncated(toWidth: 10) == "Gemeente …")
        #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
        #expect("kort".padded(toWidth: 6) == "kort  ")
        #expect("42".padded(toWidth: 4, alignRight: true) == "  42")
    }

    @Test func wrapsAtSpacesAndCutsLongWords() {
        let lines = Line("een twee drie vier").wrapped(toWidth: 9)
        #expect(lines.map { $0.spans.map(\.text).joined() } == ["een twee ", "drie vier"])
        let long = Line("abcdefghijkl").wrapped(toWidth: 5)
        #expect(long.map { $0.spans.map(\.text).joined() } == ["abcde", "fghij", "kl"])
    }

    /// A wrapped line goes on under its own text, and an amount or a date is never broken in two.
    @Test func wrappingKeepsTheIndentAndValuesWhole() {
        func texts(_ lines: [Line]) -> [String] { lines.map { $0.spans.map(\.text).joined() } }
        #expect(texts(TextView.wrap([Line("    Partners voor de uitvoering worden nog gezocht.")], width: 30))
            == ["    Partners voor de ", "    uitvoering worden nog ", "    gezocht."])
        #expect(texts(TextView.wrap([Line("totaal geleverd € 3.021.800 deze maand")], width: 20))
            == ["totaal geleverd ", "  € 3.021.800 deze ", "  maand"])
        #expect(texts(TextView.wrap([Line("▓ tot € 1 mln, █ meer")], width: 13)) == ["▓ tot ", "  € 1 mln, █ ", "  meer"])
        #expect(texts(TextView.wrap([Line("Gewijzigd sinds 16 dec 2019: twee")], width: 24))
            == ["Gewijzigd sinds ", "  16 dec 2019: twee"])
        let help = Line([Span("  j k              "), Span("een rij omlaag of omhoog in de lijst")]).hanging(at: 19)
        #expect(texts(TextView.wrap([help], width: 40)) == ["  j k              een rij omlaag of ", "                   omhoog in de lijst"])
    }

    @Test func splitsByConstraints() {
        let rect = Rect(x: 0, y: 0, width: 100, height: 10)
        #expect(Layout.split(rect, .horizontal, [.fixed(10), .fill(1), .percentage(20)]).map(\.width) == [10, 70, 20])
        #expect(Layout.split(rect, .horizontal, [.min(30), .fill(2)]).map(\.width) == [53, 47])
        #expect(Layout.split(rect, .vertical, [.fixed(1), .fill(1), .fixed(1)]).map(\.height) == [1, 8, 1])
        // Too little room: the later parts give way.
        #expect(Layout.split(Rect(x: 0, y: 0, width: 5, height: 1), .horizontal, [.fixed(4), .fixed(4)]).map(\.width) == [4, 1])
    }

    @Test func tableColumnsGiveWayByPriority() {
        let columns = [TableColumn(title: .columnName, minWidth: 10, weight: 1),
                       TableColumn(title: .columnID, minWidth: 6, weight: 0, priority: 1),
                       TableColumn(title: .columnValue, minWidth: 8, weight: 0)]
        #expect(TableView.columnWidths(columns, width: 40) == [24, 6, 8])
        #expect(TableView.columnWidths(columns, width: 20) == [11, 0, 8])
    }
}

@Suite struct VirtualTableTests {
    final class Counter: @unchecked Sendable {
        var count = 0
    }

    @Test func aTableFormatsOnlyTheRowsItShows() {
        let counter = Counter()
        let model = TableModel(columns: [TableColumn(title: .columnName, minWidth: 10, weight: 1)],
                               ids: PiecedList((0..<10_000).map { "r\($0)" }),
                               row: { index in
                                   counter.count += 1
                                   return TableRow(id: "r\(index)", cells: ["row \(index)"])
                               },
                               sortKey: { index, _ in .number(Int64(index)) })
        let rows = model.visibleRows(filter: RowFilter("", kind: nil, searchedColumns: nil, data: SampleLab.data, language: .nl,
                                                       day: SampleLab.asOf),
                                     sortColumn: nil, descending: false)
        #expect(counter.count == 0)
        var buffer = Buffer(width: 20, height: 10)
        TableView.draw(&buffer, buffer.area, columns: model.columns, rows: rows, selected: 500, offset: 500,
                       sort: .init(column: nil, descending: false), language: .nl,
                       context: RenderContext(theme: ThemeCatalog.defaultTheme))
        #expect(counter.count == 9, "the header row and nine visible rows; no other row was formatted")
        #expect(buffer.lines[1].hasPrefix("row 500"))
        #expect(buffer.lines[9].hasPrefix("row 508"))
    }
}

@Suite struct ASCIIFallbackTests {
    @Test func everyCellBecomesOnePlainCharacter() {
        var buffer = Buffer(width: 16, height: 1)
        buffer.write("Café € 漢…│é", x: 0, y: 0, style: .plain)
        let plain = buffer.asciiOnly()
        #expect(plain.lines == ["Cafe E ??~|e    "])
        #expect(plain.cells.allSatisfy { $0.text.count == 1 && $0.text.first!.isASCII })
    }
}
