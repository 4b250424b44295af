// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// Which data the program works on, and why: the rule of DESIGN.md.
enum DataSource: Equatable {
    case folder(String, chosenBy: Choice)
    case builtInSample

    enum Choice: Equatable {
        case option, environment, configuration, currentFolder
    }

    static let environmentKey = "SCHULDENLAB_DATA"

    /// The source as the log names it.
    var logName: String {
        switch self {
        case .folder(let path, _): path
        case .builtInSample: "the built-in sample"
        }
    }
    static let defaultFolderName = "schuldenlab-data"

    static func resolve(option: String?, environment: [String: String], configured: String? = UserConfiguration.loaded.data,
                        currentFolder: String) -> DataSource {
        if let option { return .folder(option, chosenBy: .option) }
        if let path = environment[environmentKey], !path.isEmpty { return .folder(path, chosenBy: .environment) }
        if let path = configured { return .folder(path, chosenBy: .configuration) }
        let candidate = currentFolder + "/" + defaultFolderName
        var isFolder = false
        if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), isFolder {
            return .folder(candidate, chosenBy: .currentFolder)
        }
        return .builtInSample
    }

    /// Loads the data; the sample is validated like any folder.
    func load() -> (data: LabData?, report: LoadReport) {
        switch self {
        case .folder(let path, _):
            let report = DataFolder(path: path).load()
            return (report.data, report)
        case .builtInSample:
            let data = SampleLab.data
            let problems = Validator.problems(in: data)
            return (problems.isEmpty ? data : nil, LoadReport(data: data, problems: problems, couldNotRead: false))
        }
    }

    /// Loads the data and keeps a folder open, so that the program reads only what changes.
    func open() -> (data: LabData?, report: LoadReport, session: FolderSession?) {
        guard case .folder(let path, _) = self else {
            let (data, report) = load()
            return (data, report, nil)
        }
        let (session, report) = FolderSession.open(DataFolder(path: path))
        return (report.data, report, session)
    }

    func name(in language: Language) -> String {
        switch (self, language) {
        case (.folder(let path, _), _): path.visible
        case (.builtInSample, .nl): "de ingebouwde voorbeelddata van Schuldenlab070"
        case (.builtInSample, .en): "the built-in Schuldenlab070 sample"
        }
    }
}
