// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// Three sites of one lab on one bare repository, synchronised with real git: edits through the
/// program's store and the commands, some while the server is out of reach, syncs in random order.
@Suite(.serialized) struct SyncTests {
    /// One site's edit of a commitment's note through the store, as the program saves it.
    static func note(_ text: String, on id: String, at site: String, by author: String) throws -> String {
        let saved = try DataFolder(path: site).commit(author: author) { data throws(EditFailure) in
            guard var commitment = data.commitment(id) else { throw .notFound(.commitment, id) }
            commitment.note = text
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
        return saved.entry.edit
    }

    @Test func threeSitesTwentyRoundsEndTheSameWithEveryEditOnceAndEveryConflictSurfaced() throws {
        let network = try SyncNetwork(sites: 3)
        var random = SplitMix64(seed: 20_261_206)
        var saved: Set<String> = []
        var planted: [(commitment: String, notes: Set<String>)] = []
        var unreachableSeen = 0
        var renumberedSeen = 0
        for round in 0..<20 {
            let offline = Int.random(in: 0..<3, using: &random) == 0 ? Int.random(in: 0..<3, using: &random) : nil
            if let offline { try SyncNetwork.expect(Run.git(["remote", "set-url", "origin", network.scratch.file("gone.git")], in: network.sites[offline])) }
            if round % 3 == 1 {
                // Two sites change one note before either syncs: a same-field conflict that must be surfaced.
                let commitment = "c-000\(round / 3 + 1)"
                let pair = [0, 1, 2].shuffled(using: &random).prefix(2)
                var notes: Set<String> = []
                for site in pair {
                    let text = "ronde \(round) van site \(site)"
                    saved.insert(try Self.note(text, on: commitment, at: network.sites[site], by: "site\(site)"))
                    notes.insert(text)
                }
                planted.append((commitment, notes))
            }
            for site in 0..<3 {
                for _ in 0..<Int.random(in: 0...2, using: &random) {
                    let folder = network.sites[site]
                    let target = "c-00\(Int.random(in: 20...60, using: &random))"
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0:
                        saved.insert(try Self.note("site\(site) r\(round)", on: target, at: folder, by: "site\(site)"))
                    case 1:
                        try SyncNetwork.expect(Run(["update", "commitment", target, "--data", folder, "--amount", "\(Int.random(in: 1...90_000, using: &random))",
                                                    "--author", "site\(site)"]))
                        saved.insert(try SyncNetwork.lastEdit(in: folder))
                    default:
                        try SyncNetwork.expect(Run(["add", "commitment", "--data", folder, "--partner", "abn-amro", "--kind", "money",
                                                    "--amount", "\(round * 10 + site)", "--unit", "EUR", "--author", "site\(site)"]))
                        saved.insert(try SyncNetwork.lastEdit(in: folder))
                    }
                }
            }
            for site in [0, 1, 2].shuffled(using: &random) where Int.random(in: 0..<4, using: &random) > 0 {
                let run = try network.sync(site)
                if site == offline {
                    #expect(run.status == 1 && run.output.contains("niet bereikbaar"), "\(run.output) \(run.error)")
                    unreachableSeen += 1
                } else {
                    #expect(run.status == 0, "round \(round), site \(site): \(run.output) \(run.error)")
                    if run.output.contains("heet nu") { renumberedSeen += 1 }
                }
            }
            if let offline { try SyncNetwork.expect(Run.git(["remote", "set-url", "origin", network.remote], in: network.sites[offline])) }
        }
        for site in [0, 1, 2, 0, 1] { try SyncNetwork.expect(network.sync(site)) }

        let first = network.sites[0]
        let found = ConflictsFile.read(in: first)
        #expect(found.problems.isEmpty)
        let records = try String(contentsOfFile: first + "/" + ConflictsFile.fileName, encoding: .utf8).split(separator: "\n")
        for (commitment, notes) in planted {
            let surfaced = records.contains { line in line.contains("\"id\":\"\(commitment)\"") && notes.allSatisfy { line.contains($0) } }
            #expect(surfaced, "the conflict on \(commitment) between \(notes) is recorded with both values: \(records.filter { $0.contains("\"id\":\"\(commitment)\"") }.map { $0.prefix(400) })")
        }
        #expect(!found.open.isEmpty, "open until decided: check lists them")
        #expect(try Run(["check", "--data", first]).status == 1)
        for conflict in found.open {
            try ConflictsFile.decide(conflict.id, by: "site0", at: Timestamp(Date()), in: DataFolder(path: first))
        }
        for site in [0, 1, 2] { try SyncNetwork.expect(network.sync(site)) }

        let expected = SyncNetwork.snapshot(first)
        for site in network.sites {
            #expect(SyncNetwork.snapshot(site) == expected, "\(site) is byte for byte the same as site0")
            try SyncNetwork.expect(Run(["check", "--data", site]), "check passes once every conflict is decided")
            #expect(try Run.git(["fsck", "--no-progress"], in: site).status == 0)
        }
        let counts = try SyncNetwork.editCounts(in: first)
        let missing = saved.filter { counts[$0] == nil }
        let repeated = saved.filter { (counts[$0] ?? 0) > 1 }
        #expect(missing.isEmpty, "every edit reported saved is there")
        #expect(repeated.isEmpty, "and only once")
        #expect(saved.count > 40 && planted.count == 7 && unreachableSeen > 0 && renumberedSeen > 0,
                "\(saved.count) edits, \(unreachableSeen) syncs while offline, \(renumberedSeen) renumbering")
    }
}

