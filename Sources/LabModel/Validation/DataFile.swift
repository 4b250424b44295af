// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The files of a data folder.
public enum DataFile: String, Sendable, CaseIterable, Hashable {
    case lab = "lab.json"
    case partners = "partners.json"
    case projects = "projects.json"
    case commitments = "commitments.json"

    public var fileName: String { rawValue }

    /// The file that holds entities of this kind.
    public init(_ kind: EntityKind) {
        self = switch kind {
        case .partner: .partners
        case .project: .projects
        case .commitment: .commitments
        }
    }

    /// The kind of entity the file holds; `nil` for lab.json.
    public var kind: EntityKind? {
        switch self {
        case .lab: nil
        case .partners: .partner
        case .projects: .project
        case .commitments: .commitment
        }
    }

    /// The folder beside the data that holds the JSON Schemas, for editors.
    public static let schemaFolder = ".schemas"

    /// Where the file's `$schema` points: its JSON Schema in the folder's `.schemas/`, so that
    /// editors find it without a network or any set-up.
    public var schemaReference: String { Self.schemaFolder + "/" + schemaName + ".schema.json" }

    /// The name `schuldenlab schema` knows the file's schema by.
    public var schemaName: String { String(rawValue.dropLast(".json".count)) }

    /// The key under which a collection file keeps its entities.
    var collectionKey: String? {
        switch self {
        case .lab: nil
        case .partners: "partners"
        case .projects: "projects"
        case .commitments: "commitments"
        }
    }
}
