// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// Why the program cannot draw on this terminal.
public enum TerminalError: Error, Sendable {
    case notATerminal
    case unknownTerminal(String)
    case cannotPositionCursor(String)

    public func message(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .notATerminal:
            return nl ? "schuldenlab heeft een terminal nodig: standaardinvoer en -uitvoer zijn geen terminal. Gebruik 'schuldenlab report' voor tekst."
                : "schuldenlab needs a terminal: standard input and output are not a terminal. Use 'schuldenlab report' for text."
        case .unknownTerminal(let name):
            return nl ? "onbekend terminaltype TERM=\(name.visible); probeer TERM=xterm-256color"
                : "unknown terminal type TERM=\(name.visible); try TERM=xterm-256color"
        case .cannotPositionCursor(let name):
            return nl ? "het terminaltype TERM=\(name.visible) kan de cursor niet plaatsen; gebruik een gewone terminal of 'schuldenlab report'"
                : "the terminal type TERM=\(name.visible) cannot position the cursor; use an ordinary terminal or 'schuldenlab report'"
        }
    }
}
