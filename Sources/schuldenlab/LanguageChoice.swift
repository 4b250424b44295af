import Foundation
import LabModel

enum LanguageChoice {
    /// `--lang`, else `$SCHULDENLAB_LANG`, else Dutch.
    static func resolve(_ given: String?) -> Language {
        Language(rawValue: given ?? ProcessInfo.processInfo.environment["SCHULDENLAB_LANG"] ?? "nl") ?? .nl
    }

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
