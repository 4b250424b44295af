import Foundation

// Usage: ThemeEmbedder OUTPUT.swift THEME.json...
// Writes a Swift file holding each theme file's text under its name.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder OUTPUT.swift THEME.json...\n".utf8))
    exit(2)
}
var source = "// Generated from Themes/*.json by the EmbedThemes plugin; do not edit.\nimport Foundation\n\n"
source += "enum BuiltInThemeFiles {\n    static let texts: [String: String] = [\n"
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent
    let text = try String(contentsOf: url, encoding: .utf8)
    // Base64 keeps any byte of the file out of the way of Swift's string syntax.
    source += "        \"\(name)\": String(decoding: Data(base64Encoded: \"\(Data(text.utf8).base64EncodedString())\")!, as: UTF8.self),\n"
}
source += "    ]\n}\n"
try source.write(toFile: output, atomically: true, encoding: .utf8)
