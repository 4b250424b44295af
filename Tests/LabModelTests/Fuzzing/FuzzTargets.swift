// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

// Compiled twice: into the tests, and by Fuzz/run together with the sources of LabModel into
// one module for libFuzzer (which defines FUZZING), where there is no module to import.
#if !FUZZING
@testable import LabModel
#endif

/// What the fuzzer feeds the loader and the journal reader, and the promises they keep for any
/// input: a crash is found by the fuzzer itself, a broken promise is returned as a sentence.
enum FuzzTargets {
    /// A few projects of the sample with their commitments and partners: small files make fast runs.
    static let smallLab: LabData = {
        let sample = SampleLab.data
        let projects = Array(sample.projects.sorted { $0.id < $1.id }.prefix(3))
        let projectIDs = Set(projects.map(\.id))
        let commitments = Array(sample.commitments.sorted { $0.id < $1.id }.filter { $0.project.map(projectIDs.contains) ?? false }.prefix(8))
        let partnerIDs = Set(projects.map(\.lead) + commitments.map(\.partner))
        return LabData(lab: sample.lab, partners: sample.partners.filter { partnerIDs.contains($0.id) }, projects: projects,
                       commitments: commitments)
    }()

    static let sample = SampleLab.data

    static let sampleTexts: [DataFile: [UInt8]] = Dictionary(uniqueKeysWithValues: DataFile.allCases.map {
        ($0, Array(smallLab.fileText(for: $0).utf8))
    })

    /// The first byte chooses the file that gets the rest of the input; the others are the sample's.
    static func loader(_ input: [UInt8]) -> String? {
        guard let first = input.first else { return nil }
        let target = DataFile.allCases[Int(first) % DataFile.allCases.count]
        let bytes = Array(input.dropFirst())
        let contents = Dictionary(uniqueKeysWithValues: DataFile.allCases.map { ($0, DataFolder.FileContent.success($0 == target ? bytes : sampleTexts[$0]!)) })
        let report = DataFolder.readCarefully(contents)
        // The quick reader, its arrays cut every few bytes, reads what the careful one reads, and nothing it refuses.
        let quick = DataFolder.readQuickly(contents, pieceLength: 16)
        guard (quick != nil) == (report.data != nil), quick == nil || quick == report.data else {
            return "read quickly: \(quick == nil ? "refused" : "read") what the careful reader \(report.data == nil ? "refused" : "read differently")"
        }
        let lines = Dictionary(uniqueKeysWithValues: DataFile.allCases.map { ($0.fileName, lineCount(of: $0 == target ? bytes : sampleTexts[$0]!)) })
        if let broken = brokenPromise(of: report, lines: lines) { return broken }
        guard let data = report.data else { return nil }
        // What was read whole must be written and read again to the same data.
        let written = Dictionary(uniqueKeysWithValues: DataFile.allCases.map { ($0, Array(data.fileText(for: $0).utf8)) })
        let again = DataFolder.read { file in written[file]! }
        // The files are written in the order of their ids; the order is not part of the data.
        guard again.problems.isEmpty, let reread = again.data, inIDOrder(reread) == inIDOrder(data) else {
            return "written and read again differs: \(again.problems.map { $0.rendered(in: .en) })"
        }
        return nil
    }

    /// The input is a journal laid over the sample.
    static func journal(_ input: [UInt8]) -> String? {
        let whole = JournalReader.read(input)
        let newlines = input.lazy.filter { $0 == UInt8(ascii: "\n") }.count
        guard whole.completeLines == newlines else { return "counted \(whole.completeLines) lines, not \(newlines)" }
        let expectedBytes = (input.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        guard whole.completeBytes == expectedBytes else { return "complete bytes \(whole.completeBytes), not \(expectedBytes)" }
        for problem in whole.problems {
            guard let line = problem.position?.line, line >= 1, line <= newlines + 1 else {
                return "problem without a line in the journal: \(problem.rendered(in: .en))"
            }
            if let broken = brokenPromise(of: problem) { return broken }
        }
        // Read in two pieces, as the program does when lines come in later, it gives the same entries.
        if let middle = input.prefix(input.count / 2).lastIndex(of: UInt8(ascii: "\n")) {
            let head = JournalReader.read(input[...middle])
            let tail = JournalReader.read(input[(middle + 1)...], firstLine: head.completeLines + 1)
            guard (head.entries + tail.entries).map(\.line) == whole.entries.map(\.line),
                  (head.entries + tail.entries).map(\.entry) == whole.entries.map(\.entry) else {
                return "read in two pieces gives other entries"
            }
        }
        var data = sample
        for (line, entry) in whole.entries {
            guard case .success(let again) = JournalReader.entry(from: Array(entry.line.utf8), lineNumber: line),
                  again == entry else { return "entry of line \(line) is not written back as it was read" }
            if case .skipped(let problem) = JournalReplay.apply(entry, line: line, to: &data, compactionPending: false),
               let broken = brokenPromise(of: problem) { return broken }
        }
        // A value in euros that is not the amount is for `check` to point out; a replay keeps such an
        // edit, because an edit saved before that rule was acknowledged and must not be lost.
        let broken = Validator.problems(in: data).filter { problem in
            if case .valueNotAmount = problem.kind { false } else { true }
        }
        if let first = broken.first {
            return "the journal made valid data invalid: \(first.rendered(in: .en))"
        }
        return nil
    }

    private static func inIDOrder(_ data: LabData) -> LabData {
        LabData(lab: data.lab, partners: data.partners.sorted { $0.id < $1.id }, projects: data.projects.sorted { $0.id < $1.id },
                commitments: data.commitments.sorted { $0.id < $1.id })
    }

    private static func lineCount(of bytes: [UInt8]) -> Int {
        bytes.lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1
    }

    private static func brokenPromise(of report: LoadReport, lines: [String: Int]) -> String? {
        if report.data != nil, !report.problems.isEmpty { return "data given together with problems" }
        if report.data == nil, report.problems.isEmpty { return "no data and no problem" }
        for problem in report.problems {
            guard let lines = lines[problem.file] else { return "problem names no data file: \(problem.file)" }
            if let position = problem.position, position.line < 1 || position.line > lines || position.column < 1 {
                return "place \(position) outside \(problem.file) of \(lines) lines"
            }
            if case .syntax = problem.kind, problem.position == nil { return "syntax problem without a place" }
            if let broken = brokenPromise(of: problem) { return broken }
        }
        return nil
    }

    /// A message quotes what it found; it must never carry a control character to the terminal.
    private static func brokenPromise(of problem: Problem) -> String? {
        for language in [Language.nl, .en] {
            let text = problem.rendered(in: language)
            if text.unicodeScalars.contains(where: \.needsVisibleForm) {
                return "message carries a control character: \(text.visible)"
            }
        }
        return nil
    }
}
