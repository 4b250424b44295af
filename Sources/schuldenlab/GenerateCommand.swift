// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Maak een grote, realistische datamap. / Make a large, realistic data folder.",
        discussion: "Deterministic: the same sizes and seed give the same files. The result passes 'check'.")

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "DIR")) var folder: String
    @Option(help: "How many partners.") var partners = 1_000
    @Option(help: "How many projects.") var projects = 500
    @Option(help: "How many commitments.") var commitments = 10_000
    @Option(help: "The seed of the random choices.") var seed: UInt64 = 2016
    @Option(help: ArgumentHelp("Language of the messages: nl or en.", valueName: "nl|en")) var lang: String?

    func validate() throws {
        guard partners >= 1, projects >= 0, commitments >= 0 else { throw ValidationError("give at least one partner, and no negative sizes") }
    }

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        var generator = Generator(seed: seed)
        let data = generator.data(Generator.Size(partners: partners, projects: projects, commitments: commitments))
        try NewFolder.write(data, to: folder, language: language)
        Output.out(language == .nl
                   ? "\(folder.visible): \(partners) partners, \(projects) projecten, \(commitments) toezeggingen gemaakt.\n"
                   : "\(folder.visible): \(partners) partners, \(projects) projects, \(commitments) commitments made.\n")
    }
}
