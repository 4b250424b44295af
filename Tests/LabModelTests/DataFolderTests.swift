// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

@Suite struct DataFolderTests {
    /// A folder holding the fixture, and the problems a load of it reports, in Dutch.
    private func folder(with data: LabData = Fixture.data, edit: (TemporaryFolder) -> Void = { _ in }) throws
        -> (TemporaryFolder, LoadReport) {
        let temporary = TemporaryFolder()
        try DataFolder(path: temporary.path).save(data)
        edit(temporary)
        return (temporary, DataFolder(path: temporary.path).load())
    }

    private func replacing(_ old: String, with new: String, in file: DataFile, of folder: TemporaryFolder, occurrence: Int = 1) {
        let text = folder.read(file.fileName)
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let range = text.range(of: old, range: searchStart..<text.endIndex) {
            ranges.append(range)
            searchStart = range.upperBound
        }
        precondition(ranges.count >= occurrence, "\(old) not found \(occurrence) times in \(file)")
        folder.write(text.replacingCharacters(in: ranges[occurrence - 1], with: new), to: file.fileName)
    }

    /// "line:column" of the first character of `needle` in the file, as an editor counts.
    private func place(of needle: String, in file: DataFile, of folder: TemporaryFolder) -> String {
        let lines = folder.read(file.fileName).components(separatedBy: "\n")
        let line = lines.firstIndex { $0.contains(needle) }!
        let column = lines[line].distance(from: lines[line].startIndex, to: lines[line].range(of: needle)!.lowerBound)
        return "\(line + 1):\(column + 1)"
    }

    private func rendered(_ report: LoadReport) -> [String] {
        report.problems.map { $0.rendered(in: .nl) }
    }

    // MARK: Round trip

    @Test(arguments: ["fixture", "sample"])
    func everyEntitySurvivesASaveAndLoad(name: String) throws {
        let data = name == "sample" ? SampleLab.data : Fixture.data
        let (temporary, report) = try folder(with: data)
        #expect(report.problems.isEmpty, "\(rendered(report))")
        let loaded = try #require(report.data)
        #expect(loaded.lab == data.lab)
        #expect(loaded.partners.sorted { $0.id < $1.id } == data.partners.sorted { $0.id < $1.id })
        #expect(loaded.projects.sorted { $0.id < $1.id } == data.projects.sorted { $0.id < $1.id })
        #expect(loaded.commitments.sorted { $0.id < $1.id } == data.commitments.sorted { $0.id < $1.id })

        let before = DataFile.allCases.map { temporary.read($0.fileName) }
        try DataFolder(path: temporary.path).save(loaded)
        #expect(DataFile.allCases.map { temporary.read($0.fileName) } == before)
    }

    @Test func filesAreWrittenSortedByIDWithAFinalNewline() throws {
        let (temporary, _) = try folder()
        let partners = temporary.read("partners.json")
        let order = ["\"id\": \"bank\"", "\"id\": \"fonds\"", "\"id\": \"gemeente\""].map { partners.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        #expect(partners.hasPrefix("{\n  \"$schema\": \".schemas/partners.schema.json\",\n  \"partners\": [\n"))
        #expect(partners.hasSuffix("  \"schemaVersion\": 1\n}\n"))
        #expect(try !FileManager.default.contentsOfDirectory(atPath: temporary.path).contains { $0.hasPrefix(".") })
    }

    @Test func newFilesAreNotReadableByOthers() throws {
        let (temporary, _) = try folder()
        let mode = try FileManager.default.attributesOfItem(atPath: temporary.file("lab.json"))[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    // MARK: Each validation rule, with its message and place

    @Test func unknownEnumValue() throws {
        let (temporary, report) = try folder { replacing("\"sector\": \"societal\"", with: "\"sector\": \"sociaal\"", in: .partners, of: $0) }
        let at = place(of: "\"sociaal\"", in: .partners, of: temporary)
        #expect(rendered(report) == [
            "partners.json:\(at): $.partners[1].sector: onbekende waarde \"sociaal\"; toegestaan: public, private, societal",
        ])
        #expect(report.data == nil)
        #expect(!report.couldNotRead)
    }

    @Test func pinsTheWholeMessageFormatOnce() throws {
        let (_, report) = try folder { replacing("\"lead\": \"bank\"", with: "\"lead\": \"nobody\"", in: .projects, of: $0) }
        #expect(rendered(report) == ["projects.json:38:15: $.projects[1].lead: trekker \"nobody\" is geen partner in partners.json"])
        #expect(report.problems.map { $0.rendered(in: .en) }
                == ["projects.json:38:15: $.projects[1].lead: lead \"nobody\" is not a partner in partners.json"])
    }

