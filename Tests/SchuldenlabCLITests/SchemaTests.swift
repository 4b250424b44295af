import Foundation
import Testing
import LabModel

/// The JSON Schemas against the real files: the sample, a journal of real edits, every theme and a
/// keymap pass; a set of broken files is refused by the schemas and by `check` alike.
@Suite struct SchemaTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// scripts/validate-schema (python's jsonschema), as an editor's language server checks.
    private func validate(_ schema: String, _ files: [String], lines: Bool = false) throws -> (status: Int32, output: String) {
        let run = try Run(command: ["/usr/bin/env", "python3", Self.repository.appendingPathComponent("scripts/validate-schema").path]
                          + (lines ? ["--lines"] : []) + [schema] + files)
        return (run.status, run.output + run.error)
    }

    @Test func everyFilePointsToItsSchemaAndTheSamplePasses() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        for file in DataFile.allCases {
            let text = try String(contentsOfFile: folder + "/" + file.fileName, encoding: .utf8)
            #expect(text.contains("\"$schema\": \".schemas/\(file.schemaName).schema.json\""))
            let printed = try Run(["schema", file.schemaName]).output
            #expect(try String(contentsOfFile: folder + "/.schemas/\(file.schemaName).schema.json", encoding: .utf8) == printed)
            let result = try validate(folder + "/.schemas/\(file.schemaName).schema.json", [folder + "/" + file.fileName])
            #expect(result.status == 0, "\(file.fileName): \(result.output)")
        }
    }

    @Test func aJournalOfRealEditsPassesLineByLine() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let edits = [
            ["add", "partner", "--id", "test-bv", "--name", "Test BV", "--scope", "local", "--sector", "private", "--kind", "bank",
             "--contact-name", "Piet", "--contact-email", "piet@test.example"],
            ["add", "commitment", "--partner", "test-bv", "--project", "jpf", "--kind", "hours", "--amount", "12.5", "--unit", "hours",
             "--value", "900"],
            ["update", "project", "jpf", "--health", "attention", "--note", "Wacht op data"],
            ["withdraw", "commitment", "c-0001"],
            // Two edits from revision 1: the second is merged, and its line says so.
            ["update", "commitment", "c-0006", "--if-revision", "1", "--amount", "30000"],
            ["update", "commitment", "c-0006", "--if-revision", "1", "--note", "Na het overleg"],
        ]
        for edit in edits {
            #expect(try Run(edit + ["--data", folder, "--author", "anna"]).status == 0, "\(edit)")
        }
        #expect(try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8).contains(#""merge":{"basedOn":1"#))
        let result = try validate(folder + "/.schemas/journal-line.schema.json", [folder + "/journal.jsonl"], lines: true)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyThemeAndAKeymapPass() throws {
        let themes = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("Themes").path)
            .filter { $0.hasSuffix(".json") }.map { Self.repository.appendingPathComponent("Themes/" + $0).path }
        #expect(themes.count >= 6)
        let schemas = Self.repository.appendingPathComponent("Schemas").path
        let result = try validate(schemas + "/theme.schema.json", themes)
        #expect(result.status == 0, "\(result.output)")

        let scratch = Scratch()
        let keymap = scratch.file("keys.json")
        try Data(#"{"move-down": ["j", "Down", "Ctrl-N"], "open-help": "F1"}"#.utf8).write(to: URL(fileURLWithPath: keymap))
        #expect(try validate(schemas + "/keymap.schema.json", [keymap]).status == 0)
        try Data(#"{"move-dwn": "j"}"#.utf8).write(to: URL(fileURLWithPath: keymap))
        #expect(try validate(schemas + "/keymap.schema.json", [keymap]).status == 1, "an unknown action id")
    }

    /// The keymap schema names exactly the actions of the program.
    @Test func theKeymapSchemaKnowsEveryActionAndNoOther() throws {
        let schema = try String(contentsOf: Self.repository.appendingPathComponent("Schemas/keymap.schema.json"), encoding: .utf8)
        let keys = try Run(["keys", "--lang", "en"]).output
        let ids = Set(keys.split(separator: "\n").compactMap { line -> String? in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            return line.hasPrefix("  ") ? columns.first { $0.contains("-") && $0.first!.isLowercase && !$0.hasPrefix("Ctrl") }.map(String.init) : nil
        })
        #expect(ids.count >= 50)
        let pattern = try #require(schema.range(of: #"\^\(([a-z|-]+)\)\$"#, options: .regularExpression))
        let named = Set(schema[pattern].dropFirst(2).dropLast(2).split(separator: "|").map(String.init))
        #expect(named == ids)
    }

    /// Broken files that the schemas and `check` both refuse; what only `check` can know (ids across
    /// files, duplicates, exact decimals, real dates) is left out, as the schema command says.
    @Test(arguments: [
        ("partners", #""name": "ABN AMRO","#, ""),
        ("partners", #""name": "ABN AMRO""#, #""naam": "ABN AMRO""#),
        ("partners", #""scope": "national""#, #""scope": "nationaal""#),
        ("partners", #""founding": false"#, #""founding": "nee""#),
        ("partners", #""schemaVersion": 1"#, #""schemaVersion": 2"#),
        ("projects", #""stage": "pilot""#, #""stage": "klaar""#),
        ("projects", #""lead": "#, #""lead": "Gemeente Den Haag", "x": "#),
        ("commitments", #""amount": 150000"#, #""amount": -150000"#),
        ("commitments", #""id": "c-0001""#, #""id": "C 0001""#),
        ("commitments", #""from": "2017-01-01""#, #""from": "01-01-2017""#),
        ("commitments", #""state": "delivered""#, #""state": 3"#),
        ("lab", #""city": "Den Haag","#, ""),
    ])
    func brokenFilesAreRefusedByTheSchemaAndByCheck(file: String, original: String, broken: String) throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let path = folder + "/\(file).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: original), "\(original) is not in \(file).json")
        try Data(text.replacingCharacters(in: range, with: broken).utf8).write(to: URL(fileURLWithPath: path))

        let schema = try validate(folder + "/.schemas/\(file).schema.json", [path])
        #expect(schema.status == 1, "the schema let it pass: \(broken)")
        let check = try Run(["check", "--data", folder])
        #expect(check.status == 1, "check let it pass: \(broken)")
    }
}
