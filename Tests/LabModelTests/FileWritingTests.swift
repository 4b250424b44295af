// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabModel

/// The data files written in pieces on every core: byte for byte what writing the whole file as
/// one JSON value gives, entities in id order whatever order they are held in.
@Suite struct FileWritingTests {
    private func wholeText(_ file: DataFile, _ entities: [JSONValue]) -> String {
        JSONWriter.prettyPrinted(.object([
            JSONMember(FileHeader.schemaReferenceKey, JSONNode(.string(file.schemaReference))),
            JSONMember(FileHeader.schemaVersionKey, JSONNode(.number(String(Lab.schemaVersion)))),
            JSONMember(file.collectionKey!, JSONNode(JSONValue(entities))),
        ]))
    }

    @Test func manyPiecesInShuffledOrderGiveTheWholeFileSortedById() {
        var generator = Generator(seed: 5)
        let generated = generator.data(Generator.Size(partners: 200, projects: 100, commitments: 10_000))
        let data = LabData(lab: generated.lab, partners: generated.partners, projects: generated.projects,
                           commitments: generated.commitments.shuffled())
        let sorted = data.commitments.sorted { $0.id < $1.id }
        #expect(data.fileText(for: .commitments) == wholeText(.commitments, sorted.map(\.json)))
        #expect(data.fileText(for: .partners) == wholeText(.partners, data.partners.map(\.json)))
    }

    @Test func anEmptyCollectionIsAnEmptyArray() {
        let data = LabData(lab: Fixture.data.lab, partners: Fixture.data.partners, projects: Fixture.data.projects, commitments: [Commitment]())
        let text = data.fileText(for: .commitments)
        #expect(text == wholeText(.commitments, []))
        #expect(text.contains("\"commitments\": []"))
    }

    @Test func controlCharactersAreEscapedAndOtherTextKept() {
        var output = JSONBytes()
        output.writeString("a\"b\\c\n\u{1B}[31m é \u{85}\u{2028}€")
        #expect(output.text == #""a\"b\\c\n\u001b[31m é \u0085\u2028€""#)
    }
}
