// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The languages every word on screen and in reports exists in. Dutch is the default.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case nl, en
}

/// A text the lab writes in both languages, such as the name of an arrangement.
public struct LocalizedText: Sendable, Hashable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }
}
