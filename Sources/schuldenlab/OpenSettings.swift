// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabProgram
import LabViews

/// The program's settings: each from its option, else the configuration file, else the default.
struct OpenSettings {
    let theme: (value: String, origin: SettingOrigin)
    let mouse: (value: Bool, origin: SettingOrigin)
    let poll: (value: Bool, origin: SettingOrigin)
    let author: (value: String, origin: SettingOrigin)

    init(theme: String?, noMouse: Bool, poll: Bool, author: String?, configuration: Configuration = UserConfiguration.loaded) {
        self.theme = configuration.choose(option: ("--theme", theme), configured: configuration.theme, fallback: ThemeCatalog.defaultName)
        mouse = configuration.choose(option: ("--no-mouse", noMouse ? false : nil), configured: configuration.mouse, fallback: true)
        self.poll = configuration.choose(option: ("--poll", poll ? true : nil), configured: configuration.poll, fallback: false)
        self.author = configuration.choose(option: ("--author", Author.given(author)), configured: configuration.author,
                                           fallback: Author.loginName)
    }
}
