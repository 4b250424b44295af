// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabModel

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Een JSON Schema van de bestanden. / A JSON Schema of the files.",
        discussion: """
        JSON Schema draft 2020-12 for lab, partners, projects, commitments, journal-line, theme and keymap. \
        Every data file points to its schema through "$schema": init and compact put the schemas in the folder's .schemas/, \
        so that editors (VS Code, vim or neovim with a JSON language server) complete and check hand-edited files. \
        The schemas know the shape of each file; schuldenlab check also knows what spans files (ids that must exist, \
        duplicates), exact decimals and real dates.
        """)

    @Argument(help: ArgumentHelp("The schema to print; without it, the names.", valueName: "NAME"),
              completion: .list(SchemaFiles.names))
    var name: String?

    func run() throws {
        guard let name else {
            Output.out(SchemaFiles.names.joined(separator: "\n") + "\n")
            return
        }
        guard let text = SchemaFiles.text(named: name) else {
            throw ValidationError("\(name.visible): no such schema; there are \(SchemaFiles.names.joined(separator: ", "))")
        }
        Output.out(text)
    }
}
