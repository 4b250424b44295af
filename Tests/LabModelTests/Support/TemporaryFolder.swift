// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "schuldenlab-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        chmodRecursively(path)
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ text: String, to name: String) {
        try! text.write(toFile: file(name), atomically: false, encoding: .utf8)
    }

    func writeBytes(_ bytes: [UInt8], to name: String) {
        FileManager.default.createFile(atPath: file(name), contents: Data(bytes))
    }

    func read(_ name: String) -> String {
        try! String(contentsOfFile: file(name), encoding: .utf8)
    }

    /// Every file's bytes and modification time, to prove that nothing was written.
    func snapshot() -> [String: Data] {
        var result: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file(name))
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[name] = (FileManager.default.contents(atPath: file(name)) ?? Data()) + Data("\(modified)".utf8)
        }
        return result
    }

    private func chmodRecursively(_ path: String) {
        chmod(path, 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            chmod(path + "/" + name, 0o700)
        }
    }
}
