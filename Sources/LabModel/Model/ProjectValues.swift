// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

public enum Stage: String, CodedValue {
    case idea, pilot, project, structural, stopped

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.idea, .nl): "idee"
        case (.idea, .en): "idea"
        case (.pilot, _): "pilot"
        case (.project, _): "project"
        case (.structural, .nl): "structureel"
        case (.structural, .en): "structural"
        case (.stopped, .nl): "gestopt"
        case (.stopped, .en): "stopped"
        }
    }
}

public enum Health: String, CodedValue {
    case onTrack = "on-track"
    case attention, blocked

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.onTrack, .nl): "op koers"
        case (.onTrack, .en): "on track"
        case (.attention, .nl): "aandacht"
        case (.attention, .en): "attention"
        case (.blocked, .nl): "geblokkeerd"
        case (.blocked, .en): "blocked"
        }
    }
}
