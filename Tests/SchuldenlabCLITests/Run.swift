// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// The built `schuldenlab` binary, run as a separate process the way a user or a script runs it.
struct Run {
    let status: Int32
    let output: String
    let error: String

    static var binary: URL {
        if let given = ProcessInfo.processInfo.environment["SCHULDENLAB_BINARY"] { return URL(fileURLWithPath: given) }
        // The test bundle sits in the same build folder as the executable.
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("schuldenlab").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("schuldenlab")
    }

    /// Runs the binary with a clean environment (no data folder, no language) in `folder`.
    init(_ arguments: [String], in folder: String? = nil, environment extra: [String: String] = [:],
         prefix: [String] = []) throws {
        try self.init(command: prefix + [Self.binary.path] + arguments, in: folder, environment: extra)
    }

    /// Runs any command the same way.
    init(command: [String], in folder: String? = nil, environment extra: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SCHULDENLAB_DATA")
        environment.removeValue(forKey: "SCHULDENLAB_LANG")
        environment.merge(extra) { _, new in new }
        process.environment = environment
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let outputPipe = Pipe(), errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outputData = outputPipe.fileHandleForReading.readDataToEndOfFile()
        let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        output = String(decoding: outputData, as: UTF8.self)
        error = String(decoding: errorData, as: UTF8.self)
    }
}

extension Run {
    /// `git ARGUMENTS` in `folder`, as a test sets up or looks at a repository.
    static func git(_ arguments: [String], in folder: String) throws -> Run {
        try Run(command: ["/usr/bin/env", "git", "-c", "user.name=test", "-c", "user.email=test@example.org"] + arguments, in: folder)
    }
}

/// A fresh folder, removed at the end of the test.
final class Scratch {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "schuldenlab-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o755)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// A new folder with the sample, made by the binary.
    func sampleFolder(at folder: String? = nil) throws -> String {
        let folder = folder ?? file("lab")
        let initialise = try Run(["init", folder, "--sample"])
        guard initialise.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder]) }
        return folder
    }

    func contents(of folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            result[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return result
    }
}
