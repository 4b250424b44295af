// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Controleer de datamap en toon elk probleem. / Validate the data folder and print every problem.",
        discussion: "Exit 0 when clean, 1 when there are problems, 2 when the folder cannot be read."
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        let language = try options.language()
        try options.startLog()
        let source = options.source()
        let (data, report) = source.load()
        ActivityLog.read(report, from: source.logName)
        // The history is not needed to load the data, but what it keeps must be readable too.
        var history: (problems: [Problem], couldNotRead: Bool) = ([], false)
        var conflicts: [Problem] = []
        if case .folder(let path, _) = source {
            history = DataFolder(path: path).historyProblems()
            let found = ConflictsFile.read(in: path)
            conflicts = found.problems + found.open.map(\.problem)
        }
        let all = report.problems + report.warnings + history.problems + conflicts
        for problem in all { Output.out(problem.rendered(in: language) + "\n") }
        let count = all.count
        let name = source.name(in: language)
        if let data, count == 0 {
            let summary = language == .nl
                ? "\(name): in orde (\(data.partners.count) partners, \(data.projects.count) projecten, \(data.commitments.count) toezeggingen)\n"
                : "\(name): clean (\(data.partners.count) partners, \(data.projects.count) projects, \(data.commitments.count) commitments)\n"
            Output.out(summary)
            return
        }
        Output.out(language == .nl
                   ? "\(name): \(count) \(count == 1 ? "probleem" : "problemen")\n"
                   : "\(name): \(count) \(count == 1 ? "problem" : "problems")\n")
        throw ExitCode(report.couldNotRead || history.couldNotRead ? 2 : 1)
    }
}
