// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabKeys
import LabModel

/// Where a user's own keymap lives, and the keymap it makes.
public enum KeymapFile {
    public static func path(environment: [String: String]) -> String? {
        UserFolder.file("keys.json", environment: environment)
    }

    /// The default keys with the user's file laid over them; the file's path when there is one,
    /// and every problem in it, each at its place.
    public static func load(environment: [String: String]) -> (keymap: Keymap, path: String?, problems: [Problem]) {
        guard let path = path(environment: environment) else { return (Keymap(), nil, []) }
        let contents: Data
        do {
            contents = try FileBytes.data(path)
        } catch .missing {
            return (Keymap(), nil, [])
        } catch {
            return (Keymap(), path, [Problem(file: path, kind: .fileUnreadable(reason: "\(error)"))])
        }
        let (keymap, problems) = read(Array(contents), file: path)
        return (keymap, path, problems)
    }

    /// A keymap file's entries laid over the defaults: `{"move-down": ["j", "Down", "Ctrl-N"], "open-help": "F1"}`.
    /// A wrong entry keeps that action's defaults; the other entries still apply.
    public static func read(_ bytes: [UInt8], file: String) -> (keymap: Keymap, problems: [Problem]) {
        var keymap = Keymap()
        let settings = SettingsFile(bytes: bytes, file: file)
        guard let root = settings.root else { return (keymap, settings.problems) }
        var places: [String: SettingsValue] = [:]
        for name in root.keys {
            guard let value = root.value(name) else { continue }
            places[name] = value
            guard let keyNames = value.strings else { continue }
            for problem in keymap.bind(name, to: keyNames) { value.refuse(described(problem)) }
        }
        for problem in keymap.settleClashes() {
            guard case .clash(_, let kept, _) = problem else { continue }
            // Said where the user's own entry took the key.
            if let place = places[kept.rawValue] { place.refuse(described(problem)) } else { root.refuse(described(problem)) }
        }
        return (keymap, settings.problems)
    }

    private static func described(_ problem: KeymapProblem) -> ProblemKind {
        .described(LocalizedText(nl: problem.message(in: .nl), en: problem.message(in: .en)))
    }
}
