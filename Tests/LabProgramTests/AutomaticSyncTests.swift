// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
import LabProgram
import LabSync
import LabViews

/// `--sync-every`: the store synchronises on its own, in the background, and says when it ended.
@Suite struct AutomaticSyncTests {
    @Test func theStoreSynchronisesOnItsOwnAndReportsTheOutcome() throws {
        let place = NSTemporaryDirectory() + "schuldenlab-autosync-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: place) }
        let (remote, site) = (place + "/server.git", place + "/site")
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try Git(folder: place).run(["init", "-q", "--bare", "--initial-branch=main", remote])
        try DataFolder(path: site).save(SampleLab.data)
        _ = try RepositorySetup.setUp(folder: site, remote: remote, binary: "/bin/false", author: "anna", language: .nl)
        #expect(try FolderSync(folder: site, author: "anna", language: .nl).run().pushed)
        _ = try DataFolder(path: site).commit(author: "anna") { data throws(EditFailure) in
            guard var commitment = data.commitment("c-0001") else { throw .notFound(.commitment, "c-0001") }
            commitment.note = "Automatisch verstuurd."
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }

        let session = try #require(FolderSession.open(DataFolder(path: site)).session)
        var store = FolderStore(session, polling: true, readOnly: false, syncEvery: (0.05, "anna", .nl))
        #expect(store.syncStatus.isRepository && store.syncStatus.unsent == 1)
        var seen: [AppEvent] = []
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !seen.contains(where: { if case .synced = $0 { true } else { false } }) {
            seen += store.changes(at: Date(), whileWaiting: {})
            usleep(20_000)
        }
        #expect(seen.contains { if case .syncStarted = $0 { true } else { false } })
        guard case .synced(.success(let outcome), _)? = seen.first(where: { if case .synced = $0 { true } else { false } }) else {
            Issue.record("the sync ended: \(seen)")
            return
        }
        #expect(outcome.sent == 1 && outcome.pushed && outcome.status.ahead == 0 && outcome.status.unsent == 0)
        let log = try Git(folder: remote).text(["log", "-1", "--format=%B", "main"])
        #expect(log.contains("1 wijziging door anna") && log.contains("toezegging c-0001: notitie"))
    }
}
