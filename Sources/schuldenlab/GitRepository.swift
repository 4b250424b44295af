import Foundation
import LabModel

/// The `git` command, run in a data folder: what synchronising through git is built on.
struct GitRepository {
    let folder: String

    struct Failure: Error {
        let command: String
        let output: String
    }

    /// Runs `git ARGUMENTS` in the folder and returns what it printed; throws with that when it fails.
    @discardableResult
    func run(_ arguments: [String]) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(command: "git " + arguments.joined(separator: " "), output: "\(error)")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(command: "git " + arguments.joined(separator: " "), output: output) }
        return output
    }

    /// Makes the folder a repository whose merges the program's drivers do, and commits what is in it.
    func setUp(binary: String, author: String) throws(Failure) {
        if (try? run(["rev-parse", "--git-dir"])) == nil { try run(["init", "-q"]) }
        for (key, value) in GitSetup.driverSettings(binary: binary) { try run(["config", key, value]) }
        do {
            try AtomicFile.write(GitSetup.attributes, to: folder + "/.gitattributes")
            try AtomicFile.write(GitSetup.ignored, to: folder + "/.gitignore")
        } catch {
            throw Failure(command: "write .gitattributes", output: "\(error.path): \(error.reason)")
        }
        try run(["add", "-A"])
        try run(["-c", "user.name=\(author)", "-c", "user.email=\(author)@schuldenlab.invalid", "commit", "-q", "--allow-empty",
                 "-m", "Datamap klaar voor synchronisatie / data folder set up for synchronising"])
    }
}
