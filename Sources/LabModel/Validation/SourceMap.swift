// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Where each entity of a `LabData` was read from, so that rules across entities can point
/// into the files; and which ids the files declare, even for entities that could not be read.
public struct SourceMap: Sendable {
    private let paths: [EntityKind: [JSONPath]]
    /// `nil` when every entity the files declare was read: then the data's own ids are the declared ones.
    let declaredPartnerIDs: Set<String>?
    let declaredProjectIDs: Set<String>?

    /// The map of data that stands in its files exactly as in memory; paths are made only when asked.
    public init(matching data: LabData) {
        paths = [:]
        declaredPartnerIDs = nil
        declaredProjectIDs = nil
    }

    init(partnerPaths: [JSONPath], projectPaths: [JSONPath], commitmentPaths: [JSONPath],
         declaredPartnerIDs: Set<String>, declaredProjectIDs: Set<String>) {
        paths = [.partner: partnerPaths, .project: projectPaths, .commitment: commitmentPaths]
        self.declaredPartnerIDs = declaredPartnerIDs
        self.declaredProjectIDs = declaredProjectIDs
    }

    /// The path of the entity at `position` in its list.
    func path(of kind: EntityKind, at position: Int) -> JSONPath {
        paths[kind]?[position] ?? JSONPath([.key(DataFile(kind).collectionKey!), .index(position)])
    }
}
