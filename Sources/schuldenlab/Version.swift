// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The program's version (semantic versioning: CHANGELOG.md says what each one changed), shown by
/// --version, info and the man page.
enum Version {
    static let current = "0.9.0"
    /// What `--version` prints: the version, then the licence.
    static let shown = current + "\n" + Licence.shown
}

/// The licence the program is published under, named by `--version`, `info`, the man page and the package.
enum Licence {
    static let identifier = "EUPL-1.2"
    static let name = "European Union Public Licence v. 1.2"
    static var shown: String { "\(identifier) (\(name))" }
}
