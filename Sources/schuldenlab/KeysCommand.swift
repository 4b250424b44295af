// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabKeys
import LabProgram

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Alle toetsen van het programma. / Every key of the program.",
        discussion: "Generated from the action table, with your own keys from keys.json laid over the defaults; the ids are what keys.json names.")

    @Option(help: ArgumentHelp("Language: nl (default) or en.", valueName: "nl|en")) var lang: String?

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        let (keymap, _, problems) = KeymapFile.load(environment: ProcessInfo.processInfo.environment)
        let actionLanguage: ActionLanguage = language == .nl ? .nl : .en
        for problem in problems { Output.error(problem.rendered(in: language) + "\n") }
        Output.out(KeyTable.text(keymap: keymap, language: actionLanguage))
    }
}
