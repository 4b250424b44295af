// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel

/// What an administrator and a coordinator on a server use besides the program: the key list,
/// the man page, the completions, `info` and the log.
@Suite struct ServerCommandsTests {
    @Test func keysListsEveryActionWithTheUsersOwnKeys() throws {
        let scratch = Scratch()
        let defaults = try Run(["keys", "--lang", "en"], environment: ["XDG_CONFIG_HOME": scratch.path])
        #expect(defaults.output.contains("  j Down             move-down            Down\n"))
        #expect(defaults.output.contains("withdraw-commitment  Withdraw the commitment (asks first)"))
        try FileManager.default.createDirectory(atPath: scratch.file("schuldenlab"), withIntermediateDirectories: true)
        try Data(#"{"move-down": ["J", "Down"], "open-hlp": "F1"}"#.utf8).write(to: URL(fileURLWithPath: scratch.file("schuldenlab/keys.json")))
        let own = try Run(["keys", "--lang", "en"], environment: ["XDG_CONFIG_HOME": scratch.path])
        #expect(own.status == 0)
        #expect(own.output.contains("  J Down             move-down"))
        #expect(own.error.contains(#"keys.json:1:42: $["open-hlp"]: unknown action "open-hlp""#), "\(own.error)")
    }

    @Test func theManPageHasEveryCommandAndEveryKey() throws {
        let page = try Run(["manual"]).output
        #expect(page.hasPrefix(".TH SCHULDENLAB 1"))
        for command in ["open", "init", "check", "report", "add commitment", "update project", "withdraw commitment", "log", "compact",
                        "screenshot", "demo", "generate", "keys", "schema", "info"] {
            #expect(page.contains(".SS \(command.replacingOccurrences(of: "-", with: "\\-"))\n"), "\(command)")
        }
        let keys = try Run(["keys", "--lang", "en"]).output
        let ids = keys.split(separator: "\n").compactMap { line in
            line.split(separator: " ").first { $0.contains("-") && $0.first?.isLowercase == true }
        }
        #expect(ids.count >= 50)
        for id in ids { #expect(page.contains("(" + id.replacingOccurrences(of: "-", with: "\\-") + ")"), "\(id)") }
        #expect(!page.contains("\n.SS manual\n"), "the generator is not in its own page")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsAskTheProgramForIDs(shell: String) throws {
        let script = try Run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        #expect(script.output.contains("---completion"), "ids come from the program, which reads the data folder")
    }

    @Test func theConfigurationFileSetsWhatOptionsDoNot() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        try FileManager.default.createDirectory(atPath: scratch.file("config/schuldenlab"), withIntermediateDirectories: true)
        let config = scratch.file("config/schuldenlab/config.json")
        try Data(#"{"language": "en", "theme": "haags", "author": "anna", "poll": true, "data": "\#(folder)"}"#.utf8)
            .write(to: URL(fileURLWithPath: config))
        let environment = ["XDG_CONFIG_HOME": scratch.file("config"), "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        let info = try Run(["info"], environment: environment)
        #expect(info.output.contains("settings:     \(config), fine\n"), "in English, from the file: \(info.output)")
        #expect(info.output.contains("  theme: haags (from \(config))"))
        #expect(info.output.contains("  author: anna (from \(config))"))
        #expect(info.output.contains("  poll: on (from \(config))"))
        #expect(info.output.contains("data:         \(folder) (from \(config))"))
        let dutch = try Run(["info", "--lang", "nl"], environment: environment)
        #expect(dutch.output.contains("  taal (language): nl (uit --lang)"), "\(dutch.output)")
        #expect(dutch.output.contains("  elke seconde kijken (poll): ja (uit \(config))"), "\(dutch.output)")
        let added = try Run(["add", "partner", "--id", "nieuw", "--name", "Nieuw", "--kind", "bank", "--scope", "national", "--sector", "private"],
                            environment: environment)
        #expect(added.status == 0, "\(added.error)")
        let journal = try String(contentsOfFile: folder + "/journal.jsonl", encoding: .utf8)
        #expect(journal.contains(#""by":"anna""#), "the configured author makes the edit")

        try Data(#"{"language": "fr", "mouse": 1}"#.utf8).write(to: URL(fileURLWithPath: config))
        let broken = try Run(["info"], environment: environment)
        #expect(broken.output.contains("config.json:1:14: "), "\(broken.output)")
        #expect(broken.output.contains("config.json:1:29: "))
    }

    @Test func infoSaysWhatIsUsedAndWhy() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        try FileManager.default.createDirectory(atPath: scratch.file("config/schuldenlab/themes"), withIntermediateDirectories: true)
        try Data(#"{"name": "kapot"}"#.utf8).write(to: URL(fileURLWithPath: scratch.file("config/schuldenlab/themes/kapot.json")))
        let environment = ["XDG_CONFIG_HOME": scratch.file("config"), "TERM": "xterm-256color", "LANG": "C.UTF-8", "NO_COLOR": ""]
        let given = try Run(["info", "--data", folder, "--lang", "en"], environment: environment)
        #expect(given.status == 0)
        #expect(given.output.hasPrefix("schuldenlab 0."))
        #expect(given.output.contains("data:         \(folder) (from --data)\n              25 partners, 9 projects, 93 commitments\n"))
        #expect(given.output.contains("other people's edits noticed through inotify"))
        #expect(given.output.contains(#"kapot.json:1:1: the field "slots" is missing"#), "\(given.output)")
        #expect(given.output.contains("terminal:     TERM=xterm-256color, 256 colours, UTF-8"))

        let fromEnvironment = try Run(["info", "--lang", "en"], environment: ["SCHULDENLAB_DATA": folder, "TERM": "vt100", "LANG": "C", "LC_ALL": "C", "NO_COLOR": ""])
        #expect(fromEnvironment.output.contains("(from $SCHULDENLAB_DATA)"))
        #expect(fromEnvironment.output.contains("TERM=vt100, no colour, no UTF-8"))
        #expect(try Run(["info", "--data", folder, "--poll", "--lang", "en"]).output.contains("noticed by polling every 1 s"))
        let dutch = try Run(["info", "--data", folder], environment: environment).output
        #expect(dutch.contains("gegevens:     \(folder) (uit --data)\n              25 partners, 9 projecten, 93 toezeggingen\n"))
        #expect(dutch.contains("terminal:     TERM=xterm-256color, 256 kleuren, UTF-8"))
    }

    @Test func theLogSaysWhatHappenedAndNothingPersonal() throws {
        let scratch = Scratch()
        let folder = try scratch.sampleFolder()
        let log = scratch.file("schuldenlab.log")
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "Geheime notitie", "--author", "anna.jansen",
                         "--log", log]).status == 0)
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--if-revision", "1", "--note", "x", "--author", "bram"],
                        environment: ["SCHULDENLAB_LOG": log]).status == 3)
        #expect(try Run(["check", "--data", folder, "--log", log]).status == 0)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("saved commitment c-0001 revision 2"))
        #expect(text.contains("not saved commitment c-0001: conflict with revision 2"))
        #expect(text.contains("read \(folder): 25 partners, 9 projects, 93 commitments"))
        for personal in ["anna", "bram", "Geheime", "schuldenlab070@denhaag.example", "Programmabureau"] {
            #expect(!text.contains(personal), "\(personal) is in the log")
        }
        let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func theLogNeverGoesToATerminal() throws {
        // Inside script(1) /dev/tty is a terminal, as it is for a user.
        let refused = try Run([], prefix: ["/bin/sh", "-c", #"script -qec "$0 check --log /dev/tty; echo EXIT=\$?" /dev/null"#])
        #expect(refused.output.contains("--log /dev/tty: a log never goes to a terminal; give a file"), "\(refused.output)")
        #expect(refused.output.contains("EXIT=2"))
    }
}
