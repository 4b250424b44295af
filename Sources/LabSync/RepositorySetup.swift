// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// Makes a data folder a repository that the program synchronises: the merge drivers registered,
/// `.gitattributes` and `.gitignore` written, the remote named `origin`. A missing or empty folder
/// is cloned from the remote; an existing data folder is committed and sent to an empty remote.
public enum RepositorySetup {
    public enum Step: Sendable, Hashable {
        case cloned, initialised, configured
    }

    /// The git setting that keeps contacts out of the repository (`--no-contacts`).
    static let contactsSetting = "schuldenlab.contacts"

    public static func setUp(folder: String, remote: String?, binary: String, author: String, language: Language,
                             withoutContacts: Bool = false) throws(SyncFailure) -> Step {
        let manager = FileManager.default
        let isEmpty = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).isEmpty
        let git = Git(folder: folder)
        var step = Step.configured
        do throws(Git.Failure) {
            if let remote, isEmpty {
                try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try Git(folder: folder).run(["clone", "--quiet", remote, "."], timeout: Git.networkPatience)
                try checkOutABranch(git)
                step = .cloned
            } else if !isOwnRepository(folder) {
                try git.run(["init", "--quiet", "--initial-branch=main"])
                step = .initialised
            }
            for (key, value) in GitSetup.driverSettings(binary: binary) { try git.run(["config", key, value]) }
            if withoutContacts { try git.run(["config", contactsSetting, "no"]) }
            if let remote {
                let remotes = try git.text(["remote"]).split(separator: "\n")
                try git.run(remotes.contains("origin") ? ["remote", "set-url", "origin", remote] : ["remote", "add", "origin", remote])
            }
        } catch {
            throw .git(error)
        }
        do {
            for (name, text) in [(GitSetup.attributesFileName, GitSetup.attributes), (GitSetup.ignoreFileName, GitSetup.ignored)]
            where (try? FileBytes.read(folder + "/" + name)).map({ String(decoding: $0, as: UTF8.self) }) != text {
                try AtomicFile.write(text, to: folder + "/" + name)
            }
        } catch {
            throw .folder(.cannotWrite(error))
        }
        return step
    }

    /// A server whose HEAD names a branch it does not have (a bare repository made with another
    /// default branch name) leaves the clone without one: its `main`, else its first branch, is taken.
    private static func checkOutABranch(_ git: Git) throws(Git.Failure) {
        guard git.commit("HEAD") == nil else { return }
        let branches = try git.text(["for-each-ref", "--format=%(refname:lstrip=3)", "refs/remotes/origin"]).split(separator: "\n").map(String.init)
            .filter { $0 != "HEAD" }
        guard let branch = branches.contains("main") ? "main" : branches.first else { return }
        try git.run(["checkout", "--quiet", "-B", branch, "--track", "origin/" + branch])
    }

    /// Whether the folder is the top of a repository of its own (not a folder inside another one).
    static func isOwnRepository(_ folder: String) -> Bool {
        guard let top = try? Git(folder: folder).text(["rev-parse", "--show-toplevel"]) else { return false }
        return URL(fileURLWithPath: top).resolvingSymlinksInPath().path == URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    }
}
