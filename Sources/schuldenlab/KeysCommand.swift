import ArgumentParser
import Foundation
import LabKeys

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Alle toetsen van het programma. / Every key of the program.",
        discussion: "Generated from the action table, with your own keys from keys.json laid over the defaults; the ids are what keys.json names.")

    @Option(help: ArgumentHelp("Language: nl (default) or en.", valueName: "nl|en")) var lang: String?

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        let (keymap, path, problems) = KeymapFile.load(environment: ProcessInfo.processInfo.environment)
        let actionLanguage: ActionLanguage = language == .nl ? .nl : .en
        if let path {
            for problem in problems { Output.error("\(path.visible): \(problem.message(in: actionLanguage))\n") }
        }
        Output.out(KeyTable.text(keymap: keymap, language: actionLanguage))
    }
}
