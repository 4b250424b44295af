// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The user's configuration folder, `$XDG_CONFIG_HOME/schuldenlab` (else `~/.config/schuldenlab`),
/// where the configuration, the keymap and the user's own views are kept.
public enum UserFolder {
    public static func file(_ name: String, environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/schuldenlab/" + name }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/schuldenlab/" + name }
        return nil
    }
}
