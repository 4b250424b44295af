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
