import Foundation
import PackagePlugin

/// Builds the files of `Themes/` into the binary, so that the themes work from the built
/// program without any set-up and `Themes/` stays the one place they are written.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Themes")
        let themes = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInThemeFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(themes.count) themes",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [output.path] + themes.map(\.path),
                inputFiles: themes,
                outputFiles: [output]),
        ]
    }
}
