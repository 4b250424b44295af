// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
import LabProgram
import LabViews

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

    /// A budget of the shared support passes the schema and the reader alike; a year that is none fails both.
    @Test func theSharedSupportBudgetAgreesWithItsReader() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let lab = folder + "/lab.json"
        let schema = folder + "/.schemas/lab.schema.json"
        let original = try String(contentsOfFile: lab, encoding: .utf8)
        let budget = #""sharedSupport": {"budget": [{"amount": 300000, "year": 2019}, {"amount": 250000.50, "year": 2020}], "#
        try original.replacingOccurrences(of: #""sharedSupport": {"#, with: budget).write(toFile: lab, atomically: true, encoding: .utf8)
        #expect(try validate(schema, [lab]).status == 0)
        #expect(try Run(["check", "--data", folder]).status == 0)
        try original.replacingOccurrences(of: #""sharedSupport": {"#, with: budget.replacingOccurrences(of: "2020", with: "20200"))
            .write(toFile: lab, atomically: true, encoding: .utf8)
        #expect(try validate(schema, [lab]).status == 1)
        let check = try Run(["check", "--data", folder])
        #expect(check.status == 1)
        #expect(check.output.contains(#"jaar "20200" moet een jaartal van 1900 tot en met 2200 zijn"#), "\(check.output)")
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
        // An erasure folds the journal into the files and a segment of the history; its lines pass the same schema.
        #expect(try Run(["forget", "partner", "test-bv", "--contact", "--data", folder]).status == 0)
        let segment = folder + "/history/000001.jsonl"
        #expect(try String(contentsOfFile: segment, encoding: .utf8).contains(#""erased":["contact"]"#))
        #expect(try String(contentsOfFile: segment, encoding: .utf8).contains(#""was":{"#), "each edit keeps the earlier values of what it changed")
        let history = try validate(folder + "/.schemas/journal-line.schema.json", [segment], lines: true)
        #expect(history.status == 0, "\(history.output)")
    }

    /// What a Dutch coordinator types for each field on the command line, by entity and option.
    private static let typed: [(EntityKind, String, [String: String])] = [
        (.commitment, "c-0002", ["partner": "Rabobank", "project": "Sociaal Hospitaal (SOHOS)", "kind": "uren", "amount": "1.234,5",
                                 "unit": "dagen", "value": "9.876,50", "from": "3-2-2017", "until": "31-12-2020", "state": "geleverd",
                                 "note": "Nieuw ✓"]),
        (.partner, "ing", ["name": "ING Bank", "scope": "lokaal", "sector": "maatschappelijk", "kind": "fonds", "founding": "nee",
                           "joined": "1-1-2017", "contact-name": "Jan de Vries", "contact-email": "jan@ing.example", "motive": "Minder schulden",
                           "note": "Nieuw"]),
        (.project, "jpf", ["name": "JPF", "summary": "Wat het doet", "target-group": "Jongeren", "lead": "Gemeente Den Haag",
                           "arrangement": "Network direction", "phases": "Bewustwording, Plan maken", "stage": "pilot",
                           "health": "geblokkeerd", "started": "1-6-2016", "goal-metric": "jongeren schuldenvrij", "goal-target": "1000",
                           "goal-reached": "153"]),
    ]

    /// Every field the catalogue lets a person type, typed on the command line one at a time: each edit
    /// saves, its journal line passes the journal-line schema, and the files written from it pass theirs.
    @Test func everyTypedFieldPassesTheSchemasFromTheCommandLineToTheFiles() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        for (kind, id, options) in Self.typed {
            let fields = FieldCatalogue.typedFields(of: kind).map { FieldCatalogue.optionName(of: $0.path, in: kind) }
            #expect(Set(fields) == Set(options.keys), "\(kind): every typed field is tried")
            for option in fields {
                let run = try Run(["update", kind.rawValue, id, "--data", folder, "--\(option)", options[option] ?? "", "--author", "anna"])
                #expect(run.status == 0, "\(kind) --\(option): \(run.error)")
            }
        }
        #expect(try Run(["check", "--data", folder]).status == 0)
        let journal = try validate(folder + "/.schemas/journal-line.schema.json", [folder + "/journal.jsonl"], lines: true)
        #expect(journal.status == 0, "\(journal.output)")
        #expect(try Run(["compact", "--data", folder]).status == 0)
        for file in DataFile.allCases {
            let result = try validate(folder + "/.schemas/\(file.schemaName).schema.json", [folder + "/" + file.fileName])
            #expect(result.status == 0, "\(file.fileName): \(result.output)")
        }
        let data = try #require(DataFolder(path: folder).load().data)
        #expect(data.commitment("c-0002")?.valueEUR == Money(exactly: "9876.5") && data.commitment("c-0002")?.unit == "days")
        #expect(data.partner("ing")?.contact == Contact(name: "Jan de Vries", email: "jan@ing.example"))
        #expect(data.project("jpf")?.goal == Goal(metric: "jongeren schuldenvrij", target: Quantity(1000), reached: Quantity(153)))
        #expect(data.project("jpf")?.debtPhases == ["bewustwording", "plan-maken"] && data.project("jpf")?.arrangement == "netwerkregie")
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

    /// The configuration the reader takes passes the schema, and what the reader refuses does not.
    @Test func theConfigurationSchemaAgreesWithItsReader() throws {
        let schema = Self.repository.appendingPathComponent("Schemas/config.schema.json").path
        let scratch = Scratch()
        let config = scratch.file("config.json")
        let good = #"{"language": "en", "theme": "haags", "author": "anna", "mouse": false, "poll": true, "data": "/srv/lab"}"#
        try Data(good.utf8).write(to: URL(fileURLWithPath: config))
        #expect(try validate(schema, [config]).status == 0)
        #expect(Configuration.read(Array(good.utf8), file: "config.json").problems.isEmpty)
        for bad in [#"{"language": "de"}"#, #"{"mouse": "nee"}"#, #"{"them": "light"}"#, #"{"author": " "}"#] {
            try Data(bad.utf8).write(to: URL(fileURLWithPath: config))
            #expect(try validate(schema, [config]).status == 1, "\(bad)")
            #expect(!Configuration.read(Array(bad.utf8), file: "config.json").problems.isEmpty, "\(bad)")
        }
    }

    /// The views the reader takes pass the schema, what it refuses does not, and the schema's panes are the views' panes.
    @Test func theViewsSchemaAgreesWithItsReader() throws {
        let schema = Self.repository.appendingPathComponent("Schemas/views.schema.json").path
        let scratch = Scratch()
        let views = scratch.file("views.json")
        let good = #"{"views": [{"name": "Groot", "pane": "commitments", "filter": "waarde>10000", "sort": "Waarde", "descending": true, "scrolledColumns": 1}]}"#
        try Data(good.utf8).write(to: URL(fileURLWithPath: views))
        #expect(try validate(schema, [views]).status == 0)
        #expect(ViewsFile.read(Array(good.utf8), file: "views.json", origin: .team, panes: ViewPlaces.paneNames).problems.isEmpty)
        for bad in [#"{"views": [{"name": "x", "pane": "overview"}]}"#, #"{"views": [{"name": " ", "pane": "log"}]}"#,
                    #"{"views": [{"name": "x", "pane": "log", "sortt": "Datum"}]}"#, #"{"view": []}"#,
                    #"{"views": [{"name": "x", "pane": "log", "scrolledColumns": -1}]}"#] {
            try Data(bad.utf8).write(to: URL(fileURLWithPath: views))
            #expect(try validate(schema, [views]).status == 1, "\(bad)")
            #expect(!ViewsFile.read(Array(bad.utf8), file: "views.json", origin: .team, panes: ViewPlaces.paneNames).problems.isEmpty, "\(bad)")
        }
        let text = try String(contentsOfFile: schema, encoding: .utf8)
        #expect(text.contains(#""pane": { "enum": ["# + ViewPlaces.paneNames.map { "\"\($0)\"" }.joined(separator: ", ") + "]"))
    }

    @Test func theImportMappingSchemaAgreesWithItsReader() throws {
        let schema = Self.repository.appendingPathComponent("Schemas/import-map.schema.json").path
        let scratch = Scratch()
        let mapping = scratch.file("import-map.json")
        let good = #"{"kind": "commitment", "sheet": "Blad1", "columns": {"Org.": "partner", "Bedrag incl.": "amount"}, "ignore": ["Intern"]}"#
        try Data(good.utf8).write(to: URL(fileURLWithPath: mapping))
        #expect(try validate(schema, [mapping]).status == 0)
        #expect(ImportMapping.read(Array(good.utf8), file: "import-map.json").problems.isEmpty)
        for bad in [#"{"kind": "partners"}"#, #"{"colums": {}}"#, #"{"columns": {"Org.": 3}}"#, #"{"ignore": "Intern"}"#] {
            try Data(bad.utf8).write(to: URL(fileURLWithPath: mapping))
            #expect(try validate(schema, [mapping]).status == 1, "\(bad)")
            #expect(!ImportMapping.read(Array(bad.utf8), file: "import-map.json").problems.isEmpty, "\(bad)")
        }
        let misspelt = ImportMapping.read(Array(#"{"columns": {"Org.": "partnr"}}"#.utf8), file: "import-map.json").problems
        #expect(misspelt.map { $0.rendered(in: .nl) } == [#"import-map.json:1:22: $.columns["Org."]: geen veld: "partnr"; bedoelt u "partner"?"#])
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
