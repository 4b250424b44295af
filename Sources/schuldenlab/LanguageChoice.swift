import Foundation
import LabModel

enum LanguageChoice {
    /// `--lang`, else `$SCHULDENLAB_LANG`, else Dutch.
    static func resolve(_ given: String?) -> Language {
        Language(rawValue: given ?? ProcessInfo.processInfo.environment["SCHULDENLAB_LANG"] ?? "nl") ?? .nl
    }
}
