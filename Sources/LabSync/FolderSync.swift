// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// Synchronises a data folder that is a git repository with its remote:
///
/// 1. under the folder's lock, fold the journal into the files and commit what changed since the
///    last sync, with a message in words (`CommitMessage`);
/// 2. fetch; what arrived is checked as a hand edit is (`RemoteCheck`) and refused whole if anything is wrong;
/// 3. merge it with this site's commits in git's objects only, file by file as `FolderMerge` says,
///    without touching the folder; conflicts go into `conflicts.jsonl`;
/// 4. under the folder's lock, and only when nothing was saved since step 1 (else back to 1), put the
///    merged files in place all at once, then move the branch to the merge;
/// 5. push; when someone pushed meanwhile, back to 1.
///
/// Killed at any moment, the folder reads (step 4 is a compaction's all-or-nothing) and the next
/// sync finishes: files in place before the branch moved are committed again, and merge the same.
/// The remote out of reach is said and changes nothing here.
public struct FolderSync: Sendable {
    public let folder: String
    public let author: String
    public let language: Language
    public let remote = "origin"
    let git: Git

    static let attempts = 5
    static let lastSyncFileName = "schuldenlab-last-sync"

    public init(folder: String, author: String, language: Language) {
        self.folder = folder
        self.author = author
        self.language = language
        git = Git(folder: folder)
    }

    public func run() throws(SyncFailure) -> SyncOutcome {
        let gitFolder = try repositoryFolder()
        guard let lock = SyncLock(gitFolder: gitFolder) else { throw .busy }
        return try withExtendedLifetime(lock) { () throws(SyncFailure) -> SyncOutcome in
            SyncLock.removeLeftLocks(in: gitFolder)
            guard !FileManager.default.fileExists(atPath: gitFolder + "/MERGE_HEAD") else { throw .mergeUnderWay }
            var outcome = SyncOutcome()
            do {
                try exchange(&outcome, gitFolder: gitFolder)
            } catch let failure as SyncFailure {
                throw failure
            } catch let failure as Git.Failure {
                throw .git(failure)
            } catch {
                throw SyncFailure.folder(.cannotLock("\(error)"))
            }
            outcome.status = status()
            return outcome
        }
    }

    private func exchange(_ outcome: inout SyncOutcome, gitFolder: String) throws {
        let branch = try git.text(["symbolic-ref", "--short", "HEAD"])
        for _ in 1...Self.attempts {
            outcome.committed += try commitLocal()
            guard hasRemote else {
                outcome.noRemote = true
                return
            }
            do {
                try git.run(["fetch", "--quiet", remote], timeout: Git.networkPatience)
            } catch {
                outcome.unreachable = error.summary
                return
            }
            let head = git.commit("HEAD")
            if let theirs = git.commit(remoteBranch(branch)), theirs != head,
               head.map({ !git.succeeds(["merge-base", "--is-ancestor", theirs, $0]) }) ?? true {
                if let head, !git.succeeds(["merge-base", head, theirs]) { throw SyncFailure.unrelatedServer(folder) }
                let tree = try GitTree(commit: theirs, in: git)
                if let refusal = RemoteCheck.refusal(of: tree, in: git) {
                    outcome.refused = refusal
                    return
                }
                let (commit, merged) = try mergeCommit(head: head, theirs: theirs, gitFolder: gitFolder)
                let received = try edits(from: head, to: commit)
                guard try install(commit, over: head) else { continue }
                outcome.received += received
                if let merged {
                    outcome.conflicts += merged.conflicts
                    outcome.renumbered += merged.renumbered
                    outcome.keptOurs += merged.keptOurs
                }
            }
            guard aheadOfRemote(branch: branch) else {
                recordSync(in: gitFolder)
                outcome.pushed = true
                return
            }
            let sending = try edits(from: git.commit(remoteBranch(branch)), to: "HEAD")
            do {
                try git.run(["push", "--quiet", remote, "HEAD:refs/heads/\(branch)"], timeout: Git.networkPatience)
            } catch {
                if error.output.contains("rejected") || error.output.contains("fetch first") || error.output.contains("non-fast-forward") { continue }
                outcome.unreachable = error.summary
                return
            }
            recordSync(in: gitFolder)
            outcome.pushed = true
            outcome.sent = sending
            return
        }
        outcome.unreachable = language == .nl ? "anderen verstuurden telkens eerder; probeer het zo nog eens" : "others kept sending first; try again shortly"
    }

