// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// Whether a commitment is written down SMART (specific, measurable, achievable, resource-based,
/// time-based, as the UN registry asks): a known partner, a unit for its kind, an amount or a value,
/// a deliverable or note, and a period with an end. Withdrawn commitments are not counted.
public enum SmartPart: Int, CaseIterable, Sendable, Hashable {
    case partner, unit, amount, deliverable, end

    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.partner, .nl): "bekende partner"
        case (.partner, .en): "known partner"
        case (.unit, .nl): "soort en eenheid"
        case (.unit, .en): "kind and unit"
        case (.amount, .nl): "hoeveelheid of waarde"
        case (.amount, .en): "amount or value"
        case (.deliverable, .nl): "wat er geleverd wordt (notitie)"
        case (.deliverable, .en): "what is delivered (note)"
        case (.end, .nl): "einddatum"
        case (.end, .en): "end date"
        }
    }
}

/// How complete the commitments of a partner, or of the lab, are.
public struct SmartCompleteness: Sendable, Hashable {
    public private(set) var counted = 0
    public private(set) var complete = 0
    /// How many commitments lack each part.
    public private(set) var missing: [SmartPart: Int] = [:]

    public init() {}

    public var share: Double { counted > 0 ? Double(complete) / Double(counted) : 1 }

    /// What is missing and how often: `2 zonder einddatum, 3 zonder wat er geleverd wordt (notitie)`; empty when nothing is.
    public func missingText(in language: Language) -> String {
        SmartPart.allCases.compactMap { part in
            missing[part].map { "\($0) \(language == .nl ? "zonder" : "without") \(part.name(in: language))" }
        }.joined(separator: ", ")
    }

    mutating func add(_ lacking: [SmartPart]) {
        counted += 1
        if lacking.isEmpty { complete += 1 }
        for part in lacking { missing[part, default: 0] += 1 }
    }
}

extension LabData {
    /// What a commitment lacks to be SMART; empty when it is complete.
    public func missingSmartParts(of commitment: Commitment) -> [SmartPart] {
        SmartPart.allCases.filter { part in
            switch part {
            case .partner: position(of: .partner, commitment.partner) == nil
            case .unit: commitment.unit.trimmingSpaces().isEmpty
            case .amount: commitment.amount.units <= 0 && commitment.valueEUR.units <= 0
            case .deliverable: (commitment.note ?? "").trimmingWhitespace().isEmpty
            case .end: commitment.until == nil
            }
        }
    }

    /// Over these commitments, leaving out those withdrawn.
    public func smartCompleteness<Commitments: Sequence<Commitment>>(of commitments: Commitments) -> SmartCompleteness {
        var completeness = SmartCompleteness()
        for commitment in commitments where commitment.state != .withdrawn { completeness.add(missingSmartParts(of: commitment)) }
        return completeness
    }

    /// For the lab and per partner id, over the commitments not withdrawn.
    public func smartCompleteness() -> (lab: SmartCompleteness, byPartner: [String: SmartCompleteness]) {
        var lab = SmartCompleteness()
        var byPartner: [String: SmartCompleteness] = [:]
        for index in commitments.indices where commitments[index].state != .withdrawn {
            let lacking = missingSmartParts(of: commitments[index])
            lab.add(lacking)
            byPartner[commitments[index].partner, default: SmartCompleteness()].add(lacking)
        }
        return (lab, byPartner)
    }
}
