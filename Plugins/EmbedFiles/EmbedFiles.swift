// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import PackagePlugin

/// Builds files of the repository into the binary, so that they work from the built program
/// without any set-up and stay written in one place: `Themes/` into LabViews, `Schemas/` into the
/// program, which prints them and puts them beside the data for editors.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (folderName, enumName) = target.name == "schuldenlab" ? ("Schemas", "BuiltInSchemaFiles") : ("Themes", "BuiltInThemeFiles")
        let folder = context.package.directoryURL.appending(path: folderName)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: enumName + ".swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files of \(folderName)",
                executable: try context.tool(named: "FileEmbedder").url,
                arguments: [output.path, enumName] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]),
        ]
    }
}
