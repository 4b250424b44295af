// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Testing
@testable import LabSheets

/// The ZIP container and the XML of a workbook, read by the program itself: what a real workbook
/// holds is read, what a damaged or hostile one holds is refused with a reason.
@Suite struct ContainerTests {
    @Test func anArchiveReadsBackWhatWasWrittenAndRefusesDamage() throws {
        let text = Array(String(repeating: "Schuldenlab070 € ", count: 500).utf8)
        let written = try ZipArchive.archive([(name: "xl/a.xml", contents: text), (name: "leeg", contents: [])])
        let archive = try ZipArchive(written)
        #expect(try archive.contents(of: #require(archive["xl/a.xml"])) == text)
        #expect(try archive.contents(of: #require(archive["leeg"])) == [])
        #expect(written.count < text.count / 10, "deflated")

        var damaged = written
        damaged[60] ^= 0xFF
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(damaged).contents(of: #require(ZipArchive(damaged)["xl/a.xml"])) }
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(Array(written.prefix(written.count - 30))) }
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(Array("not a zip at all, only text".utf8)) }
    }

    @Test func xmlWithReferencesCDATAAndPrefixesIsRead() throws {
        let root = try XMLReader.root(of: Array("""
            \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment --><x:sst xmlns:x="urn:x" count='2'><x:si><x:t xml:space="preserve"> A &amp; B &#233;&#x20AC; </x:t></x:si>
            <x:si><x:r><x:t>een</x:t></x:r><x:r><x:t><![CDATA[<twee>]]></x:t></x:r></x:si><empty/></x:sst>
            """.utf8))
        #expect(root.name == "sst" && root["count"] == "2")
        #expect(root.children(named: "si").first?.child(named: "t")?.text == " A & B é€ ")
        #expect(root.children(named: "si").last?.children(named: "r").compactMap { $0.child(named: "t")?.text } == ["een", "<twee>"])
        #expect(root.child(named: "empty") != nil)
    }

    @Test func hostileXMLIsRefusedNotExpanded() {
        let refused = [
            #"<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>"#,
            #"<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>"#,
            "<x><y></x></y>",
            "<x>&nope;</x>",
            "<x a=1/>",
            "<x>",
            String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300),
        ]
        for text in refused {
            #expect(throws: XMLReader.Failure.self, "\(text.prefix(40))") { try XMLReader.root(of: Array(text.utf8)) }
        }
    }
}
