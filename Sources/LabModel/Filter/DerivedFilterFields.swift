// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The facts a filter can ask for that no file holds but the lab's queries work out, so that a
/// saved view answers what the overview counts: who does not yet contribute to the shared support,
/// which projects have gone without an update.
extension FilterField {
    static func derived(of kind: EntityKind) -> [FilterField] {
        switch kind {
        case .partner: [sharedSupport]
        case .project: [updateLight]
        case .commitment: []
        }
    }

    /// Whether the partner has a running pledged or delivered commitment to the shared support.
    static let sharedSupport = FilterField(derived: FieldDescriptor("sharedSupport", "Gedeelde ondersteuning", "Shared support", .flag)) { data, day in
        let contributors = data.sharedSupportContributors(on: day)
        return { entity in .bool(contributors.contains(entity.id)) }
    }

    /// The project's update light; none for a stopped project.
    static let updateLight = FilterField(derived: FieldDescriptor("updateLight", "Updatelicht", "Update light", .choice(Choices(
        codes: UpdateLight.allCases.map { "\($0)" },
        names: UpdateLight.allCases.map { LocalizedText(nl: $0.name(in: .nl), en: $0.name(in: .en)) })))) { data, day in
        { entity in
            guard case .project(let project) = entity, let light = data.updateLight(of: project, on: day) else { return nil }
            return .string("\(light)")
        }
    }
}
