// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What a new entity gets for the fields nobody gave: a commitment is pledged from the lab's reference
/// day, in euros when it is money and in hours when it is hours; a partner is not a founding one and joined on the reference day;
/// a project starts as an idea, on track, on the reference day, with its texts and debt phases still empty.
public enum NewEntityDefaults {
    public static func typed(_ kind: EntityKind, in data: LabData, besides given: [EntityEdit.Typed]) -> [EntityEdit.Typed] {
        let day = ReferenceDate.resolve(lab: data.lab).description
        let defaults: [(String, String)] = switch kind {
        case .commitment: [("state", CommitmentState.pledged.rawValue), ("from", day)] + (unit(given, in: data).map { [("unit", $0.code)] } ?? [])
        case .partner: [("founding", "false"), ("joined", day)]
        case .project: [("stage", Stage.idea.rawValue), ("health", Health.onTrack.rawValue), ("started", day),
                        ("summary", ""), ("targetGroup", ""), ("debtPhases", "")]
        }
        let givenPaths = Set(given.map(\.path))
        return defaults.map { EntityEdit.Typed([$0.0], $0.1) }.filter { !givenPaths.contains($0.path) }
    }

    /// The unit a commitment's kind says by itself: money is in euros, hours in hours.
    private static func unit(_ given: [EntityEdit.Typed], in data: LabData) -> MeasureUnit? {
        guard let kind = given.first(where: { $0.path == ["kind"] }), let field = FieldCatalogue.field("kind", of: .commitment),
              case .success(.string(let code)?) = FieldInput.value(kind.text, for: field, context: .commandLine, in: data) else { return nil }
        switch CommitmentKind(rawValue: code) {
        case .money: return .euro
        case .hours: return .hours
        default: return nil
        }
    }
}
