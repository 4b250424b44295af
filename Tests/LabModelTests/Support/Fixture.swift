// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel
import Testing

/// A small, hand-made lab whose every figure can be worked out by hand.
enum Fixture {
    static let stamp = Stamp(revision: 1, updatedAt: Timestamp("2020-01-01T00:00:00Z")!, updatedBy: "test")
    static let day = Day("2020-06-30")!

    static func partner(_ id: String, _ name: String, sector: Sector = .private, kind: PartnerKind = .bank) -> Partner {
        Partner(id: id, name: name, scope: .local, sector: sector, kind: kind, founding: false,
                joined: Day("2016-07-07")!, stamp: stamp)
    }

    static func project(_ id: String, lead: String, arrangement: String = "a-one", phases: [String] = ["p-one"],
                        stage: Stage = .pilot, health: Health = .onTrack, updates: [String] = ["2020-06-01"]) -> Project {
        Project(id: id, name: id.uppercased(), summary: "", targetGroup: "", lead: lead, arrangement: arrangement,
                debtPhases: phases, stage: stage, health: health, started: Day("2019-01-01")!,
                updates: updates.map { StatusUpdate(at: Day($0)!, by: "test", health: health, text: "update") },
                stamp: stamp)
    }

    static func commitment(_ id: String, _ partner: String, _ project: String?, _ kind: CommitmentKind = .money,
                           value: String, state: CommitmentState = .pledged, from: String = "2019-01-01", until: String? = nil) -> Commitment {
        Commitment(id: id, partner: partner, project: project, kind: kind, amount: Quantity(exactly: value)!, unit: "EUR",
                   valueEUR: Money(exactly: value)!, from: Day(from)!, until: until.map { Day($0)! },
                   state: state, stamp: stamp)
    }

    static var lab: Lab {
        Lab(name: "Testlab", city: "Den Haag", founded: Day("2016-07-07")!, mission: "", asOf: nil,
            arrangements: [
                Arrangement(id: "a-one", name: LocalizedText(nl: "Een", en: "One"), summary: LocalizedText(nl: "", en: "")),
                Arrangement(id: "a-two", name: LocalizedText(nl: "Twee", en: "Two"), summary: LocalizedText(nl: "", en: "")),
            ],
            debtPhases: [
                DebtPhase(id: "p-one", name: LocalizedText(nl: "Fase een", en: "Phase one")),
                DebtPhase(id: "p-two", name: LocalizedText(nl: "Fase twee", en: "Phase two")),
                DebtPhase(id: "p-three", name: LocalizedText(nl: "Fase drie", en: "Phase three")),
            ],
            sharedSupport: SharedSupport(name: LocalizedText(nl: "Gedeeld", en: "Shared"), summary: LocalizedText(nl: "", en: "")))
    }

    /// Three partners (the municipality links everything), three projects, seven commitments.
    static var data: LabData {
        LabData(
            lab: lab,
            partners: [
                partner("gemeente", "Gemeente", sector: .public, kind: .municipality),
                partner("bank", "Bank"),
                partner("fonds", "Fonds", sector: .societal, kind: .fund),
            ],
            projects: [
                project("alpha", lead: "gemeente", phases: ["p-one", "p-two"]),
                project("beta", lead: "bank", arrangement: "a-two", phases: ["p-two"], health: .attention),
                project("gamma", lead: "gemeente", phases: ["p-three"], stage: .stopped, updates: []),
            ],
            commitments: [
                commitment("c-1", "gemeente", nil, value: "0.10", state: .delivered),
                commitment("c-2", "bank", nil, value: "0.20", state: .pledged, until: "2020-06-29"),
                commitment("c-3", "gemeente", "alpha", value: "1000", state: .pledged, until: "2020-09-28"),
                commitment("c-4", "bank", "alpha", .hours, value: "500", state: .proposed, until: "2020-07-15"),
                commitment("c-5", "fonds", "beta", value: "250.50", state: .delivered, until: "2020-09-29"),
                commitment("c-6", "fonds", "alpha", value: "99", state: .withdrawn, until: "2020-07-01"),
                commitment("c-7", "gemeente", "beta", .mandate, value: "0", state: .pledged),
            ])
    }
}

extension Fixture {
    /// The fixture saved in `temporary` and opened as the program opens a folder; the caller keeps
    /// `temporary` alive for as long as it uses the folder.
    static func openSession(in temporary: TemporaryFolder) throws -> (DataFolder, FolderSession) {
        let folder = DataFolder(path: temporary.path)
        try folder.save(data)
        let (session, report) = FolderSession.open(folder)
        #expect(report.isClean)
        return (folder, try #require(session))
    }
}
