// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabProgram

/// The user's configuration file, read once; options and environment variables are laid over it.
enum UserConfiguration {
    static let loaded = Configuration.load(environment: ProcessInfo.processInfo.environment)
}
