// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// The real program left alone in a pseudo-terminal: how often it wakes up and how much of a
/// core it uses while nobody touches it.
enum IdleBench {
    struct Figures {
        var wakeupsPerSecond: Double
        var cpuPercent: Double
    }

    static func measure(_ folder: String, seconds: Double = 10) -> Figures? {
        let command = "TERM=xterm-256color exec \(RealBinary.path) open --data \(folder)"
        var keyboard: [Int32] = [0, 0]
        guard pipe(&keyboard) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, keyboard[0], 0)
        posix_spawn_file_actions_addclose(&actions, keyboard[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let arguments = ["script", "-qfec", command, "/dev/null"]
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var scriptID: pid_t = 0
        guard posix_spawnp(&scriptID, "script", &actions, nil, &cArguments, environ) == 0 else { return nil }
        close(keyboard[0])
        defer {
            // Ctrl-C, as a user would stop it.
            _ = [UInt8(3)].withUnsafeBytes { write(keyboard[1], $0.baseAddress, 1) }
            close(keyboard[1])
            var status: Int32 = 0
            waitpid(scriptID, &status, 0)
        }
        sleep(1)
        guard let program = child(of: scriptID) else { return nil }
        // Left alone once it has opened and made what it makes while waiting (a second without CPU).
        var settled = sample(program)
        for _ in 0..<60 {
            sleep(1)
            let now = sample(program)
            if now.ticks == settled.ticks { break }
            settled = now
        }
        let before = sample(program)
        usleep(useconds_t(seconds * 1_000_000))
        let after = sample(program)
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        // Per thread: a worker thread that ended meanwhile takes its count with it.
        let wakeups = after.switches.reduce(0) { sum, thread in sum + max(0, thread.value - (before.switches[thread.key] ?? 0)) }
        return Figures(wakeupsPerSecond: Double(wakeups) / seconds,
                       cpuPercent: Double(after.ticks - before.ticks) / ticks / seconds * 100)
    }

    private static func child(of parent: pid_t) -> pid_t? {
        let text = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Context switches (each a wakeup) of each of the process's threads, and CPU ticks over all of them.
    private static func sample(_ process: pid_t) -> (switches: [String: Int], ticks: Int) {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process)/task")) ?? []
        var switches: [String: Int] = [:]
        for task in tasks {
            let status = (try? String(contentsOfFile: "/proc/\(process)/task/\(task)/status", encoding: .utf8)) ?? ""
            for line in status.split(separator: "\n") where line.hasPrefix("voluntary_ctxt_switches") || line.hasPrefix("nonvoluntary_ctxt_switches") {
                switches[task, default: 0] += Int(line.split(separator: "\t").last.map(String.init) ?? "") ?? 0
            }
        }
        let stat = (try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8)) ?? ""
        // The fields after the command name, which is in parentheses and may hold spaces.
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        let ticks = fields.count > 13 ? (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0) : 0
        return (switches, ticks)
    }
}
