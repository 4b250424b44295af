import Foundation
import LabProgram

/// The user's configuration file, read once; options and environment variables are laid over it.
enum UserConfiguration {
    static let loaded = Configuration.load(environment: ProcessInfo.processInfo.environment)
}
