// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing

@Suite struct CommandTests {
    @Test func checkPassesOnTheBuiltInSampleFromAnyFolder() throws {
        let scratch = Scratch()
        let run = try Run(["check"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.output == "de ingebouwde voorbeelddata van Schuldenlab070: in orde (25 partners, 9 projecten, 93 toezeggingen)\n")
    }

    @Test func initWritesTheSampleAndCheckPassesOnIt() throws {
        let scratch = Scratch()
        let folder = scratch.file("lab")
        let created = try Run(["init", folder, "--sample"])
        #expect(created.status == 0)
        #expect(created.output.contains("nieuwe datamap gemaakt met de voorbeelddata"))
        let check = try Run(["check", "--data", folder])
        #expect(check.status == 0, "\(check.output)")
        #expect(Set(scratch.contents(of: folder).keys) == ["lab.json", "partners.json", "projects.json", "commitments.json"])
    }

    @Test func theSampleIsWrittenTheSameWayEveryTime() throws {
        let scratch = Scratch()
        _ = try Run(["init", scratch.file("one"), "--sample"])
        _ = try Run(["init", scratch.file("two"), "--sample"])
        #expect(scratch.contents(of: scratch.file("one")) == scratch.contents(of: scratch.file("two")))
    }

    @Test func initWithoutTheSampleMakesAnEmptyLabThatPassesCheck() throws {
        let scratch = Scratch()
        let folder = scratch.file("nieuw")
        #expect(try Run(["init", folder, "--name", "Schuldenlab073", "--city", "'s-Hertogenbosch"]).status == 0)
        let check = try Run(["check", "--data", folder, "--lang", "en"])
        #expect(check.status == 0)
        #expect(check.output.hasSuffix(": clean (0 partners, 0 projects, 0 commitments)\n"))
        let lab = try String(contentsOfFile: folder + "/lab.json", encoding: .utf8)
        #expect(lab.contains("\"name\": \"Schuldenlab073\""))
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let scratch = Scratch()
        let folder = scratch.file("lab")
        _ = try Run(["init", folder, "--sample"])
        let before = scratch.contents(of: folder)
        let again = try Run(["init", folder])
        #expect(again.status == 2)
        #expect(again.error.contains("bestaat al en is geen lege map; er is niets veranderd"))
        #expect(scratch.contents(of: folder) == before)
    }

    @Test func checkListsEveryProblemAndExitsOne() throws {
        let scratch = Scratch()
        let folder = scratch.file("lab")
        _ = try Run(["init", folder, "--sample"])
        let path = folder + "/partners.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"scope\": \"local\"", with: "\"scope\": \"lokaal\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let before = scratch.contents(of: folder)

        let check = try Run(["check", "--data", folder])
        #expect(check.status == 1)
        let lines = check.output.split(separator: "\n")
        // Six partners of the sample are local.
        #expect(lines.count == 7)
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("partners.json:") && $0.hasSuffix("onbekende waarde \"lokaal\"; toegestaan: national, local") })
        #expect(lines.last == "\(folder): 6 problemen")
        #expect(scratch.contents(of: folder) == before)
    }

    @Test func aTruncatedFileGivesItsPlaceAndExitOne() throws {
        let scratch = Scratch()
        let folder = scratch.file("lab")
        _ = try Run(["init", folder, "--sample"])
        try "{\n  \"schemaVersion\": 1,\n  \"projects\": [\n    {\"id\": \"jpf\"".write(toFile: folder + "/projects.json", atomically: false, encoding: .utf8)
        let check = try Run(["check", "--data", folder, "--lang", "en"])
        #expect(check.status == 1)
        #expect(check.output.hasPrefix("projects.json:4:17: not valid JSON: the file ends in the middle of a value (truncated?)\n"))
    }

    @Test func aFolderWithoutReadPermissionExitsTwo() throws {
        let scratch = Scratch()
        let folder = scratch.file("lab")
        _ = try Run(["init", folder, "--sample"])
        chmod(folder, 0o000)
        defer { chmod(folder, 0o750) }
        // root reads everything, so as root the command runs as the unprivileged user nobody.
        let prefix = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let check = try Run(["check", "--data", folder], in: "/", prefix: prefix)
        #expect(check.status == 2, "\(check.output)\(check.error)")
        #expect(check.output.contains("de map kan niet gelezen worden (Permission denied)"))
        // Found by the hostile suite: log said nothing and exited 0.
        let log = try Run(["log", "--data", folder], in: "/", prefix: prefix)
        #expect(log.status == 2)
        #expect(log.error.contains("de map kan niet gelezen worden (Permission denied)"))
    }

    @Test func aMissingFolderExitsTwo() throws {
        let check = try Run(["check", "--data", "/nonexistent/lab"])
        #expect(check.status == 2)
        #expect(check.output.hasPrefix("/nonexistent/lab: de map bestaat niet\n"))
    }

    @Test func theFolderRuleOfTheDesign() throws {
        let scratch = Scratch()
        _ = try Run(["init", scratch.file("schuldenlab-data"), "--name", "Lokaal"])
        _ = try Run(["init", scratch.file("elders"), "--name", "Elders"])
        // ./schuldenlab-data when there is one...
        #expect(try Run(["report"], in: scratch.path).output.hasPrefix("# Lokaal — "))
        // ...but $SCHULDENLAB_DATA before it, and --data before both.
        let environment = ["SCHULDENLAB_DATA": scratch.file("elders")]
        #expect(try Run(["report"], in: scratch.path, environment: environment).output.hasPrefix("# Elders — "))
        #expect(try Run(["report", "--data", scratch.file("schuldenlab-data")], in: scratch.path, environment: environment)
            .output.hasPrefix("# Lokaal — "))
    }

    @Test func reportInMarkdownOnTheSample() throws {
        let scratch = Scratch()
        let run = try Run(["report", "--format", "markdown"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("# Schuldenlab070 — stand per 2019-12-31\n"))
        #expect(run.output.contains("| jpf | Jongeren Perspectief Fonds | 14 |"))
        #expect(run.output.contains("| vinger-aan-de-pols | Vinger aan de pols |"))
    }

    @Test func reportCountsFromTheDateGiven() throws {
        let scratch = Scratch()
        let atItsTime = try Run(["report", "--lang", "en"], in: scratch.path)
        #expect(atItsTime.output.contains("| detentie-in-uit | Zonder Schulden Detentie In & Uit | 2019-06-03 | 211 |"))
        let later = try Run(["report", "--lang", "en", "--as-of", "2020-01-31"], in: scratch.path)
        #expect(later.output.hasPrefix("# Schuldenlab070 — as of 2020-01-31\n"))
        #expect(later.output.contains("| detentie-in-uit | Zonder Schulden Detentie In & Uit | 2019-06-03 | 242 |"))
        let bad = try Run(["report", "--as-of", "31-01-2020"], in: scratch.path)
        #expect(bad.status == 2)
        #expect(bad.error.contains("--as-of 31-01-2020: write YYYY-MM-DD"))
    }

    @Test func reportForDutchExcel() throws {
        let scratch = Scratch()
        let run = try Run(["report", "--format", "csv", "--excel-nl"], in: scratch.path)
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("\u{FEFF}Samenvatting;Onderwerp;Waarde;"))
        #expect(run.output.contains(";Jongeren Perspectief Fonds;14;10000,00;915000,00;456000,00;1371000,00;"))
        let misuse = try Run(["report", "--excel-nl"], in: scratch.path)
        #expect(misuse.status == 2)
        #expect(misuse.error.contains("--excel-nl goes with --format csv"))
    }

    @Test func reportAsJSONParses() throws {
        let scratch = Scratch()
        let run = try Run(["report", "--format", "json"], in: scratch.path)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect((parsed?["sections"] as? [Any])?.count == 21, "the nine of the lab's state, what needs attention, the horizon for the lab, per partner and per project, and the eight of the organising capacity")
    }

    @Test func reportOnABrokenFolderSaysWhyAndExitsOne() throws {
        let scratch = Scratch()
        let folder = scratch.file("lab")
        _ = try Run(["init", folder, "--sample"])
        try "[".write(toFile: folder + "/commitments.json", atomically: false, encoding: .utf8)
        let run = try Run(["report", "--data", folder])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("commitments.json:1:2: geen geldige JSON"))
        #expect(run.error.contains("draai 'schuldenlab check' voor details"))
    }
}

