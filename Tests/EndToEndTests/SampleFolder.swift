import Foundation

/// A new data folder with the sample, made by the binary; the caller removes it.
func sampleFolder(named prefix: String) throws -> String {
    let folder = NSTemporaryDirectory() + "schuldenlab-\(prefix)-" + UUID().uuidString
    let initialise = Process()
    initialise.executableURL = URL(fileURLWithPath: Tmux.binary)
    initialise.arguments = ["init", folder, "--sample"]
    initialise.standardOutput = FileHandle.nullDevice
    try initialise.run()
    initialise.waitUntilExit()
    return folder
}
