// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// A real terminal: a tmux server of its own, one window running a command, read back with
/// capture-pane and driven with send-keys.
final class Tmux {
    let socket = "schuldenlab-e2e-\(UUID().uuidString.prefix(8))"
    let session = "e2e"

    /// Starts `command` (a shell command line) in a window of the given size.
    init(_ command: String, width: Int = 80, height: Int = 24) throws {
        try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command], capture: false)
    }

    deinit {
        _ = try? run(["kill-server"], capture: false)
    }

    /// The built binary, run from the shell in the window.
    static var binary: String {
        if let given = ProcessInfo.processInfo.environment["SCHULDENLAB_BINARY"] { return given }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("schuldenlab").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("schuldenlab").path
    }

    /// The shell line that runs the program and then reports how it ended and whether the
    /// terminal is back in its normal (cooked, echoing) mode.
    static func program(_ arguments: String = "", environment: String = "", binary: String = Tmux.binary) -> String {
        "env LANG=C.UTF-8 TERM=xterm-256color \(environment) \(binary) \(arguments); echo \"EXIT=$?\"; "
            + "stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo END; sleep 60"
    }

    /// Runs a tmux command and returns what it printed. It is spawned and waited for directly:
    /// the tmux server that the first command starts lives on, and Foundation's Process does not
    /// always see its client end.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = NSTemporaryDirectory() + "tmux-out-" + UUID().uuidString
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-u", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // The new tmux server must not inherit the signal mask of a test runner's thread.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard status == 0 else { throw SpawnFailure(code: status) }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
        return capture ? (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" : ""
    }

    struct SpawnFailure: Error {
        let code: Int32
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", session, "-l", text])
    }

    func screen(withEscapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (withEscapes ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen contains `text` and has stopped changing (a frame can reach tmux in
    /// pieces on a busy machine), and returns it; throws after `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            let current = try screen()
            if current.contains(text), current == last { return current }
            last = current
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(expected: text, screen: last)
    }

    struct Timeout: Error, CustomStringConvertible {
        let expected: String
        let screen: String
        var description: String { "did not see \"\(expected)\" on the screen:\n\(screen)" }
    }
}
