// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabModel
import LabProgram

/// config.json: read like the data files, and laid under the options.
@Suite struct ConfigurationTests {
    @Test func everySettingIsRead() {
        let text = #"{"language": "en", "theme": "haags", "author": "anna", "mouse": false, "poll": true, "data": "/srv/lab"}"#
        let configuration = Configuration.read(Array(text.utf8), file: "config.json")
        #expect(configuration.problems.isEmpty)
        #expect(configuration.language == .en && configuration.theme == "haags" && configuration.author == "anna")
        #expect(configuration.mouse == false && configuration.poll == true && configuration.data == "/srv/lab")
    }

    @Test func everyProblemIsSaidAtItsPlaceAndThatSettingLeftOut() {
        let text = "{\"language\": \"de\",\n \"mouse\": \"nee\",\n \"them\": \"light\",\n \"author\": \" \"}"
        let configuration = Configuration.read(Array(text.utf8), file: "config.json")
        let said = configuration.problems.map { $0.rendered(in: .en) }
        #expect(said.count == 4, "\(said)")
        #expect(said.contains { $0.hasPrefix("config.json:1:14: ") && $0.contains("\"de\"") && $0.contains("nl, en") }, "\(said)")
        #expect(said.contains { $0.hasPrefix("config.json:2:11: ") && $0.contains("true or false") }, "\(said)")
        #expect(said.contains { $0.hasPrefix("config.json:3:2: ") && $0.contains("did you mean \"theme\"") }, "\(said)")
        #expect(configuration.language == nil && configuration.mouse == nil && configuration.author == nil)
    }

    @Test func anOptionWinsThenTheEnvironmentThenTheFile() {
        var configuration = Configuration()
        configuration.path = "/home/anna/.config/schuldenlab/config.json"
        configuration.theme = "haags"
        let fromOption = configuration.choose(option: ("--theme", "light"), configured: configuration.theme, fallback: "default")
        #expect(fromOption.value == "light" && fromOption.origin == .option("--theme"))
        let fromFile = configuration.choose(option: ("--theme", nil), environment: ("X", nil), configured: configuration.theme, fallback: "default")
        #expect(fromFile.value == "haags" && fromFile.origin == .configuration(configuration.path!))
        let fromEnvironment = configuration.choose(option: ("--theme", nil), environment: ("X", "beamer"), configured: configuration.theme,
                                                   fallback: "default")
        #expect(fromEnvironment.origin == .environment("X"))
        #expect(Configuration().choose(option: ("--theme", nil), configured: nil, fallback: "default").origin == .builtIn)
    }
}
