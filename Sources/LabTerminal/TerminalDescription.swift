// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import CNCurses
import LabFoundation
import LabViews

/// What the terminal in use can do, read from its terminfo entry without taking it over: for
/// `schuldenlab info`.
public struct TerminalDescription: Sendable {
    public let name: String
    /// `nil` when terminfo does not know the type.
    public let colorDepth: ColorDepth?
    public let speaksUTF8: Bool
    public let noColor: Bool

    public init(environment: [String: String]) {
        setlocale(LC_ALL, "")
        name = environment["TERM"] ?? ""
        speaksUTF8 = String(cString: cn_codeset()) == "UTF-8"
        noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let colors = name.isEmpty ? -2 : Int(cn_terminal_colors(name))
        colorDepth = colors == -2 ? nil : Terminal.depth(colors: max(0, colors))
    }
}
