// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

public enum Scope: String, CodedValue {
    case national, local

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.national, .nl): "landelijk"
        case (.national, .en): "national"
        case (.local, .nl): "lokaal"
        case (.local, .en): "local"
        }
    }
}

public enum Sector: String, CodedValue {
    case `public`, `private`, societal

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.public, .nl): "publiek"
        case (.public, .en): "public"
        case (.private, .nl): "privaat"
        case (.private, .en): "private"
        case (.societal, .nl): "maatschappelijk"
        case (.societal, .en): "societal"
        }
    }
}

public enum PartnerKind: String, CodedValue {
    case municipality, bank, insurer, housing, energy, employer, fund, care, foundation
    case governmentAgency = "government-agency"
    case creditor, knowledge, other

    public func name(in language: Language) -> String {
        switch language {
        case .nl: PartnerKind.dutchNames[self]!
        case .en: PartnerKind.englishNames[self]!
        }
    }

    private static let dutchNames: [PartnerKind: String] = [
        .municipality: "gemeente", .bank: "bank", .insurer: "verzekeraar", .housing: "woningcorporatie",
        .energy: "energie", .employer: "werkgever", .fund: "fonds", .care: "zorg", .foundation: "stichting",
        .governmentAgency: "rijksdienst", .creditor: "schuldeiser", .knowledge: "kennisinstelling", .other: "overig",
    ]
    private static let englishNames: [PartnerKind: String] = [
        .municipality: "municipality", .bank: "bank", .insurer: "insurer", .housing: "housing corporation",
        .energy: "energy", .employer: "employer", .fund: "fund", .care: "care", .foundation: "foundation",
        .governmentAgency: "government agency", .creditor: "creditor", .knowledge: "knowledge institute", .other: "other",
    ]
}
