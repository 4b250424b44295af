// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import Testing
import LabKeys
import LabModel
import LabProgram
import LabViews

/// The program on a fresh copy of the sample in a real folder, on a `TestBackend`.
final class ProgramHarness {
    let path: String
    let folder: DataFolder
    let backend: TestBackend
    let program: Program


    init(width: Int = 100, height: Int = 30, language: Language = .nl, author: String = "anna", readOnly: Bool = false,
         data: LabData = SampleLab.data) throws {
        path = NSTemporaryDirectory() + "schuldenlab-program-" + UUID().uuidString
        folder = DataFolder(path: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try folder.save(data)
        let session = try #require(FolderSession.open(folder).session)
        let store = FolderStore(session, polling: false, readOnly: readOnly)
        backend = TestBackend(width: width, height: height)
        let choices = SessionChoices(language: language, themeName: nil, author: author)
        let (state, theme) = ProgramStart.state(data: session.data, source: .folder(path), referenceDay: SampleLab.asOf, choices: choices,
                                                store: store, size: backend.size, themes: ThemeCatalog(environment: [:]), environment: [:])
        program = Program(state: state, backend: backend, store: store, theme: theme)
    }


    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Types the keys and runs the program until it has nothing left to do.
    func press(_ keys: [Key]) {
        backend.send(keys.map { .key($0) })
        program.run(untilIdle: true)
    }

    func type(_ text: String) {
        press(text.map { .character($0) })
    }

    var screen: String { backend.screenText }

    /// Runs the program until its screen shows `text`: another process's edit arrives through inotify.
    func waitFor(_ text: String, seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            program.run(untilIdle: true)
            if screen.contains(text) { return true }
            usleep(10_000)
        }
        return false
    }

    var journalLines: [String] {
        let text = (try? String(contentsOfFile: folder.journalPath, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }
}
