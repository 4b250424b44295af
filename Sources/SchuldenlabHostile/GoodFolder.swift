// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel

/// The good folder every case starts from: the sample, with one edit folded into a segment of the
/// history and two in its journal, readable by everyone so that a case can run the binary as another user.
enum GoodFolder {
    static let segment = "history/000001.jsonl"

    static func make(at folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let dataFolder = DataFolder(path: folder)
        try dataFolder.save(SampleLab.data)
        for (author, note) in [("bram", "Eerste ronde"), ("anna", "Tweede ronde"), ("piet", "Verlengd")] {
            _ = try dataFolder.commit(author: author) { data in
                var commitment = data.commitment("c-0002")!
                commitment.note = note
                return EntityChange(.commitment(commitment), basedOn: commitment.stamp.revision)
            }
            if author == "bram" { _ = try dataFolder.compact() }
        }
        try openToEveryone(folder)
    }

    static func openToEveryone(_ folder: String) throws {
        chmod(folder, 0o777)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            chmod(folder + "/" + name, name == "history" ? 0o777 : 0o666)
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder + "/history")) ?? [] {
            chmod(folder + "/history/" + name, 0o666)
        }
    }
}
