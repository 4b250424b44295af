// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// A sync killed half-way, and a server that sends what a data folder must not hold.
@Suite(.serialized) struct SyncFaultTests {
    /// Starts `schuldenlab ARGUMENTS` in a process group of its own, so that a kill takes its git with it, as a power cut would.
    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = [Run.binary.path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func aSyncKilledAtRandomMomentsLeavesAFolderThatLoadsAndTheNextSyncFinishes() throws {
        let network = try SyncNetwork(sites: 2)
        let (site, other) = (network.sites[0], network.sites[1])
        var random = SplitMix64(seed: 9)
        var saved: Set<String> = []
        for attempt in 0..<20 {
            if attempt % 2 == 0 {
                saved.insert(try SyncTests.note("van de ander \(attempt)", on: "c-00\(30 + attempt)", at: other, by: "site1"))
                try SyncNetwork.expect(network.sync(1))
            }
            saved.insert(try SyncTests.note("hier \(attempt)", on: "c-00\(60 + attempt)", at: site, by: "site0"))
            let sync = try Self.start(["sync", "--data", site, "--author", "site0"])
            usleep(UInt32.random(in: 0..<250_000, using: &random))
            kill(-sync.processIdentifier, SIGKILL)
            sync.waitUntilExit()
            let report = DataFolder(path: site).load()
            #expect(report.problems.isEmpty, "attempt \(attempt): \(report.problems.map { $0.rendered(in: .en) })")
            let fsck = try Run.git(["fsck", "--no-progress"], in: site)
            #expect(fsck.status == 0, "attempt \(attempt): \(fsck.output) \(fsck.error)")
        }
        try SyncNetwork.expect(network.sync(0), "the next sync finishes the work")
        try SyncNetwork.expect(network.sync(1))
        #expect(SyncNetwork.snapshot(site) == SyncNetwork.snapshot(other))
        let counts = try SyncNetwork.editCounts(in: other)
        #expect(saved.filter { counts[$0] != 1 }.isEmpty, "every saved edit, once, at the other site too")
    }

    /// A colleague's clone that pushes with git itself, past the program's checks.
    static func push(_ change: (String) throws -> Void, from network: SyncNetwork) throws -> (clone: String, commit: String) {
        let clone = network.scratch.file("bypass-\(UUID().uuidString)")
        try SyncNetwork.expect(Run.git(["clone", "-q", network.remote, clone], in: network.scratch.path))
        try change(clone)
        try SyncNetwork.expect(Run.git(["add", "-A"], in: clone))
        try SyncNetwork.expect(Run.git(["commit", "-q", "-m", "hand edit"], in: clone))
        try SyncNetwork.expect(Run.git(["push", "-q", "origin", "HEAD:main"], in: clone))
        return (clone, try Run.git(["rev-parse", "--short", "HEAD"], in: clone).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: ["broken", "link", "line"])
    func whatAServerMustNotSendIsRefusedWithItsCommitFileAndPlace(_ hostile: String) throws {
        let network = try SyncNetwork(sites: 1)
        let site = network.sites[0]
        let (clone, commit) = try Self.push({ clone in
            switch hostile {
            case "broken":
                let text = try String(contentsOfFile: clone + "/partners.json", encoding: .utf8)
                try text.replacingOccurrences(of: "\"partners\": [", with: "\"partners\": [,").write(toFile: clone + "/partners.json", atomically: true, encoding: .utf8)
            case "link":
                try FileManager.default.createDirectory(atPath: clone + "/history", withIntermediateDirectories: true)
                try FileManager.default.createSymbolicLink(atPath: clone + "/history/000099.jsonl", withDestinationPath: "../../../../etc/passwd")
            default:
                let line = "{\"edit\":\"e-0000000000000001\",\"note\":\"" + String(repeating: "x", count: 10 << 20) + "\"}\n"
                try line.write(toFile: clone + "/journal.jsonl", atomically: true, encoding: .utf8)
            }
        }, from: network)
        let before = SyncNetwork.snapshot(site)
        let head = try Run.git(["rev-parse", "HEAD"], in: site).output
        let refused = try network.sync(0)
        #expect(refused.status == 1)
        let place = switch hostile {
        case "broken": "partners.json:"
        case "link": "history/000099.jsonl: een koppeling"
        default: "journal.jsonl:1:1: een regel van 10240 kB"
        }
        #expect(refused.output.contains("Niet overgenomen van de server: commit \(commit)") && refused.output.contains(place), "\(refused.output)")
        #expect(SyncNetwork.snapshot(site) == before, "nothing local changed")
        #expect(try Run.git(["rev-parse", "HEAD"], in: site).output == head)
        try SyncNetwork.expect(Run(["check", "--data", site]), "the last good state")

        try SyncNetwork.expect(Run.git(["revert", "--no-edit", "HEAD"], in: clone))
        try SyncNetwork.expect(Run.git(["push", "-q", "origin", "HEAD:main"], in: clone))
        try SyncNetwork.expect(network.sync(0), "once the server is mended, the sync goes on")
    }
}

extension SyncFaultTests {
    @Test func aRepositorySetUpWithoutContactsNeverReceivesOne() throws {
        let scratch = Scratch()
        let remote = scratch.file("server.git")
        try SyncNetwork.expect(Run.git(["init", "-q", "--bare", "--initial-branch=main", remote], in: scratch.path))
        let site = try scratch.sampleFolder()
        let refused = try Run(["sync", "--data", site, "--setup", remote, "--no-contacts", "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("this repository is set up without contacts, but abn-amro, adg, aegon and 22 more have them"), "\(refused.error)")
        #expect(try Run.git(["rev-parse", "--verify", "-q", "refs/heads/main"], in: remote).status != 0, "nothing reached the server")
        let folder = DataFolder(path: site)
        for partner in folder.load().data?.partners.map(\.id) ?? [] { _ = try folder.eraseContact(of: partner, author: "privacy") }
        try SyncNetwork.expect(Run(["sync", "--data", site]))
        let shared = try Run.git(["show", "main:partners.json"], in: remote).output
        #expect(!shared.isEmpty && !shared.contains("\"contact\""))
    }
}

extension SyncFaultTests {
    @Test func aHandEditThatDoesNotReadIsNotSent() throws {
        let network = try SyncNetwork(sites: 1)
        let site = network.sites[0]
        let partners = site + "/partners.json"
        try (try String(contentsOfFile: partners, encoding: .utf8)).replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 9")
            .write(toFile: partners, atomically: true, encoding: .utf8)
        let server = try Run.git(["rev-parse", "main"], in: network.remote).output
        let refused = try network.sync(0)
        #expect(refused.status == 2 && refused.error.contains("partners.json:") && refused.error.contains("schemaVersion"), "\(refused.error)")
        #expect(try Run.git(["rev-parse", "main"], in: network.remote).output == server, "nothing sent")
    }
}

extension SyncFaultTests {
    @Test func aFolderLinkedToAServerOfAnotherFolderIsNotMergedIntoIt() throws {
        let network = try SyncNetwork(sites: 1)
        let other = try network.scratch.sampleFolder(at: network.scratch.file("other"))
        try SyncNetwork.expect(Run(["update", "commitment", "c-0001", "--data", other, "--note", "Elders begonnen."]))
        let refused = try Run(["sync", "--data", other, "--setup", network.remote])
        #expect(refused.status == 2 && refused.error.contains("de server bewaart een andere datamap"), "\(refused.output) \(refused.error)")
        let commitments = try String(contentsOfFile: other + "/commitments.json", encoding: .utf8)
        #expect(commitments.contains("Elders begonnen.") && !commitments.contains("c-0094"), "nothing renumbered or doubled")
    }
}
