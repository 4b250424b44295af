// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// What a user sets once, in `$XDG_CONFIG_HOME/schuldenlab/config.json`:
/// `{"language": "en", "theme": "haags", "author": "anna", "mouse": false, "poll": true, "data": "/srv/schuldenlab"}`.
/// Options and environment variables override it.
public struct Configuration: Sendable {
    public var language: Language?
    public var theme: String?
    public var author: String?
    public var mouse: Bool?
    public var poll: Bool?
    public var data: String?
    /// The file it was read from; `nil` when there is none.
    public var path: String?
    public var problems: [Problem] = []

    public init() {}

    public static func path(environment: [String: String]) -> String? {
        UserFolder.file("config.json", environment: environment)
    }

    /// The user's configuration; empty when there is no file. What is wrong in it is kept in
    /// `problems`, and those settings are left out.
    public static func load(environment: [String: String]) -> Configuration {
        guard let path = path(environment: environment) else { return Configuration() }
        var configuration = Configuration()
        do {
            configuration = read(Array(try FileBytes.data(path)), file: path)
        } catch .missing {
            return configuration
        } catch {
            configuration.problems = [Problem(file: path, kind: .fileUnreadable(reason: "\(error)"))]
        }
        configuration.path = path
        return configuration
    }

    public static func read(_ bytes: [UInt8], file: String) -> Configuration {
        let settings = SettingsFile(bytes: bytes, file: file)
        var configuration = Configuration()
        if let root = settings.root {
            _ = root.value("$schema")?.string
            if let value = root.value("language"), let text = value.string {
                configuration.language = Language(rawValue: text)
                if configuration.language == nil { value.refuse(.unknownValue(text, allowed: Language.allCases.map(\.rawValue))) }
            }
            configuration.theme = root.value("theme")?.nonBlankString
            configuration.author = root.value("author")?.nonBlankString
            configuration.data = root.value("data")?.nonBlankString
            configuration.mouse = root.value("mouse")?.bool
            configuration.poll = root.value("poll")?.bool
            root.finish()
        }
        configuration.problems = settings.problems
        return configuration
    }
}

/// Where a setting in use came from, as `schuldenlab info` says it.
public enum SettingOrigin: Hashable, Sendable {
    case option(String)
    case environment(String)
    case configuration(String)
    case builtIn

    public func said(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .option(let name): return (nl ? "uit " : "from ") + name
        case .environment(let name): return (nl ? "uit $" : "from $") + name
        case .configuration(let path): return (nl ? "uit " : "from ") + path
        case .builtIn: return nl ? "standaard" : "the default"
        }
    }
}

extension Configuration {
    /// The first of: the option, the environment variable, this file, the default; with where it came from.
    public func choose<Value>(option: (name: String, value: Value?), environment: (name: String, value: Value?)? = nil,
                              configured: Value?, fallback: Value) -> (value: Value, origin: SettingOrigin) {
        if let value = option.value { return (value, .option(option.name)) }
        if let environment, let value = environment.value { return (value, .environment(environment.name)) }
        if let configured, let path { return (configured, .configuration(path)) }
        return (fallback, .builtIn)
    }
}
