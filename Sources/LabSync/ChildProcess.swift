// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

#if canImport(Glibc)
import Glibc
#endif

/// A command run to its end with `posix_spawn`: what it wrote on its two streams, fed its input,
/// stopped after a time limit. Foundation's `Process` waits for a child's end by polling a run loop,
/// which costs tens of milliseconds for each of the many short git commands a sync runs; the
/// swift-subprocess package only runs commands from async code, which the command line and the
/// program's synchronous effects are not.
struct ChildProcess {
    struct Ended {
        let status: Int32
        let output: [UInt8]
        let errors: [UInt8]
        let timedOut: Bool
    }

    enum Failure: Error {
        case cannotStart(String)
    }

    static func run(_ arguments: [String], environment: [String: String], input: [UInt8], timeout: Double?) throws(Failure) -> Ended {
        var pipes: [[Int32]] = []
        for _ in 0..<3 {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { throw .cannotStart(String(cString: strerror(errno))) }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            pipes.append(ends)
        }
        let (feed, output, errors) = (pipes[0], pipes[1], pipes[2])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, feed[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        for end in [feed[0], output[1], errors[1]] { close(end) }
        guard started == 0 else {
            for end in [feed[1], output[0], errors[0]] { close(end) }
            throw .cannotStart(String(cString: strerror(started)))
        }
        var collected: [[UInt8]] = [[], []]
        var open = [output[0], errors[0]]
        var writer: Int32? = feed[1]
        var written = 0
        if input.isEmpty, let end = writer {
            close(end)
            writer = nil
        }
        if let end = writer { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        let deadline = timeout.map { ContinuousClock.now + .milliseconds(Int($0 * 1000)) }
        var timedOut = false
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var watched = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if let end = writer { watched.append(pollfd(fd: end, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&watched, nfds_t(watched.count), 100)
            if let deadline, ContinuousClock.now > deadline, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            guard ready > 0 else { continue }
            for entry in watched where entry.revents != 0 {
                if entry.fd == writer {
                    let count = input[written...].withUnsafeBytes { write(entry.fd, $0.baseAddress, $0.count) }
                    if count > 0 { written += count }
                    if count < 0 && errno != EAGAIN || written == input.count {
                        close(entry.fd)
                        writer = nil
                    }
                    continue
                }
                let count = read(entry.fd, &buffer, buffer.count)
                if count > 0 {
                    collected[entry.fd == output[0] ? 0 : 1] += buffer[..<count]
                } else if count == 0 || errno != EINTR && errno != EAGAIN {
                    close(entry.fd)
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        if let end = writer { close(end) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Ended(status: exited, output: collected[0], errors: collected[1], timedOut: timedOut)
    }
}
