// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The installation a municipal server gets: `make install` into a staging root and the Debian
/// package into a scratch root, each run with no Swift on the PATH and no library path set.
@Suite(.serialized) struct InstallTests {
    private static let repository = repositoryFolder
    /// `swift test` holds .build while it runs, so the release build goes to a folder of its own.
    private static let buildPath = "BUILD_PATH=.build-install"

    /// Runs a command in the repository (or with a bare environment) and returns its status and output.
    @discardableResult
    private func run(_ arguments: [String], bare: Bool = false) throws -> (status: Int32, output: String) {
        // A bare environment: a server's PATH, without the toolchain, and no LD_LIBRARY_PATH.
        try runCommand((bare ? ["-i", "PATH=/usr/bin:/bin", "TERM=xterm", "HOME=/nonexistent"] : []) + arguments, in: Self.repository)
    }

    /// The installed binary at work without Swift: its version, a new folder, a check, the schemas.
    private func expectWorksWithoutSwift(_ binary: String, scratch: String) throws {
        let version = try run([binary, "--version"], bare: true)
        #expect(version.status == 0 && version.output.hasPrefix("0."), "\(version.output)")
        let ldd = try run(["ldd", binary])
        #expect(!ldd.output.contains("swift"), "no Swift library is loaded: \(ldd.output)")
        // The program stands on FoundationEssentials: the full Foundation would bring ICU's 34 MB of data.
        let size = try #require(FileManager.default.attributesOfItem(atPath: binary)[.size] as? Int)
        #expect(size <= 25_000_000, "at most 25 MB: \(size) bytes")
        let folder = scratch + "/lab"
        #expect(try run([binary, "init", folder, "--sample"], bare: true).status == 0)
        let check = try run([binary, "check", "--data", folder, "--lang", "en"], bare: true)
        #expect(check.output.contains("clean (25 partners, 9 projects, 93 commitments)"), "\(check.output)")
        #expect(try run([binary, "schema", "partners"], bare: true).output.contains("2020-12"))
    }

    @Test func makeInstallAndUninstall() throws {
        let scratch = NSTemporaryDirectory() + "schuldenlab-install-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let install = try run(["make", "install", Self.buildPath, "PREFIX=/usr/local", "DESTDIR=\(scratch)/root"])
        #expect(install.status == 0, "\(install.output)")
        let prefix = scratch + "/root/usr/local"
        for file in ["bin/schuldenlab", "share/man/man1/schuldenlab.1", "share/bash-completion/completions/schuldenlab",
                     "share/zsh/site-functions/_schuldenlab", "share/fish/vendor_completions.d/schuldenlab.fish",
                     "share/schuldenlab/themes/beamer.json", "share/schuldenlab/schemas/partners.schema.json",
                     "share/doc/schuldenlab/README.md"] {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file) is installed")
        }
        try expectWorksWithoutSwift(prefix + "/bin/schuldenlab", scratch: scratch)

        // The man page is generated with every key of the action table, and reads as a man page.
        let page = try String(contentsOfFile: prefix + "/share/man/man1/schuldenlab.1", encoding: .utf8)
        #expect(page.contains(".SH KEYS") && page.contains("(show\\-overview)") && page.contains(".SS update commitment"))
        let rendered = try run(["man", "--warnings", "-l", prefix + "/share/man/man1/schuldenlab.1"])
        #expect(rendered.status == 0 && rendered.output.contains("withdraw-commitment"), "\(rendered.output.prefix(500))")

        // The bash completion completes commitment ids from the folder on the command line.
        let completion = try run(["bash", "-c", """
            PATH=\(prefix)/bin:/usr/bin:/bin; source \(prefix)/share/bash-completion/completions/schuldenlab
            COMP_WORDS=(schuldenlab withdraw commitment --data \(scratch)/lab c-009); COMP_CWORD=5
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; _schuldenlab; printf '%s\\n' "${COMPREPLY[@]}"
            """])
        #expect(completion.output.split(separator: "\n") == ["c-0090", "c-0091", "c-0092", "c-0093"], "\(completion.output)")

        #expect(try run(["make", "uninstall", Self.buildPath, "PREFIX=/usr/local", "DESTDIR=\(scratch)/root"]).status == 0)
        let left = FileManager.default.enumerator(atPath: scratch + "/root")?.compactMap { $0 as? String }
            .filter { !(((try? FileManager.default.attributesOfItem(atPath: scratch + "/root/" + $0)[.type]) as? FileAttributeType) == .typeDirectory) }
        #expect(left == [], "uninstall leaves no file behind")
    }

    @Test func theDebianPackageInstallsIntoAScratchRootAndRuns() throws {
        let built = try run(["make", "deb", Self.buildPath])
        #expect(built.status == 0, "\(built.output)")
        let package = try #require(built.output.split(separator: "\n").last.map(String.init), "make deb names the package")
        #expect(package.hasSuffix(".deb"))
        let info = try run(["dpkg-deb", "--field", package, "Depends"])
        #expect(info.output.contains("libncursesw6"), "\(info.output)")
        // What Debian asks of a package: lintian finds no error and no warning.
        let lintian = try run(["lintian", "--fail-on", "error,warning", package])
        #expect(lintian.status == 0 && !lintian.output.contains("E: ") && !lintian.output.contains("W: "), "\(lintian.output)")
        let copyright = try run(["dpkg-deb", "--fsys-tarfile", package])
        #expect(copyright.output.contains("EUPL-1.2"), "the licence travels with the package")

        let root = NSTemporaryDirectory() + "schuldenlab-deb-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/var/lib/dpkg/updates", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/var/lib/dpkg/info", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/var/lib/dpkg/status", contents: Data())
        // The scratch root holds only this package; its libraries are those of the machine.
        let dpkg = ["dpkg", "--root=\(root)", "--admindir=\(root)/var/lib/dpkg", "--force-depends", "--force-not-root", "--log=/dev/null"]
        let install = try run(dpkg + ["-i", Self.repository + "/" + package])
        #expect(install.status == 0, "\(install.output)")
        #expect(try run(dpkg + ["-L", "schuldenlab"]).output.contains("/usr/share/man/man1/schuldenlab.1.gz"))
        try expectWorksWithoutSwift(root + "/usr/bin/schuldenlab", scratch: root)
        #expect(try run(dpkg + ["-r", "schuldenlab"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: root + "/usr/bin/schuldenlab"))
    }
}
