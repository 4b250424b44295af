// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// Faults while saving: a full disk, a file-size limit, a lock held by a hung process. The user
/// is told, and the folder stays as it was.
@Suite(.serialized) struct FaultTests {
    /// The sample with one edit in its journal.
    private func sampleFolder(_ scratch: Scratch, at path: String? = nil) throws -> String {
        let folder = try scratch.sampleFolder(at: path)
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "eerste", "--author", "anna"]).status == 0)
        return folder
    }

    private func journal(_ folder: String) -> Data? {
        FileManager.default.contents(atPath: folder + "/journal.jsonl")
    }

    @Test func aWriteCutShortByAFileSizeLimitLeavesTheJournalAsItWas() throws {
        let scratch = Scratch()
        let folder = try sampleFolder(scratch)
        let before = try #require(journal(folder))
        // Room for part of the next line only: the write fails halfway.
        let limit = before.count + 100
        let refused = try Run(["update", "commitment", "c-0002", "--data", folder, "--note", String(repeating: "lang ", count: 200), "--lang", "en"],
                              prefix: ["/usr/bin/prlimit", "--fsize=\(limit)", "--"])
        #expect(refused.status == 2)
        #expect(refused.error.hasPrefix("Cannot write: \(folder)/journal.jsonl: File too large; nothing was saved."), "\(refused.error)")
        #expect(journal(folder) == before, "the half line is cut off again")
        #expect(try Run(["check", "--data", folder]).status == 0)
    }

    @Test(.enabled(if: SmallDisk.canMount, "mounting a tmpfs needs root"))
    func aFullDiskRefusesTheEditAndTheCompactionAndLosesNothing() throws {
        let scratch = Scratch()
        let disk = try SmallDisk(at: scratch.file("disk"), kilobytes: 400)
        let folder = try sampleFolder(scratch, at: disk.path + "/lab")
        let before = try #require(journal(folder))
        disk.fill()

        // Longer than the room left in the journal's last page, so that part of it fits and the rest does not.
        let refused = try Run(["update", "commitment", "c-0002", "--data", folder, "--note", String(repeating: "vol ", count: 1500), "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("No space left on device; nothing was saved."), "\(refused.error)")
        #expect(journal(folder) == before)

        let compaction = try Run(["compact", "--data", folder, "--lang", "en"])
        #expect(compaction.status == 2, "\(compaction.output)\(compaction.error)")
        #expect(compaction.error.contains("No space left on device"), "\(compaction.error)")
        let data = try #require(DataFolder(path: folder).load().data, "the folder still reads whole")
        #expect(data.commitment("c-0001")?.note == "eerste", "the saved edit is still there")

        disk.empty()
        #expect(try Run(["update", "commitment", "c-0002", "--data", folder, "--note", "nu wel"]).status == 0)
        #expect(try Run(["compact", "--data", folder]).status == 0)
        #expect(DataFolder(path: folder).load().data?.commitment("c-0002")?.note == "nu wel")
    }

    @Test func aLockHeldByAHungProcessGivesAMessageAfterTheWait() throws {
        let scratch = Scratch()
        let folder = try sampleFolder(scratch)
        let before = scratch.contents(of: folder)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", folder + "/journal.lock", "sleep", "60"]
        try holder.run()
        defer { holder.terminate() }
        // Until flock holds it, a non-blocking try succeeds.
        while try Run([], prefix: ["/usr/bin/flock", "--nonblock", "--shared", folder + "/journal.lock", "true"]).status == 0 {
            Thread.sleep(forTimeInterval: 0.02)
        }

        let start = Date()
        let refused = try Run(["update", "commitment", "c-0002", "--data", folder, "--note", "wacht", "--lang", "en"],
                              environment: ["SCHULDENLAB_LOCK_PATIENCE": "1"])
        #expect(Date().timeIntervalSince(start) < 8, "it gave up after its patience, not never")
        #expect(refused.status == 2)
        #expect(refused.error == "The data folder has been locked by another process (journal.lock) for more than 1 s; "
                + "in the folder, 'fuser -v journal.lock' shows which process it is; nothing was saved.\n", "\(refused.error)")
        #expect(scratch.contents(of: folder) == before)
    }
}

/// A tmpfs of a few hundred kilobytes: a disk that really runs full.
final class SmallDisk {
    let path: String

    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        let probe = NSTemporaryDirectory() + "schuldenlab-mount-probe-\(getpid())"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { rmdir(probe) }
        guard mount("tmpfs", probe, "tmpfs", 0, "size=64k") == 0 else { return false }
        umount(probe)
        return true
    }()

    init(at path: String, kilobytes: Int) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard mount("tmpfs", path, "tmpfs", 0, "size=\(kilobytes)k,mode=0755") == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    deinit {
        umount2(path, Int32(MNT_DETACH))
    }

    /// Writes a filler file until the disk refuses.
    func fill() {
        let descriptor = open(path + "/filler", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x2E, count: 512)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    func empty() {
        unlink(path + "/filler")
    }
}