    /// How many edits (lines of the journal and the history) `to` has that `from` has not: what one
    /// site sends the other. Only the files that differ are read.
    private func edits(from: String?, to: String) throws -> Int {
        let old = try from.map { (commit) throws(Git.Failure) in try GitTree(commit: commit, in: git).objects } ?? [:]
        let new = try GitTree(commit: to, in: git).objects
        let differing = new.filter { SyncedFile.role(of: $0.key) == .lines && $0.key != ConflictsFile.fileName && old[$0.key] != $0.value }
        let contents = try GitTree.contents(of: Array(differing.values) + differing.keys.compactMap { old[$0] }, in: git)
        func lines(_ object: String?) -> Int { object.flatMap { contents[$0] }?.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } ?? 0 }
        return differing.reduce(0) { $0 + max(0, lines($1.value) - lines(old[$1.key])) }
    }

    /// Where the last fetch left the server's `branch`.
    private func remoteBranch(_ branch: String) -> String { "refs/remotes/\(remote)/\(branch)" }

    private var hasRemote: Bool { (try? git.text(["remote"]))?.split(separator: "\n").contains(Substring(remote)) == true }

    private func aheadOfRemote(branch: String) -> Bool {
        guard let count = try? git.text(["rev-list", "--count", remoteBranch(branch) + "..HEAD"]) else {
            return git.commit("HEAD") != nil
        }
        return count != "0"
    }

    /// The folder's own repository, or why not: a folder inside another repository is not one.
    private func repositoryFolder() throws(SyncFailure) -> String {
        guard RepositorySetup.isOwnRepository(folder), let gitFolder = try? git.gitFolder() else {
            throw .notARepository(folder)
        }
        return gitFolder
    }

    // MARK: Step 1

    /// Folds the journal and commits the folder's files; how many edits that committed.
    private func commitLocal() throws -> Int {
        let dataFolder = DataFolder(path: folder)
        do {
            return try dataFolder.whileLocked { () throws -> Int in
                let folded = try dataFolder.foldForSync()
                let paths = try syncedPaths()
                guard !paths.isEmpty else { return 0 }
                try git.run(["add", "-A", "--"] + paths)
                let staged = try git.text(["diff", "--cached", "--name-only"])
                guard !staged.isEmpty else { return 0 }
                // What was changed by hand is sent only when the folder reads, as what arrives is only taken in then.
                let withoutContacts = (try? git.text(["config", RepositorySetup.contactsSetting])) == "no"
                if folded.isEmpty || withoutContacts {
                    let report = dataFolder.readWhileLocked()
                    guard let data = report.data, report.problems.isEmpty else { throw EditFailure.folderUnusable(report) }
                    let withContact = data.partners.filter { $0.contact != nil }.map(\.id)
                    if withoutContacts, !withContact.isEmpty { throw SyncFailure.contactsKept(withContact) }
                }
                try git.run(identity + ["commit", "-q", "--no-verify", "-m",
                                        CommitMessage.local(folded, files: staged.split(separator: "\n").map(String.init), in: language)])
                return max(folded.count, 1)
            }
        } catch let failure as EditFailure {
            throw SyncFailure.folder(failure)
        } catch let failure as Git.Failure {
            throw failure
        } catch let failure as SyncFailure {
            throw failure
        } catch {
            throw SyncFailure.folder(.cannotLock("\(error)"))
        }
    }

    /// The folder's files that belong in the repository: those on disk with a role, and those git
    /// has that are gone (so that their removal is committed).
    private func syncedPaths() throws(Git.Failure) -> [String] {
        var paths = Set<String>()
        let manager = FileManager.default
        for name in SyncedFile.topLevelPaths {
            var isFolder = false
            guard manager.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) else { continue }
            if isFolder {
                for entry in (try? manager.contentsOfDirectory(atPath: folder + "/" + name)) ?? [] where SyncedFile.role(of: name + "/" + entry) != nil {
                    paths.insert(name + "/" + entry)
                }
            } else if SyncedFile.role(of: name) != nil {
                paths.insert(name)
            }
        }
        let tracked = try git.text(["ls-files"]).split(separator: "\n").map(String.init)
        paths.formUnion(tracked.filter { SyncedFile.role(of: $0) != nil })
        return paths.sorted()
    }

    /// Who the commits are by: the author's name, and an address of git's configuration or one made up.
    private var identity: [String] {
        var identity = ["-c", "user.name=\(author)"]
        if (try? git.text(["config", "user.email"]))?.isEmpty ?? true { identity += ["-c", "user.email=\(author)@schuldenlab.invalid"] }
        return identity
    }

    // MARK: Step 3

    /// The commit that joins `head` and `theirs`: `theirs` itself when this site has nothing they
    /// lack, else a merge made in git's objects (the folder untouched) with what `FolderMerge` found.
    private func mergeCommit(head: String?, theirs: String, gitFolder: String) throws -> (String, FolderMerge.Outcome?) {
        guard let head, !git.succeeds(["merge-base", "--is-ancestor", head, theirs]) else { return (theirs, nil) }
        let base = try? git.text(["merge-base", head, theirs])
        let ours = try GitTree(commit: head, in: git).objects
        let their = try GitTree(commit: theirs, in: git).objects
        let old = try base.map { (base) throws(Git.Failure) in try GitTree(commit: base, in: git).objects } ?? [:]
        // The conflicts file is read even when both have it alike: the conflicts found now are added to it.
        let differing = Set(ours.keys).union(their.keys).filter { ours[$0] != their[$0] || $0 == ConflictsFile.fileName }
        let objects = differing.flatMap { [ours[$0], their[$0], old[$0]].compactMap { $0 } }
        let contents = try GitTree.contents(of: objects, in: git)
        func files(_ tree: [String: String]) -> FolderMerge.Tree {
            Dictionary(uniqueKeysWithValues: differing.compactMap { path in tree[path].flatMap { contents[$0] }.map { (path, $0) } })
        }
        let merged: FolderMerge.Outcome
        switch FolderMerge.merge(base: files(old), ours: files(ours), theirs: files(their)) {
        case .success(let outcome): merged = outcome
        case .failure(let problems): throw SyncFailure.folder(.invalid(problems.problems))
        }
        let index = gitFolder + "/schuldenlab-sync.index"
        unlink(index)
        defer { unlink(index) }
        let environment = ["GIT_INDEX_FILE": index]
        try git.run(["read-tree", head], environment: environment)
        var entries: [String] = []
        let ourFiles = files(ours)
        for path in differing.union(merged.files.keys).sorted() where merged.files[path] == nil || merged.files[path] != ourFiles[path] {
            guard let bytes = merged.files[path] else {
                if ours[path] != nil { entries.append("0 \(String(repeating: "0", count: 40))\t\(path)") }
                continue
            }
            let object = try git.text(["hash-object", "-w", "--stdin"], input: bytes)
            entries.append("100644 \(object)\t\(path)")
        }
        try git.run(["update-index", "--index-info"], input: Array(entries.map { $0 + "\n" }.joined().utf8), environment: environment)
        let tree = try git.text(["write-tree"], environment: environment)
        let commit = try git.text(identity + ["commit-tree", tree, "-p", head, "-p", theirs, "-m", CommitMessage.merge(merged, remote: remote, in: language)])
        return (commit, merged)
    }

    // MARK: Step 4

    /// Puts `commit`'s files in place and moves the branch to it, under the folder's lock; `false`
    /// (nothing done) when the folder changed since it was committed.
    private func install(_ commit: String, over head: String?) throws -> Bool {
        let dataFolder = DataFolder(path: folder)
        do {
            return try dataFolder.whileLocked { () throws -> Bool in
                let paths = try syncedPaths()
                let changed = paths.isEmpty ? "" : try git.text(["status", "--porcelain", "--untracked-files=all", "--"] + paths)
                guard changed.isEmpty, git.commit("HEAD") == head else { return false }
                let now = try head.map { (head) throws(Git.Failure) in try GitTree(commit: head, in: git).objects } ?? [:]
                let next = try GitTree(commit: commit, in: git).objects
                let replaced = next.filter { now[$0.key] != $0.value }
                let contents = try GitTree.contents(of: Array(replaced.values), in: git)
                try dataFolder.replace(replaced.compactMapValues { contents[$0] }, removing: now.keys.filter { next[$0] == nil })
                try git.run(["reset", "-q", commit])
                return true
            }
        } catch let failure as EditFailure {
            throw SyncFailure.folder(failure)
        } catch let failure as WriteFailure {
            throw SyncFailure.folder(.cannotWrite(failure))
        } catch let failure as Git.Failure {
            throw failure
        } catch {
            throw SyncFailure.folder(.cannotLock("\(error)"))
        }
    }

    private func recordSync(in gitFolder: String) {
        try? AtomicFile.write(Timestamp(Date()).text + "\n", to: gitFolder + "/" + Self.lastSyncFileName)
    }

    // MARK: Status

    /// Where the folder stands, from what is here (no network).
    public func status() -> SyncStatus {
        var status = SyncStatus()
        guard let gitFolder = try? repositoryFolder() else { return status }
        status.isRepository = true
        status.hasRemote = hasRemote
        if let branch = try? git.text(["symbolic-ref", "--short", "HEAD"]),
           let counts = try? git.text(["rev-list", "--left-right", "--count", "HEAD..." + remoteBranch(branch)]) {
            let numbers = counts.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            if numbers.count == 2 { (status.ahead, status.behind) = (numbers[0], numbers[1]) }
        } else if status.hasRemote, git.commit("HEAD") != nil {
            status.ahead = Int((try? git.text(["rev-list", "--count", "HEAD"])) ?? "") ?? 0
        }
        let journal = (try? FileBytes.read(DataFolder(path: folder).journalPath)) ?? []
        status.unsent = journal.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        if let text = try? FileBytes.read(gitFolder + "/" + Self.lastSyncFileName) {
            status.lastSync = Timestamp(String(decoding: text, as: UTF8.self).trimmingWhitespace())
        }
        return status
    }
}
