// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabProgram
import LabModel

enum LanguageChoice {
    /// `--lang`, else `$SCHULDENLAB_LANG`, else the configuration, else Dutch.
    static func resolve(_ given: String?) -> Language {
        chosen(given).value
    }

    static func chosen(_ given: String?) -> (value: Language, origin: SettingOrigin) {
        let environment = ProcessInfo.processInfo.environment[environmentKey].flatMap(Language.init(rawValue:))
        return UserConfiguration.loaded.choose(option: ("--lang", given.flatMap(Language.init(rawValue:))),
                                               environment: (environmentKey, environment),
                                               configured: UserConfiguration.loaded.language, fallback: .nl)
    }

    static let environmentKey = "SCHULDENLAB_LANG"

    /// The language the command line asks for, for what is said after the command itself has ended.
    static func resolve(arguments: [String]) -> Language {
        var given: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { given = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { given = String(argument.dropFirst(7)) }
        }
        return resolve(given)
    }
}
