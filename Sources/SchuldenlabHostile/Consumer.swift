// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation

/// A way the data is used: a command of the binary, or the program itself in a terminal.
struct Consumer: Sendable {
    let name: String
    let arguments: @Sendable (_ folder: String) -> [String]
    let allowedStatuses: Set<Int32>
    /// Runs the program full screen with these keys instead of a command.
    var keys: [String]? = nil
    /// The command edits: when it says it saved (status 0), the journal may have grown.
    var edits = false

    static let all: [Consumer] = [
        Consumer(name: "check", arguments: { ["check", "--data", $0] }, allowedStatuses: [0, 1, 2]),
        Consumer(name: "report markdown", arguments: { ["report", "--data", $0] }, allowedStatuses: [0, 1, 2]),
        Consumer(name: "report csv", arguments: { ["report", "--data", $0, "--format", "csv"] }, allowedStatuses: [0, 1, 2]),
        Consumer(name: "report json", arguments: { ["report", "--data", $0, "--format", "json"] }, allowedStatuses: [0, 1, 2]),
        Consumer(name: "log", arguments: { ["log", "--data", $0] }, allowedStatuses: [0, 1, 2]),
        Consumer(name: "info", arguments: { ["info", "--data", $0] }, allowedStatuses: [0]),
        Consumer(name: "screenshot", arguments: { ["screenshot", "--data", $0, "--pane", "partners", "--format", "ansi"] }, allowedStatuses: [0, 1, 2]),
        Consumer(name: "update", arguments: { ["update", "commitment", "c-0001", "--data", $0, "--note", "hostile", "--author", "suite"] },
                 allowedStatuses: [0, 1, 2, 3], edits: true),
        Consumer(name: "the program", arguments: { ["--data", $0, "--author", "suite"] }, allowedStatuses: [0, 1, 2],
                 keys: ["2", "j", "\r", "\u{1B}", "3", "\r", "G", "\u{1B}", "4", "/", "e", "u", "\u{1B}", "5", "6", "7", "j", "\r", "1", "q", "q"]),
    ]
}
