// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// The quick reader of the data files: entities made while the arrays are parsed, in pieces on
/// every core. It must give what the careful reader gives, and leave every problem to it.
@Suite struct QuickReadTests {
    private func elements(of text: String, pieceLength: Int) -> (elements: [JSONNode], end: Int)? {
        let bytes = Array(text.utf8)
        let start = bytes.firstIndex(of: UInt8(ascii: "["))!
        return bytes.withUnsafeBufferPointer { buffer in
            JSONArrayPieces.read(buffer, arrayAt: start, pieceLength: pieceLength) { { node in node } }
        }.map { (Array($0.elements), $0.end) }
    }

    private func parsedElements(of text: String) throws -> [JSONNode] {
        let root = try JSONParser.parse(Array(text.utf8))
        guard case .object(let members) = root.value, case .array(let elements) = members[0].value.value else { return [] }
        return elements
    }

    @Test func piecesCutEveryFewBytesGiveTheElementsInOrder() throws {
        let text = "{\"items\": [\n" + (0..<200).map { "    {\"n\": \($0), \"text\": \"a, {b}\"}" }.joined(separator: ",\n") + "\n  ]\n}\n"
        let read = try #require(elements(of: text, pieceLength: 64))
        #expect(read.elements == (try parsedElements(of: text)))
        #expect(Array(text.utf8)[read.end...].starts(with: Array("\n}".utf8)))
    }

    /// A nested list written at the indent of the elements: a cut there falls inside an element,
    /// and the piece before it reads on to the end instead.
    @Test func aCutInsideANestedListIsNoticedAndReadAcross() throws {
        let element = "  {\"list\": [\n  {\"x\": 1},\n  {\"x\": 2}\n  ]}"
        let text = "{\"items\": [\n" + Array(repeating: element, count: 30).joined(separator: ",\n") + "\n]}"
        let read = try #require(elements(of: text, pieceLength: 8))
        #expect(read.elements == (try parsedElements(of: text)))
        #expect(read.elements.count == 30)
    }

    @Test func anArrayOnOneLineIsReadAsOnePiece() throws {
        let text = "{\"items\": [" + (0..<50).map { "{\"n\": \($0)}" }.joined(separator: ", ") + "]}"
        #expect(try #require(elements(of: text, pieceLength: 4)).elements == (try parsedElements(of: text)))
        #expect(elements(of: "{\"items\": [ ]}", pieceLength: 4)?.elements == [])
    }

    @Test func aSyntaxErrorInAnyPieceLeavesItToTheCarefulReader() {
        let text = "{\"items\": [\n" + (0..<40).map { $0 == 31 ? "  {\"n\": 31,}" : "  {\"n\": \($0)}" }.joined(separator: ",\n") + "\n]}"
        #expect(elements(of: text, pieceLength: 16) == nil)
    }

    @Test func aGeneratedFolderReadsQuicklyAsItReadsCarefully() throws {
        var generator = Generator(seed: 11)
        let data = generator.data(Generator.Size(partners: 300, projects: 150, commitments: 3_000))
        let temporary = TemporaryFolder()
        let folder = DataFolder(path: temporary.path)
        try folder.save(data)
        var contents: [DataFile: DataFolder.FileContent] = [:]
        for file in DataFile.allCases { contents[file] = .success(try FileBytes.read(folder.filePath(file))) }
        let quick = try #require(DataFolder.readQuickly(contents))
        #expect(quick == data)
        #expect(folder.load().data == data)
    }

    /// Anything wrong, also what leaves every entity readable (an unknown field, a reference to
    /// nobody), sends the folder to the careful reader, which says what and where.
    @Test func aProblemOfAnyKindIsLeftToTheCarefulReader() throws {
        let temporary = TemporaryFolder()
        let folder = DataFolder(path: temporary.path)
        try folder.save(Fixture.data)
        let original = temporary.read(DataFile.commitments.fileName)
        for (old, new) in [("\"unit\"", "\"colour\": \"red\", \"unit\""), ("\"partner\": \"", "\"partner\": \"nobody-")] {
            temporary.write(original.replacingOccurrences(of: old, with: new), to: DataFile.commitments.fileName)
            var contents: [DataFile: DataFolder.FileContent] = [:]
            for file in DataFile.allCases { contents[file] = .success(try FileBytes.read(folder.filePath(file))) }
            #expect(DataFolder.readQuickly(contents) == nil)
            let report = folder.load()
            #expect(report.data == nil)
            #expect(report.problems.allSatisfy { $0.file == DataFile.commitments.fileName && $0.position != nil })
        }
    }
}
