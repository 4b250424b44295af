// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel
import LabSync

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Maak een nieuwe datamap. / Create a new data folder.",
        discussion: "Refuses a folder that exists and is not empty: nothing is overwritten."
    )

    @Argument(help: ArgumentHelp("The folder to create.", valueName: "DIR"))
    var folder: String

    @Flag(name: .long, help: "Fill it with the Schuldenlab070 sample.")
    var sample = false

    @Option(name: .long, help: "The lab's name (without --sample).")
    var name = "Schuldenlab"

    @Option(name: .long, help: "The lab's city (without --sample).")
    var city = "Den Haag"

    @Option(name: .long, help: ArgumentHelp("Language of the messages: nl or en.", valueName: "nl|en"))
    var lang: String?

    @Flag(name: .long, help: "Make it a git repository that merges with the program's drivers (for schuldenlab sync).")
    var git = false

    func run() throws {
        let language = LanguageChoice.resolve(lang)
        func say(_ dutch: String, _ english: String) -> String { language == .nl ? dutch : english }
        let shown = folder.visible

        let data = sample ? SampleLab.data : SampleFramework.emptyLab(name: name, city: city, founded: Day.today())
        try NewFolder.write(data, to: folder, language: language)
        Output.out(say("\(shown): nieuwe datamap gemaakt\(sample ? " met de voorbeelddata van Schuldenlab070" : "").\n",
                       "\(shown): new data folder created\(sample ? " with the Schuldenlab070 sample" : "").\n"))
        guard git else { return }
        do {
            let author = Author.name(given: nil)
            _ = try RepositorySetup.setUp(folder: folder, remote: nil, binary: SyncCommand.binary, author: author, language: language)
            _ = try FolderSync(folder: folder, author: author, language: language).run()
            Output.out(say("\(shown): git-repository met de samenvoegers van schuldenlab; koppel een server met `schuldenlab sync --setup SERVER`.\n",
                           "\(shown): git repository with schuldenlab's merge drivers; link a server with `schuldenlab sync --setup REMOTE`.\n"))
        } catch {
            Output.error(error.description(in: language) + "\n")
            throw ExitCode(2)
        }
    }
}

/// A new data folder: made if missing, refused if it holds anything, then filled.
enum NewFolder {
    static func write(_ data: LabData, to folder: String, language: Language) throws {
        func say(_ dutch: String, _ english: String) -> String { language == .nl ? dutch : english }
        let shown = folder.visible
        let manager = FileManager.default
        var isFolder = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            let contents = isFolder ? (try? manager.contentsOfDirectory(atPath: folder)) : nil
            guard let contents, contents.isEmpty else {
                Output.error(say("\(shown): bestaat al en is geen lege map; er is niets veranderd.\n",
                                 "\(shown): already exists and is not an empty folder; nothing was changed.\n"))
                throw ExitCode(2)
            }
        } else {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
            } catch {
                let reason = ((error as? CocoaError)?.underlying as? POSIXError).map { String(cString: strerror($0.code.rawValue)) }
                    ?? String(describing: error)
                Output.error(say("\(shown): de map kan niet gemaakt worden (\(reason)).\n",
                                 "\(shown): the folder cannot be created (\(reason)).\n"))
                throw ExitCode(2)
            }
        }
        do {
            try DataFolder(path: folder).save(data)
            try SchemaFiles.write(into: folder)
        } catch {
            Output.error(say("\(error.path.visible): kan niet schrijven (\(error.reason)).\n",
                             "\(error.path.visible): cannot write (\(error.reason)).\n"))
            throw ExitCode(2)
        }
    }
}
