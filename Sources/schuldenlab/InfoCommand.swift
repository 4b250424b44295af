import ArgumentParser
import Foundation
import LabKeys
import LabModel
import LabTerminal
import LabViews

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info", abstract: "Wat het programma gebruikt en waarom. / What the program uses, and why.",
        discussion: "The version, the data folder and how it was chosen, theme and keymap files and any problem with them, the terminal, how other people's edits are noticed, the log.")

    @Option(name: .long, help: ArgumentHelp("The data folder to report on.", valueName: "DIR")) var data: String?
    @Flag(help: "Notice edits by polling, as the program would with --poll.") var poll = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var lines = ["schuldenlab \(Version.current)"]
        lines += dataLines(environment: environment)
        lines += themeLines(environment: environment)
        lines += keymapLines(environment: environment)
        lines += terminalLines(environment: environment)
        let log = environment[ActivityLog.environmentKey].flatMap { $0.isEmpty ? nil : $0 }
        lines.append("log:          " + (log.map { "\($0) (from $\(ActivityLog.environmentKey))" } ?? "none (--log FILE or $\(ActivityLog.environmentKey))"))
        Output.out(lines.map(\.visible).joined(separator: "\n") + "\n")
    }

    private func dataLines(environment: [String: String]) -> [String] {
        let source = DataSource.resolve(option: data, environment: environment, currentFolder: FileManager.default.currentDirectoryPath)
        guard case .folder(let path, let choice) = source else {
            return ["data:         the built-in sample (no --data, no $\(DataSource.environmentKey), no ./\(DataSource.defaultFolderName))"]
        }
        let how = switch choice {
        case .option: "from --data"
        case .environment: "from $\(DataSource.environmentKey)"
        case .currentFolder: "./\(DataSource.defaultFolderName) in the current folder"
        }
        let folder = DataFolder(path: path)
        let report = folder.load()
        let state = report.data.map { data in
            "\(data.partners.count) partners, \(data.projects.count) projects, \(data.commitments.count) commitments"
                + (report.warnings.isEmpty ? "" : "; \(report.warnings.count) journal lines skipped")
        } ?? "\(report.problems.count) problems, first: \(report.problems.first?.rendered(in: .en) ?? "-")"
        let watcher = FolderWatcher(folder: folder, polling: poll)
        return [
            "data:         \(path) (\(how))",
            "              \(state)",
            "              " + (folder.isWritable ? "writable" : "read-only for this user"),
            "watching:     " + (watcher.method == .inotify ? "other people's edits noticed through inotify" : "other people's edits noticed by polling every \(Int(FolderWatcher.pollInterval)) s"),
        ]
    }

    private func themeLines(environment: [String: String]) -> [String] {
        let catalog = ThemeCatalog(environment: environment)
        var lines = ["themes:       built in: " + ThemeCatalog.builtInNames.joined(separator: ", ")]
        guard let folder = catalog.userFolder else { return lines }
        let own = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        lines.append("              your own in \(folder):" + (own.isEmpty ? " none" : ""))
        for file in own {
            let name = String(file.dropLast(".json".count))
            switch catalog.theme(named: name) {
            case .success: lines.append("                \(file): fine")
            case .failure(let problem): lines.append("                \(file): \(problem.message(in: .en))")
            }
        }
        return lines
    }

    private func keymapLines(environment: [String: String]) -> [String] {
        let (_, path, problems) = KeymapFile.load(environment: environment)
        guard let path else {
            return ["keys:         the defaults (no \(KeymapFile.path(environment: environment) ?? "keys.json"))"]
        }
        return ["keys:         \(path)" + (problems.isEmpty ? ", fine" : "")] + problems.map { "                " + $0.message(in: .en) }
    }

    private func terminalLines(environment: [String: String]) -> [String] {
        let terminal = TerminalDescription(environment: environment)
        let colours: String
        if terminal.noColor {
            colours = "no colour (NO_COLOR is set)"
        } else if let depth = terminal.colorDepth {
            colours = depth == .trueColor ? "true colour" : depth == .none ? "no colour" : "\(depth.rawValue) colours"
        } else {
            colours = "unknown to terminfo"
        }
        return ["terminal:     TERM=\(terminal.name.isEmpty ? "(not set)" : terminal.name), \(colours), "
                + (terminal.speaksUTF8 ? "UTF-8" : "no UTF-8 (plain ASCII is drawn)")]
    }
}
