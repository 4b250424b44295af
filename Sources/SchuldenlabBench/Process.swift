// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// The real binary, run in a pseudo-terminal (through `script`) until its first frame.
enum RealBinary {
    static var path: String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return folder.appendingPathComponent("schuldenlab").path
    }

    /// Stops the bench, saying how to build the program, when it is not beside the bench: a
    /// missing binary must not be timed as a fast one.
    static func requireBuilt() {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            FileHandle.standardError.write(Data("schuldenlab-bench: \(path) is missing; build it first: swift build -c release\n".utf8))
            exit(2)
        }
    }

    /// Seconds from start to first frame, and the peak resident memory in MiB.
    static func open(_ folder: String) -> (seconds: Double, peakMiB: Double) {
        let command = "TERM=xterm-256color \(path) open --data \(folder) --exit-after-first-frame"
        let run = Child.run(["script", "-qfec", command, "/dev/null"])
        guard run.status == 0 else {
            FileHandle.standardError.write(Data("schuldenlab-bench: \(command) ended with status \(run.status)\n".utf8))
            exit(2)
        }
        return (run.seconds, run.peakMiB)
    }

    /// Seconds a command of the binary takes, start to exit, its output thrown away.
    static func time(_ arguments: [String]) -> Double {
        Child.run([path] + arguments).seconds
    }
}

/// A command run to its end with nothing on its input and its output thrown away, as the
/// operating system accounts for it: wall seconds, and the peak memory of its largest process.
///
/// The peak is taken by GNU time (`apt-get install time`) where it is there: a child spawned from
/// the bench starts in the bench's own memory, and Linux keeps that high-water mark across `exec`,
/// so `wait4`'s figure can be the bench's (hundreds of MiB of generated data), not the command's.
enum Child {
    private static let gnuTime = "/usr/bin/time"

    struct Run {
        let seconds: Double
        let peakMiB: Double
        let status: Int32
    }

    static func run(_ arguments: [String]) -> Run {
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return spawn(arguments) }
        let peakFile = NSTemporaryDirectory() + "schuldenlab-bench-peak-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: peakFile) }
        let run = spawn([gnuTime, "-f", "%M", "-o", peakFile] + arguments)
        let kilobytes = (try? String(contentsOfFile: peakFile, encoding: .utf8))?.split(separator: "\n").last.flatMap { Double($0) }
        return Run(seconds: run.seconds, peakMiB: kilobytes.map { $0 / 1024 } ?? run.peakMiB, status: run.status)
    }

    private static func spawn(_ arguments: [String]) -> Run {
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pid: pid_t = 0
        var usage = rusage()
        var status: Int32 = -1
        let seconds = Measure.seconds {
            guard posix_spawnp(&pid, arguments[0], &actions, nil, &cArguments, environ) == 0 else { return }
            wait4(pid, &status, 0, &usage)
        }
        return Run(seconds: seconds, peakMiB: Double(usage.ru_maxrss) / 1024, status: status)
    }
}
