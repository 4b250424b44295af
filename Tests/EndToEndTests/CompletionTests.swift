// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

/// The completion scripts the program generates, in an interactive zsh and fish in a real terminal:
/// Tab offers the commitment ids of the folder named on the line.
@Suite(.serialized) struct CompletionTests {
    private func home(for shell: String) throws -> String {
        let home = NSTemporaryDirectory() + "schuldenlab-\(shell)-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return home
    }

    private func generate(_ shell: String, into path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tmux.binary)
        process.arguments = ["--generate-completion-script", shell]
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try process.run()
        process.waitUntilExit()
    }

    /// Types a command line up to an unfinished id and presses Tab.
    private func expectCompletion(in tmux: Tmux, folder: String) throws {
        try tmux.type("schuldenlab withdraw commitment --data \(folder) c-009")
        try tmux.send("Tab")
        let screen = try tmux.waitFor("c-0093")
        #expect(screen.contains("c-0090") && screen.contains("c-0091") && screen.contains("c-0092"), "\(screen)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh"), "zsh is not installed"))
    func zshCompletesIDsFromTheFolder() throws {
        let folder = try sampleFolder(named: "zsh-completion")
        let home = try home(for: "zsh")
        defer { [folder, home].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        try generate("zsh", into: home + "/functions/_schuldenlab")
        try Data("fpath=(\(home)/functions $fpath)\nautoload -Uz compinit && compinit -u\nPS1='%% '\n".utf8)
            .write(to: URL(fileURLWithPath: home + "/.zshrc"))
        let binaries = (Tmux.binary as NSString).deletingLastPathComponent
        let tmux = try Tmux("env HOME=\(home) ZDOTDIR=\(home) PATH=\(binaries):/usr/bin:/bin zsh -i", width: 120, height: 20)
        try tmux.waitFor("%")
        try expectCompletion(in: tmux, folder: folder)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fish"), "fish is not installed"))
    func fishCompletesIDsFromTheFolder() throws {
        let folder = try sampleFolder(named: "fish-completion")
        let home = try home(for: "fish")
        defer { [folder, home].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        try generate("fish", into: home + "/.config/fish/completions/schuldenlab.fish")
        try Data("function fish_prompt; echo '% '; end\nset -g fish_greeting\n".utf8).write(to: URL(fileURLWithPath: home + "/.config/fish/config.fish"))
        let binaries = (Tmux.binary as NSString).deletingLastPathComponent
        let tmux = try Tmux("env HOME=\(home) PATH=\(binaries):/usr/bin:/bin fish -i", width: 120, height: 20)
        try tmux.waitFor("%")
        try expectCompletion(in: tmux, folder: folder)
    }
}
