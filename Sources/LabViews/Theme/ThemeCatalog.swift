// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// The themes a user can choose: those built into the program from `Themes/`, and their own
/// in `$XDG_CONFIG_HOME/schuldenlab/themes/` (else `~/.config/...`), which win on the same name.
public struct ThemeCatalog: Sendable {
    public static let defaultName = "default"
    public let userFolder: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            userFolder = config + "/schuldenlab/themes"
        } else if let home = environment["HOME"], !home.isEmpty {
            userFolder = home + "/.config/schuldenlab/themes"
        } else {
            userFolder = nil
        }
    }

    public static var builtInNames: [String] { BuiltInThemeFiles.texts.keys.sorted() }

    public static var defaultTheme: Theme {
        // The built-in default is checked by the tests; it always parses.
        try! Theme.parse(Data(BuiltInThemeFiles.texts[defaultName]!.utf8))
    }

    public var names: [String] {
        var names = Set(Self.builtInNames)
        if let userFolder, let files = try? FileManager.default.contentsOfDirectory(atPath: userFolder) {
            names.formUnion(files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
        }
        return names.sorted()
    }

    /// The theme of that name: the user's own file first, then the built-in one.
    public func theme(named name: String) -> Result<Theme, ThemeProblem> {
        if let userFolder, !name.contains("/") {
            let path = userFolder + "/" + name + ".json"
            do {
                let data = try FileBytes.data(path)
                return Result { () throws(ThemeProblem) in try Theme.parse(data, file: path) }
            } catch .missing {
                // No file of their own by that name: the built-in one.
            } catch {
                return .failure(.unreadable("\(path.visible): \(error)"))
            }
        }
        guard let text = BuiltInThemeFiles.texts[name] else { return .failure(.notFound(name, choices: names)) }
        return Result { () throws(ThemeProblem) in try Theme.parse(Data(text.utf8), file: "Themes/\(name).json") }
    }
}
