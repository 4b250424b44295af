// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
@testable import LabModel

/// The watcher follows the folder by its path (issue 14, point 7).
@Suite struct FolderWatcherTests {
    private let temporary = TemporaryFolder()

    @Test func aFolderRestoredFromACopyIsWatchedAgain() throws {
        let path = temporary.path + "/lab"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let folder = DataFolder(path: path)
        try folder.save(SampleLab.data)
        let watcher = FolderWatcher(folder: folder, polling: false)
        try #require(watcher.method == .inotify)
        #expect(!watcher.hasChanged())

        // mv lab lab.old; cp -a lab.old lab
        try FileManager.default.moveItem(atPath: path, toPath: path + ".old")
        try FileManager.default.copyItem(atPath: path + ".old", toPath: path)
        #expect(watcher.hasChanged(), "the move is noticed")
        #expect(!watcher.hasChanged())

        // An edit in the folder now at the path is seen.
        _ = try folder.commit(author: "bram") { data throws(EditFailure) in
            var commitment = data.commitment("c-0001")!
            commitment.note = "na het terugzetten"
            return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
        }
        #expect(watcher.hasChanged(), "an edit in the restored folder is noticed")
    }
}

/// Temporary files of a writer that was killed are removed at the next compaction (issue 14, point 5, in part).
@Suite struct LeftoverFileTests {
    private let temporary = TemporaryFolder()

    @Test func aKilledWritersTemporaryFilesAreRemovedAndALiveOnesKept() throws {
        let folder = DataFolder(path: temporary.path)
        try folder.save(SampleLab.data)
        // 2147483646 is no process here; this test's own process is alive.
        temporary.write("a whole copy", to: ".projects.json.tmp-2147483646-1234")
        temporary.write("half a journal", to: ".journal.jsonl.tmp-2147483646-99")
        temporary.write("being written", to: ".partners.json.tmp-\(getpid())-5")
        temporary.write("not ours", to: ".notes.txt.tmp-2147483646-7")
        temporary.write("", to: "..compaction.json.tmp-2147483646-3")
        try FileManager.default.createDirectory(atPath: temporary.file("history"), withIntermediateDirectories: false)
        temporary.write("{}\n", to: "history/000001.jsonl")
        temporary.write("a segment being rewritten", to: "history/.000001.jsonl.tmp-2147483646-8")
        _ = try folder.compact()
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.contains(".tmp-") }.sorted()
        #expect(left == [".notes.txt.tmp-2147483646-7", ".partners.json.tmp-\(getpid())-5"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.file("history")) == ["000001.jsonl"])
    }
}
