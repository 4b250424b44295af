// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// "What changed since the last meeting" on the sample after a scripted month of edits, one of them
/// before the meeting: against expected texts in both languages, checked by eye.
@Suite struct ChangesSinceTests {
    private static let expectedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")
    private static let meeting = Day("2020-01-06")!

    /// Noon in Amsterdam on the day, as an edit's moment.
    private func noon(_ day: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(Day(day)!.ordinal * 86_400 + 11 * 3_600))
    }

    private func edit(_ folder: DataFolder, by author: String, on day: String, _ change: (LabData) -> EntityChange) throws {
        _ = try folder.commit(author: author, now: noon(day)) { data throws(EditFailure) in change(data) }
    }

    /// The sample with a month of edits: one before the meeting, the rest after.
    private func editedSample(in temporary: TemporaryFolder) throws -> (DataFolder, LabData) {
        let folder = DataFolder(path: temporary.path)
        try folder.save(SampleLab.data)
        let sample = SampleLab.data
        try edit(folder, by: "anna", on: "2020-01-03") { _ in
            var before = sample.commitment("c-0008")!
            before.note = "Voor het overleg gewijzigd."
            return EntityChange(.commitment(before), basedOn: before.stamp.revision)
        }
        try edit(folder, by: "bram", on: "2020-01-07") { data in
            var delivered = data.commitment("c-0006")!
            delivered.state = .delivered
            return EntityChange(.commitment(delivered), basedOn: delivered.stamp.revision)
        }
        try edit(folder, by: "carla", on: "2020-01-08") { data in
            var withdrawn = data.commitment("c-0007")!
            withdrawn.state = .withdrawn
            return EntityChange(.commitment(withdrawn), basedOn: withdrawn.stamp.revision)
        }
        try edit(folder, by: "anna", on: "2020-01-09") { data in
            let partner = Partner(id: "stichting-urgente-noden", name: "Stichting Urgente Noden", scope: .local, sector: .societal, kind: .fund,
                                  founding: false, joined: Day("2020-01-09")!, contact: nil, motives: [], note: nil, stamp: sample.partners[0].stamp)
            return EntityChange(.partner(partner), basedOn: nil)
        }
        try edit(folder, by: "anna", on: "2020-01-10") { data in
            let new = Commitment(id: data.nextCommitmentID, partner: "stichting-urgente-noden", project: "jpf", kind: .money,
                                 amount: Quantity(30_000), unit: "EUR", valueEUR: Money(30_000), from: Day("2020-01-01")!,
                                 until: Day("2020-12-31")!, state: .pledged, note: nil, stamp: sample.commitments[0].stamp)
            return EntityChange(.commitment(new), basedOn: nil)
        }
        try edit(folder, by: "bram", on: "2020-01-13") { data in
            var hours = data.commitment("c-0028")!
            hours.amount = Quantity(175)
            return EntityChange(.commitment(hours), basedOn: hours.stamp.revision)
        }
        try edit(folder, by: "carla", on: "2020-01-14") { data in
            var again = data.commitment("c-0028")!
            again.amount = Quantity(200)
            return EntityChange(.commitment(again), basedOn: again.stamp.revision)
        }
        try edit(folder, by: "bram", on: "2020-01-15") { data in
            var project = data.project("jpf")!
            project.health = .attention
            project.updates.append(StatusUpdate(at: Day("2020-01-15")!, by: "bram", health: .attention, text: "Wachtlijst groeit."))
            return EntityChange(.project(project), basedOn: project.stamp.revision)
        }
        try edit(folder, by: "anna", on: "2020-01-16") { data in
            var partner = data.partner("ing")!
            partner.note = "Nieuwe contactpersoon per februari."
            return EntityChange(.partner(partner), basedOn: partner.stamp.revision)
        }
        return (folder, try #require(folder.load().data))
    }

    private func changes(in folder: DataFolder, _ data: LabData) -> ChangesSince {
        ChangesSince(history: folder.history().items, data: data, since: Self.meeting)
    }

    @Test func eachEntityOnceWithItsMarkAndTheTotalsThenAndNow() throws {
        let temporary = TemporaryFolder()
        let (folder, data) = try editedSample(in: temporary)
        let changes = changes(in: folder, data)
        #expect(changes.marks == ["c-0006": .changed, "c-0007": .withdrawn, "stichting-urgente-noden": .new, "c-0094": .new,
                                  "c-0028": .changed, "jpf": .changed, "ing": .changed])
        let hours = try #require(changes.entities.first { $0.now.id == "c-0028" })
        #expect(hours.authors == ["bram", "carla"])
        #expect(hours.changes.map(\.field) == ["amount", "valueEUR"] || hours.changes.map(\.field) == ["amount"])
        #expect(hours.changes.first?.before == .number("150") && hours.changes.first?.after == .number("200"))
        #expect(changes.statusUpdates.map(\.update.text) == ["Wachtlijst groeit."])
        let sample = SampleLab.data
        #expect(changes.totalsThen.count == sample.commitments.count)
        #expect(changes.totalsThen.firm == sample.totalsByState().firm)
        #expect(changes.totalsNow.firm == sample.totalsByState().firm - sample.commitment("c-0007")!.valueEUR + Money(30_000))
    }

    @Test(arguments: [Language.nl, .en])
    func theReportSaysItInWords(language: Language) throws {
        let temporary = TemporaryFolder()
        let (folder, data) = try editedSample(in: temporary)
        let report = ReportBuilder(data: data, referenceDate: SampleLab.asOf, language: language, changes: changes(in: folder, data)).build()
        let text = report.rendered(as: .markdown)
        let start = try #require(text.range(of: language == .nl ? "## Sinds" : "## Since"))
        let end = try #require(text.range(of: language == .nl ? "## Toezeggingen per partner" : "## Commitments per partner"))
        let since = String(text[start.lowerBound..<end.lowerBound])
        let url = Self.expectedFolder.appendingPathComponent("report-since-\(language).md")
        if ProcessInfo.processInfo.environment["SCHULDENLAB_UPDATE_EXPECTED"] == "1" {
            try Data(since.utf8).write(to: url)
        }
        #expect(since == String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }
}
