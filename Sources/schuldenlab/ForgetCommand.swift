// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Wis persoonsgegevens op verzoek. / Erase personal data on request.",
        subcommands: [ForgetPartner.self])
}

struct ForgetPartner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner",
        abstract: "Erase a partner's contact from the files, the journal and the history.",
        discussion: "For a request to erase a person's data (AVG/GDPR article 17). The contact is removed by an edit that "
            + "says an erasure took place (not what was erased); the journal is folded into the files and every earlier "
            + "version of the partner in the history loses its contact. Other people's programs read the folder again. "
            + "Running it again finishes an erasure that was cut short.")

    @OptionGroup var edit: EditOptions
    @Argument(help: "The partner's id.", completion: IDCompletion.partners) var id: String
    @Flag(help: "Erase the contact (name and e-mail address).") var contact = false

    func run() throws {
        let language = edit.language
        guard contact else {
            throw ValidationError(language == .nl ? "zeg wat er gewist moet worden: --contact" : "say what to erase: --contact")
        }
        let folder = try edit.folder()
        do {
            let (erased, entry) = try folder.eraseContact(of: id, author: edit.authorName)
            if let entry { ActivityLog.saved(entry) }
            ActivityLog.note("erased the contact of partner \(id) from \(erased) earlier versions in the history")
            Output.out(language == .nl
                       ? "De contactpersoon van \(id) is gewist uit de bestanden, het journaal en \(erased) eerdere versies in de geschiedenis.\n"
                       : "The contact of \(id) is erased from the files, the journal and \(erased) earlier versions in the history.\n")
        } catch {
            Output.error(EditMessages.describe(error, language: language, data: folder.load().data))
            throw ExitCode(EditMessages.exitCode(for: error))
        }
    }
}
