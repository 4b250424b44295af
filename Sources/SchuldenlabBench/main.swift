// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel

// The benchmark of every path a user waits on, on three sizes. Run it in release:
//   swift run -c release schuldenlab-bench [--json] [--quick | --largest | --huge | --long-history [--keep DIR]]
// --huge is the national size alone, a million commitments: minutes, so not in the default run.
let arguments = CommandLine.arguments
let asJSON = arguments.contains("--json")
let quick = arguments.contains("--quick")
let largestOnly = arguments.contains("--largest")
let longHistoryOnly = arguments.contains("--long-history")
let hugeOnly = arguments.contains("--huge")

let sizes: [(String, Generator.Size?)] = [
    ("sample", nil),
    ("1k/500/10k", Generator.Size(partners: 1_000, projects: 500, commitments: 10_000)),
    ("10k/5k/100k", Generator.Size(partners: 10_000, projects: 5_000, commitments: 100_000)),
    ("100k/50k/1M", Generator.Size(partners: 100_000, projects: 50_000, commitments: 1_000_000)),
].filter { size in
    if longHistoryOnly { return false }
    if hugeOnly { return size.0 == "100k/50k/1M" }
    if size.0 == "100k/50k/1M" { return false }
    return quick ? size.0 != "10k/5k/100k" : !largestOnly || size.0 == "10k/5k/100k"
}

/// The issue's targets: those for a million commitments where they differ, else those for 100,000.
func target(_ size: String, _ atLargest: String, huge: String? = nil) -> String {
    size == "100k/50k/1M" ? (huge ?? "-") : atLargest
}