@Suite struct GenerateTests {
    @Test func theSameSeedGivesTheSameFolderAndItPassesCheck() throws {
        let scratch = Scratch()
        for name in ["one", "two"] {
            let run = try Run(["generate", scratch.file(name), "--partners", "40", "--projects", "12", "--commitments", "300", "--seed", "7"])
            #expect(run.status == 0, "\(run.error)")
        }
        #expect(scratch.contents(of: scratch.file("one")) == scratch.contents(of: scratch.file("two")))
        let check = try Run(["check", "--data", scratch.file("one"), "--lang", "en"])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasSuffix(": clean (40 partners, 12 projects, 300 commitments)\n"))
        let other = try Run(["generate", scratch.file("three"), "--partners", "40", "--projects", "12", "--commitments", "300", "--seed", "8"])
        #expect(other.status == 0)
        #expect(scratch.contents(of: scratch.file("three")) != scratch.contents(of: scratch.file("one")), "another seed, other data")
        #expect(try Run(["generate", scratch.file("one")]).status == 2, "an existing folder is never overwritten")
    }

    /// A picture for the minutes: the size asked, the status line last, no key hints under it.
    @Test func aScreenshotLeavesOutTheKeyHints() throws {
        let shot = try Run(["screenshot", "--pane", "projects", "--size", "80x24"])
        let lines = shot.output.split(separator: "\n")
        #expect(shot.status == 0 && lines.count == 24, "\(shot.output)")
        #expect(lines.last?.contains("stand per 31 dec 2019") == true, "\(lines.last ?? "")")
        #expect(!shot.output.contains("Tab scherm") && !shot.output.contains("q terug/stop"))
    }

    /// An open project is in the picture whole, down to its last quarter, however small the size
    /// asked: the picture grows, where the screen would have scrolled.
    @Test func aScreenshotOfAnOpenDetailHoldsAllOfIt() throws {
        let shot = try Run(["screenshot", "--pane", "projects", "--open", "jpf", "--size", "80x24"])
        let lines = shot.output.split(separator: "\n").map(String.init)
        #expect(shot.status == 0 && lines.count > 24, "\(shot.output)")
        #expect(lines.dropLast(2).last?.contains("2022 K3  € 900.000") == true, "the detail's last line, then the frame")
        #expect(lines.last?.contains("stand per 31 dec 2019") == true)
        #expect(!shot.output.contains(/\d+-\d+\/\d+/), "no position: nothing is left to scroll to")
        let closed = try Run(["screenshot", "--pane", "projects", "--size", "80x24"])
        #expect(closed.output.split(separator: "\n").count == 24, "without a detail open, the size asked")
    }

    /// Each step of the demo as the projector shows it: its pane, its row, its caption under the pane.
    @Test func aScreenshotShowsAStepOfTheDemo() throws {
        let step = try Run(["screenshot", "--pane", "overview", "--demo-step", "4", "--size", "80x24"])
        #expect(step.status == 0, "\(step.error)")
        #expect(step.output.contains("> 4/9  Het Jongeren Perspectief Fonds: van pilot tot structureel fonds."))
        #expect(step.output.contains("Fase: structureel"), "the project the step selects, open")
        let past = try Run(["screenshot", "--pane", "overview", "--demo-step", "10"])
        #expect(past.status != 0 && past.error.contains("--demo-step 10: the demo has steps 1 to 9"), "\(past.error)")
    }

    @Test func aScreenshotOfAPartnerCanLeaveTheContactOut() throws {
        let with = try Run(["screenshot", "--pane", "partners", "--open", "ing", "--size", "100x30"])
        #expect(with.status == 0)
        #expect(with.output.contains("financiele.fitheid@ing.example"))
        let without = try Run(["screenshot", "--pane", "partners", "--open", "ing", "--size", "100x30", "--no-contacts"])
        #expect(without.status == 0)
        #expect(without.output.contains("ING"))
        #expect(!without.output.contains("@ing.example"))
        #expect(!without.output.contains("Contact:"))
        let report = try Run(["report", "--no-contacts", "--format", "csv"])
        #expect(report.status == 0 && !report.output.contains("@"))
    }

    /// Contact details are personal data: whatever the umask, the folder and every file the
    /// program makes can be read by the group at most, never by other users.
    @Test func newFoldersAndFilesAreNotReadableByOthers() throws {
        let scratch = Scratch()
        let folder = scratch.file("lab")
        let loose = ["/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\""]
        #expect(try Run(["init", folder, "--sample"], prefix: loose).status == 0)
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "x"], prefix: loose).status == 0)
        #expect(try Run(["compact", "--data", folder], prefix: loose).status == 0)
        #expect(try Run(["update", "commitment", "c-0001", "--data", folder, "--note", "y"], prefix: loose).status == 0)
        func mode(_ path: String) -> Int? {
            try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        }
        #expect(mode(folder) == 0o750)
        #expect(mode(folder + "/.schemas") == 0o750)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == [".schemas", "commitments.json", "history", "journal.jsonl", "journal.lock", "lab.json", "partners.json",
                          "projects.json"])
        #expect(mode(folder + "/history") == 0o750)
        let schemas = try FileManager.default.contentsOfDirectory(atPath: folder + "/.schemas").map { ".schemas/" + $0 }
        #expect(schemas.count == 10, "every schema the program has, its configuration's and the import mapping's too")
        let segments = try FileManager.default.contentsOfDirectory(atPath: folder + "/history").map { "history/" + $0 }
        #expect(segments == ["history/000001.jsonl"])
        for name in names.filter({ $0 != ".schemas" && $0 != "history" }) + schemas + segments {
            #expect(mode(folder + "/" + name) == 0o640, "\(name)")
        }
    }
}