    @Test func danglingPartnerAndProjectIDs() throws {
        let (temporary, report) = try folder {
            replacing("\"partner\": \"fonds\"", with: "\"partner\": \"fondz\"", in: .commitments, of: $0)
            replacing("\"project\": \"beta\"", with: "\"project\": \"betta\"", in: .commitments, of: $0)
        }
        #expect(rendered(report) == [
            "commitments.json:\(place(of: "\"fondz\"", in: .commitments, of: temporary)): $.commitments[4].partner: er is geen partner \"fondz\"",
            "commitments.json:\(place(of: "\"betta\"", in: .commitments, of: temporary)): $.commitments[4].project: er is geen project \"betta\"",
        ])
    }

    @Test func duplicateIDs() throws {
        var data = Fixture.data
        data = LabData(lab: data.lab, partners: data.partners, projects: data.projects,
                       commitments: data.commitments + [Fixture.commitment("c-1", "bank", nil, value: "5")])
        let (_, report) = try folder(with: data)
        // Files are sorted by id, so the copy stands right after the first.
        #expect(rendered(report).count == 1, "\(rendered(report))")
        #expect(rendered(report).first?.hasSuffix("$.commitments[1].id: id \"c-1\" komt dubbel voor (ook bij $.commitments[0].id)") == true)
        #expect(rendered(report).first?.hasPrefix("commitments.json:20:13:") == true)
    }

    @Test func negativeAmounts() throws {
        let (temporary, report) = try folder { replacing("\"valueEUR\": 250.5", with: "\"valueEUR\": -250.5", in: .commitments, of: $0) }
        #expect(rendered(report) == [
            "commitments.json:\(place(of: "-250.5", in: .commitments, of: temporary)): $.commitments[4].valueEUR: bedrag \"-250.5\" is negatief",
        ])
    }

    @Test func untilBeforeFrom() throws {
        let (temporary, report) = try folder { replacing("\"until\": \"2020-09-29\"", with: "\"until\": \"2018-12-31\"", in: .commitments, of: $0) }
        #expect(rendered(report) == [
            "commitments.json:\(place(of: "\"2018-12-31\"", in: .commitments, of: temporary)): $.commitments[4].until: einddatum 2018-12-31 ligt voor begindatum 2019-01-01",
        ])
    }

    @Test func unknownArrangementAndDebtPhase() throws {
        let (temporary, report) = try folder {
            replacing("\"arrangement\": \"a-two\"", with: "\"arrangement\": \"a-three\"", in: .projects, of: $0)
            replacing("\"p-three\"", with: "\"p-four\"", in: .projects, of: $0)
        }
        #expect(rendered(report) == [
            "projects.json:\(place(of: "\"a-three\"", in: .projects, of: temporary)): $.projects[1].arrangement: arrangement \"a-three\" bestaat niet in lab.json; bekend: a-one, a-two",
            "projects.json:\(place(of: "\"p-four\"", in: .projects, of: temporary)): $.projects[2].debtPhases[0]: schuldfase \"p-four\" bestaat niet in lab.json; bekend: p-one, p-two, p-three",
        ])
    }

    @Test func repeatedDebtPhase() throws {
        var project = Fixture.project("delta", lead: "bank", phases: ["p-one", "p-one"])
        project.name = "Delta"
        let data = Fixture.data
        let (_, report) = try folder(with: LabData(lab: data.lab, partners: data.partners, projects: data.projects + [project],
                                                   commitments: data.commitments))
        #expect(rendered(report).map { $0.drop { $0 != " " } } == [" $.projects[2].debtPhases[1]: schuldfase \"p-one\" staat er twee keer"])
    }

    @Test func missingFieldWrongTypeAndUnknownField() throws {
        let (temporary, report) = try folder {
            replacing("\"name\": \"Bank\"", with: "\"naam\": \"Bank\"", in: .partners, of: $0)
            replacing("\"founding\": false", with: "\"founding\": \"nee\"", in: .partners, of: $0, occurrence: 2)
        }
        #expect(rendered(report) == [
            "partners.json:4:5: $.partners[0]: het veld \"name\" ontbreekt",
            "partners.json:\(place(of: "\"naam\"", in: .partners, of: temporary)): $.partners[0].naam: onbekend veld \"naam\"; bedoelt u \"name\"? (het zou bij opslaan verloren gaan)",
            "partners.json:\(place(of: "\"nee\"", in: .partners, of: temporary)): $.partners[1].founding: verwacht true of false, maar dit is een tekst",
        ])
    }

    @Test func invalidDateIDEmailAndRevision() throws {
        var data = Fixture.data
        var partners = data.partners
        partners[0].contact = Contact(name: "Iemand", email: "iemand-at-bank")
        data = LabData(lab: data.lab, partners: partners, projects: data.projects, commitments: data.commitments)
        let (_, report) = try folder(with: data) {
            replacing("\"joined\": \"2016-07-07\"", with: "\"joined\": \"07-07-2016\"", in: .partners, of: $0)
            replacing("\"id\": \"fonds\"", with: "\"id\": \"Fonds 1818\"", in: .partners, of: $0)
            replacing("\"revision\": 1", with: "\"revision\": 0", in: .partners, of: $0, occurrence: 3)
        }
        let messages = rendered(report)
        #expect(messages.contains { $0.hasSuffix("$.partners[2].contact.email: ongeldig e-mailadres \"iemand-at-bank\"") })
        #expect(messages.contains { $0.hasSuffix("$.partners[0].joined: ongeldige datum \"07-07-2016\"; schrijf JJJJ-MM-DD, zoals \"2019-07-01\"") })
        #expect(messages.contains { $0.hasSuffix("$.partners[1].id: ongeldige id \"Fonds 1818\"; gebruik kleine letters, cijfers en streepjes, zoals \"ing\" of \"c-0042\"") })
        #expect(messages.contains { $0.hasSuffix("$.partners[2].revision: revisie \"0\" moet een geheel getal van 1 tot en met 1.000.000.000 zijn") })
        // The bank could not be read but its id was: its commitments are not reported as dangling.
        // The id "fonds" no longer exists, so its commitments are.
        #expect(messages.filter { $0.contains("er is geen partner") }.map { $0.drop { $0 != " " } } == [
            " $.commitments[4].partner: er is geen partner \"fonds\"",
            " $.commitments[5].partner: er is geen partner \"fonds\"",
        ])
        #expect(messages.count == 6, "\(messages)")
    }

    @Test func unsupportedSchemaVersion() throws {
        let (_, report) = try folder { replacing("\"schemaVersion\": 1", with: "\"schemaVersion\": 2", in: .lab, of: $0) }
        #expect(rendered(report).first?.hasSuffix("$.schemaVersion: schemaVersion \"2\" wordt niet ondersteund; deze versie van schuldenlab leest schemaVersion 1") == true)
    }

    @Test func escapeSequencesInDataAreShownVisibly() throws {
        let (_, report) = try folder { replacing("\"sector\": \"societal\"", with: "\"sector\": \"\\u001b[2J\"", in: .partners, of: $0) }
        let message = try #require(rendered(report).first)
        #expect(message.contains("onbekende waarde \"␛[2J\""))
        #expect(!message.unicodeScalars.contains { $0.value == 0x1B })
    }

    // MARK: Broken and unreadable files

    @Test func truncatedJSON() throws {
        let (temporary, report) = try folder {
            let text = $0.read("projects.json")
            $0.write(String(text.prefix(200)), to: "projects.json")
        }
        let lines = String(temporary.read("projects.json")).components(separatedBy: "\n")
        #expect(rendered(report) == ["projects.json:\(lines.count):\(lines.last!.count + 1): geen geldige JSON: het bestand houdt midden in een waarde op (afgebroken?)"])
        #expect(!report.couldNotRead)
    }

    @Test func invalidUTF8() throws {
        let (_, report) = try folder {
            $0.writeBytes(Array("{\n  \"schemaVersion\": 1,\n  \"partners\": [\"caf".utf8) + [0xE9, 0x22, 0x5D, 0x7D], to: "partners.json")
        }
        #expect(rendered(report) == ["partners.json:3:20: geen geldige JSON: geen geldige UTF-8 (is het bestand in een andere tekenset opgeslagen?)"])
    }

    @Test func missingAndEmptyFiles() throws {
        let (_, report) = try folder {
            try? FileManager.default.removeItem(atPath: $0.file("projects.json"))
            $0.write("", to: "commitments.json")
        }
        #expect(rendered(report) == [
            "projects.json: het bestand ontbreekt",
            "commitments.json:1:1: geen geldige JSON: het bestand is leeg",
        ])
        #expect(!report.couldNotRead)
    }

    @Test func aFolderWhereAFileShouldBe() throws {
        let (_, report) = try folder {
            try? FileManager.default.removeItem(atPath: $0.file("lab.json"))
            try? FileManager.default.createDirectory(atPath: $0.file("lab.json"), withIntermediateDirectories: false)
        }
        #expect(rendered(report) == ["lab.json: dit is geen gewoon bestand (een map of apparaat?)"])
        #expect(report.couldNotRead)
    }

    @Test func aMissingFolder() {
        let report = DataFolder(path: "/nonexistent/schuldenlab").load()
        #expect(rendered(report) == ["/nonexistent/schuldenlab: de map bestaat niet"])
        #expect(report.couldNotRead)
    }

    @Test func loadingNeverChangesAFile() throws {
        let temporary = TemporaryFolder()
        try DataFolder(path: temporary.path).save(Fixture.data)
        temporary.write("{\"schemaVersion\": 1, \"partners\": [", to: "partners.json")
        temporary.write("{\"schemaVersion\": 1, \"projects\": [], \"extra\": 1}", to: "projects.json")
        let before = temporary.snapshot()
        _ = DataFolder(path: temporary.path).load()
        #expect(temporary.snapshot() == before)
    }
}
