// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabKeys
import LabModel
import LabProgram
import LabTerminal
import LabViews

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Wat het programma gebruikt en waarom. / What the program uses, and why.",
        discussion: "The version, the data folder and how it was chosen, theme and keymap files and any problem with them, the terminal, how other people's edits are noticed, the log.")

    @Option(name: .long, help: ArgumentHelp("The data folder to report on.", valueName: "DIR")) var data: String?
    @Flag(help: "Notice edits by polling, as the program would with --poll.") var poll = false
    @Option(help: ArgumentHelp("Language: nl (default) or en.", valueName: "nl|en")) var lang: String?

    private var language: Language { LanguageChoice.resolve(lang) }

    private func say(_ dutch: String, _ english: String) -> String {
        language == .nl ? dutch : english
    }

    /// A line with its label in a column of its own.
    private func labelled(_ dutch: String, _ english: String, _ text: String) -> String {
        (say(dutch, english) + ":").padding(to: 14) + text
    }

    private let indent = String(repeating: " ", count: 14)

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var lines = ["schuldenlab \(Version.current) · \(Licence.shown)"]
        lines += dataLines(environment: environment)
        lines += settingLines()
        lines += themeLines(environment: environment)
        lines += keymapLines(environment: environment)
        lines.append(terminalLine(environment: environment))
        let log = environment[ActivityLog.environmentKey].flatMap { $0.isEmpty ? nil : $0 }
        lines.append(labelled("logboek", "log", log.map { "\($0) (" + say("uit", "from") + " $\(ActivityLog.environmentKey))" }
                              ?? say("geen", "none") + " (--log FILE " + say("of", "or") + " $\(ActivityLog.environmentKey))"))
        Output.out(lines.map(\.visible).joined(separator: "\n") + "\n")
    }

    private func dataLines(environment: [String: String]) -> [String] {
        let source = DataSource.resolve(option: data, environment: environment, currentFolder: FileManager.default.currentDirectoryPath)
        guard case .folder(let path, let choice) = source else {
            return [labelled("gegevens", "data", say("de ingebouwde voorbeelddata (geen --data, geen $\(DataSource.environmentKey), geen ./\(DataSource.defaultFolderName))",
                                                     "the built-in sample (no --data, no $\(DataSource.environmentKey), no ./\(DataSource.defaultFolderName))"))]
        }
        let how = switch choice {
        case .option: say("uit --data", "from --data")
        case .environment: say("uit $\(DataSource.environmentKey)", "from $\(DataSource.environmentKey)")
        case .configuration: SettingOrigin.configuration(UserConfiguration.loaded.path ?? "config.json").said(in: language)
        case .currentFolder: say("./\(DataSource.defaultFolderName) in de huidige map", "./\(DataSource.defaultFolderName) in the current folder")
        }
        let folder = DataFolder(path: path)
        let report = folder.load()
        let state = report.data.map { data in
            say("\(data.partners.count) partners, \(data.projects.count) projecten, \(data.commitments.count) toezeggingen",
                "\(data.partners.count) partners, \(data.projects.count) projects, \(data.commitments.count) commitments")
                + (report.warnings.isEmpty ? "" : say("; \(report.warnings.count) journaalregels overgeslagen", "; \(report.warnings.count) journal lines skipped"))
        } ?? say("\(report.problems.count) problemen, eerste: ", "\(report.problems.count) problems, first: ")
            + (report.problems.first?.rendered(in: language) ?? "-")
        let watcher = FolderWatcher(folder: folder, polling: poll)
        let watching = watcher.method == .inotify
            ? say("wijzigingen van anderen via inotify", "other people's edits noticed through inotify")
            : say("wijzigingen van anderen: elke \(Int(FolderWatcher.pollInterval)) s gekeken",
                  "other people's edits noticed by polling every \(Int(FolderWatcher.pollInterval)) s")
        return [
            labelled("gegevens", "data", "\(path) (\(how))"),
            indent + state,
            indent + (folder.isWritable ? say("schrijfbaar", "writable") : say("alleen lezen voor deze gebruiker", "read-only for this user")),
            labelled("volgen", "watching", watching),
        ]
    }

    /// Each setting with where it came from: an option, the environment, the configuration file, the default.
    private func settingLines() -> [String] {
        let configuration = UserConfiguration.loaded
        let file = configuration.path.map { $0 + (configuration.problems.isEmpty ? say(", in orde", ", fine") : "") }
            ?? say("geen (", "none (") + (Configuration.path(environment: ProcessInfo.processInfo.environment) ?? "config.json") + ")"
        let settings = OpenSettings(theme: nil, noMouse: false, poll: poll, author: nil)
        let chosenLanguage = LanguageChoice.chosen(lang)
        // Named in words, with the key config.json gives it.
        func line(_ dutch: String, _ key: String, _ value: String, _ origin: SettingOrigin) -> String {
            indent + "  " + (language == .nl ? "\(dutch) (\(key))" : key) + ": \(value) (\(origin.said(in: language)))"
        }
        func onOff(_ flag: Bool) -> String { flag ? say("ja", "on") : say("nee", "off") }
        return [labelled("instellingen", "settings", file)]
            + configuration.problems.map { indent + "  " + $0.rendered(in: language) }
            + [line("taal", "language", chosenLanguage.value.rawValue, chosenLanguage.origin),
               line("thema", "theme", settings.theme.value, settings.theme.origin),
               line("auteur", "author", settings.author.value, settings.author.origin),
               line("muis", "mouse", onOff(settings.mouse.value), settings.mouse.origin),
               line("elke seconde kijken", "poll", onOff(settings.poll.value), settings.poll.origin)]
    }

    private func themeLines(environment: [String: String]) -> [String] {
        let catalog = ThemeCatalog(environment: environment)
        var lines = [labelled("thema's", "themes", say("ingebouwd: ", "built in: ") + ThemeCatalog.builtInNames.joined(separator: ", "))]
        guard let folder = catalog.userFolder else { return lines }
        let own = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        lines.append(indent + say("eigen in \(folder):", "your own in \(folder):") + (own.isEmpty ? say(" geen", " none") : ""))
        for file in own {
            switch catalog.theme(named: String(file.dropLast(".json".count))) {
            case .success: lines.append(indent + "  \(file): " + say("in orde", "fine"))
            case .failure(.invalid(let problems)): lines += problems.map { indent + "  " + $0.rendered(in: language) }
            case .failure(let problem): lines.append(indent + "  \(file): \(problem.message(in: language))")
            }
        }
        return lines
    }

    private func keymapLines(environment: [String: String]) -> [String] {
        let (_, path, problems) = KeymapFile.load(environment: environment)
        guard let path else {
            let expected = KeymapFile.path(environment: environment) ?? "keys.json"
            return [labelled("toetsen", "keys", say("de standaard (geen \(expected))", "the defaults (no \(expected))"))]
        }
        return [labelled("toetsen", "keys", path + (problems.isEmpty ? say(", in orde", ", fine") : ""))]
            + problems.map { indent + "  " + $0.rendered(in: language) }
    }

    private func terminalLine(environment: [String: String]) -> String {
        let terminal = TerminalDescription(environment: environment)
        let colours: String
        if terminal.noColor {
            colours = say("geen kleur (NO_COLOR staat aan)", "no colour (NO_COLOR is set)")
        } else if let depth = terminal.colorDepth {
            colours = switch depth {
            case .trueColor: say("alle kleuren", "true colour")
            case .none: say("geen kleur", "no colour")
            default: say("\(depth.rawValue) kleuren", "\(depth.rawValue) colours")
            }
        } else {
            colours = say("onbekend bij terminfo", "unknown to terminfo")
        }
        let name = terminal.name.isEmpty ? say("(niet gezet)", "(not set)") : terminal.name
        return labelled("terminal", "terminal", "TERM=\(name), \(colours), "
                        + (terminal.speaksUTF8 ? "UTF-8" : say("geen UTF-8 (alleen ASCII getekend)", "no UTF-8 (plain ASCII is drawn)")))
    }
}