RealBinary.requireBuilt()
var rows: [Row] = []
@MainActor func report(_ size: String, _ measure: String, _ value: String, _ target: String = "") {
    let row = Row(size: size, measure: measure, value: value, target: target)
    rows.append(row)
    if !asJSON {
        func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
        let line = padded(row.size, 13) + padded(row.measure, 37) + padded(row.value, 26) + row.target + "\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}

for (name, size) in sizes {
    let folderPath = NSTemporaryDirectory() + "schuldenlab-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folderPath) }
    var generator = Generator(seed: 2016)
    let data = size.map { generator.data($0) } ?? SampleLab.data
    let folder = DataFolder(path: folderPath)
    try folder.save(data)

    let opens = (0..<5).map { _ in RealBinary.open(folderPath) }
    let openTimes = opens.map(\.seconds)
    report(name, "1 open to first frame (min/median)",
           "\(Row.milliseconds(openTimes.min()!)) / \(Row.milliseconds(Measure.percentile(openTimes, 0.5)))",
           target(name, "<= 300 ms", huge: "<= 3 s"))
    let checkTime = Measure.percentile((0..<3).map { _ in RealBinary.time(["check", "--data", folderPath]) }, 0.5)
    report(name, "1 check (median of 3)", Row.milliseconds(checkTime), target(name, "<= 500 ms"))
    let loaded = folder.load().data!
    let capacityTime = Measure.percentile((0..<3).map { _ in Measure.seconds { _ = OrganisingCapacity(loaded, on: loaded.lab.asOf ?? Day.today()) } }, 0.5)
    report(name, "13 organising capacity, worked out (median of 3)", Row.milliseconds(capacityTime), "in the background above 20k ties")
    let figures = Interaction.measure { interaction in
        var figures = Interaction.Figures()
        interaction.keys(FolderSession.open(folder).session!, into: &figures)
        interaction.filter(FolderSession.open(folder).session!, atOnce: false, into: &figures)
        interaction.filter(FolderSession.open(folder).session!, atOnce: true, into: &figures)
        interaction.filterByField(FolderSession.open(folder).session!, into: &figures)
        interaction.edits(FolderSession.open(folder).session!, count: quick ? 20 : 50, into: &figures)
        interaction.live(FolderSession.open(folder).session!, rounds: 10, into: &figures)
        return figures
    }
    var session = FolderSession.open(folder).session!
    func spread(_ figure: (p50: Double, p99: Double)) -> String {
        "\(Row.milliseconds(figure.p50)) / \(Row.milliseconds(figure.p99))"
    }
    report(name, "2 key to frame (p50/p99)", spread(figures.keys), target(name, "<= 5 ms p99", huge: "<= 16 ms p99"))
    report(name, "3 filter keystroke (p50/p99)", spread(figures.filter), target(name, "<= 16 ms p99", huge: "<= 50 ms p99"))
    report(name, "3 filter, typed at once on opening", spread(figures.filterAtOnce), target(name, "<= 50 ms"))
    report(name, "3 filter by field, keystroke (p50/p99)", spread(figures.filterByField), target(name, "<= 16 ms p99", huge: "<= 50 ms p99"))
    report(name, "4 edit saved and shown (p50/p99)", spread(figures.edits), target(name, "<= 10 ms p99"))
    _ = try? session.compact()
    report(name, "5 compaction, in the program", Row.milliseconds(try StoreBench.compactionInProgram(&session)), target(name, "<= 500 ms"))
    report(name, "5 compaction, compact command", Row.milliseconds(try StoreBench.compactionByCommand(folder)), target(name, "<= 1 s"))
    report(name, "6 live: edit seen (p50/p99)", spread(figures.live), target(name, "<= 40 ms p99", huge: "<= 300 ms p99"))
    report(name, "7 peak memory of the program", String(format: "%.0f MiB", opens.map(\.peakMiB).max()!),
           target(name, "<= 150 MiB", huge: "<= 1.5 GiB"))
    report(name, "8 bytes: one j / full repaint", "\(figures.bytes.oneKey) B / \(figures.bytes.fullRepaint) B", "one j <= 1 KB")
    report(name, "11 a hundred resizes, taken in", Row.milliseconds(ResizeBench.seconds(FolderSession.open(folder).session!)), "<= 1 s")
    if let idle = IdleBench.measure(folderPath) {
        report(name, "10 idle: wakeups / CPU (10 s)", String(format: "%.1f per s / %.2f%%", idle.wakeupsPerSecond, idle.cpuPercent),
               "<= 1 per s, < 0.1%")
    }
    if size != nil {
        let input = try PeerBench.commitmentsArray(of: folderPath, in: folderPath)
        let ours: [PeerBench.OwnStep: Double] = [.open: Measure.percentile(openTimes, 0.5), .check: checkTime]
        for peer in PeerBench.peers {
            // VisiData takes minutes on a million: once there.
            switch PeerBench.measure(peer, input: input, scratch: folderPath, runs: hugeOnly ? 1 : 3) {
            case .success(let run):
                report(name, "12 " + peer.name, String(format: "%@, %.0f MiB", Row.milliseconds(run.seconds), run.peakMiB),
                       String(format: "%.1fx our %@", run.seconds / ours[peer.against]!, peer.against.rawValue))
            case .failure(let skipped):
                report(name, "12 " + peer.name, "skipped: " + skipped.reason)
            }
        }
    }
}
// A long history: 200,000 edits made on the 10,000-commitment folder, folded every 2,500.
if longHistoryOnly || (!quick && !largestOnly && !hugeOnly) {
    let name = "1k/500/10k + 200k edits"
    // --keep DIR leaves the folder there, to look at or profile.
    let kept = arguments.firstIndex(of: "--keep").map { arguments[$0 + 1] }
    let folderPath = kept ?? NSTemporaryDirectory() + "schuldenlab-bench-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: folderPath) } }
    var generator = Generator(seed: 2016)
    let folder = DataFolder(path: folderPath)
    try folder.save(generator.data(Generator.Size(partners: 1_000, projects: 500, commitments: 10_000)))
    try StoreBench.makeLongHistory(folder, edits: 200_000, perCompaction: 2_500)
    func median(_ runs: Int, _ measure: () -> Double) -> String {
        Row.milliseconds(Measure.percentile((0..<runs).map { _ in measure() }, 0.5))
    }
    let loaded = folder.load().data!
    let partner = loaded.partners[0].id, commitment = loaded.commitments[41].id
    report(name, "9 one add (median of 5)", median(5) {
        RealBinary.time(["add", "commitment", "--data", folderPath, "--partner", partner, "--kind", "money", "--amount", "1", "--unit", "EUR"])
    }, "<= 100 ms")
    report(name, "9 open to first frame (median of 5)", median(5) { RealBinary.open(folderPath).seconds }, "<= 1 s")
    report(name, "9 log --entity (median of 5)", median(5) { RealBinary.time(["log", "--data", folderPath, "--entity", commitment]) }, "<= 200 ms")
    report(name, "9 check (median of 3)", median(3) { RealBinary.time(["check", "--data", folderPath]) })
}
if asJSON {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(rows), as: UTF8.self))
}
