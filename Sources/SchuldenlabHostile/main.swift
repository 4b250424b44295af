// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel

// The hostile suite: every hostile folder against every way the data is used, by the real binary.
// Ends with one line: inputs tried, crashes, files changed that should not have (and escapes let
// through, failures without a message); exits 1 when any of them is not zero.

let arguments = CommandLine.arguments.dropFirst()
let verbose = arguments.contains("--verbose")
let quick = arguments.contains("--quick")
let binary = arguments.firstIndex(of: "--binary").map { arguments[arguments.index(after: $0)] }
    ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("schuldenlab").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    FileHandle.standardError.write(Data("schuldenlab-hostile: \(binary) is missing; build it first: swift build\n".utf8))
    exit(2)
}

// Keys are written to programs that may have ended; that must not end the suite.
signal(SIGPIPE, SIG_IGN)

let scratch = NSTemporaryDirectory() + "schuldenlab-hostile-\(getpid())"
let good = scratch + "/good"
do { try GoodFolder.make(at: good) } catch {
    FileHandle.standardError.write(Data("schuldenlab-hostile: cannot make the good folder: \(error)\n".utf8))
    exit(2)
}
chmod(scratch, 0o755)

// The quick run, for the tests: every sixth case, each against every consumer.
let cases = quick ? Cases.all.enumerated().filter { $0.offset % 6 == 0 }.map(\.element) : Cases.all
let runner = Runner(binary: binary)
let tally = Tally()

// Most of a run is waiting for the program between keys, so more runs than cores go at once.
let queue = OperationQueue()
queue.maxConcurrentOperationCount = 2 * ProcessInfo.processInfo.activeProcessorCount + 2
for (index, hostile) in cases.enumerated() { queue.addOperation {
    for (consumerIndex, consumer) in Consumer.all.enumerated() {
        let place = scratch + "/case-\(index)-\(consumerIndex)"
        let folder = place + "/lab", outside = place + "/outside"
        do {
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: good, toPath: folder)
            try hostile.make(folder, outside)
            chmod(place, 0o777)
            chmod(outside, 0o777)
        } catch {
            tally.note(setUpFailure: "\(hostile.name): cannot make the case: \(error)")
            continue
        }
        let outcome = runner.run(consumer, on: folder, outside: outside, asAnotherUser: hostile.runsAsAnotherUser)
        tally.note(outcome, of: consumer.name, on: hostile.name, verbose: verbose)
        chmod(folder, 0o755)
        try? FileManager.default.removeItem(atPath: place)
    }
} }
queue.waitUntilAllOperationsAreFinished()
try? FileManager.default.removeItem(atPath: scratch)
print(tally.summary)
exit(tally.isClean ? 0 : 1)
