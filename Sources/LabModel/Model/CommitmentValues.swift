// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

public enum CommitmentKind: String, CodedValue {
    case money, hours, expertise, data
    case inKind = "in-kind"
    case mandate

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.money, .nl): "geld"
        case (.money, .en): "money"
        case (.hours, .nl): "uren"
        case (.hours, .en): "hours"
        case (.expertise, _): "expertise"
        case (.data, _): "data"
        case (.inKind, .nl): "in natura"
        case (.inKind, .en): "in kind"
        case (.mandate, .nl): "mandaat"
        case (.mandate, .en): "mandate"
        }
    }
}

public enum CommitmentState: String, CodedValue {
    case proposed, pledged, delivered, withdrawn

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.proposed, .nl): "voorgesteld"
        case (.proposed, .en): "proposed"
        case (.pledged, .nl): "toegezegd"
        case (.pledged, .en): "pledged"
        case (.delivered, .nl): "geleverd"
        case (.delivered, .en): "delivered"
        case (.withdrawn, .nl): "ingetrokken"
        case (.withdrawn, .en): "withdrawn"
        }
    }

    /// Pledged and delivered commitments are what the lab can count on.
    public var isFirm: Bool { self == .pledged || self == .delivered }
}
