// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// A text as it is compared when a person types a name or a code: without case, accents or
/// surrounding spaces, so that `Aandacht`, `aandacht ` and `aandächt` are one.
struct MatchKey: Hashable {
    let folded: String

    init(_ text: String) {
        folded = TextFolding.folded(text.trimmingSpaces())
    }
}
