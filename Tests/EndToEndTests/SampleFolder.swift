// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

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

extension Tmux {
    /// Types a `:` command and Enter, as a user does.
    func command(_ line: String) throws {
        try send(":")
        try type(line)
        try send("Enter")
    }

    /// In the program on the commitments pane: withdraws the selected commitment and waits until it is saved.
    func withdrawSelectedCommitment() throws {
        try send("w")
        try waitFor("j ja")
        try send("j")
        try waitFor("Opgeslagen")
    }
}
