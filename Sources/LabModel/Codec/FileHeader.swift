// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The keys every file of the data folder may carry besides its content.
enum FileHeader {
    static let schemaVersionKey = "schemaVersion"
    /// Editors find a JSON Schema through this key; it is allowed and not kept.
    static let schemaReferenceKey = "$schema"
    static let keys: Set<String> = [schemaVersionKey, schemaReferenceKey]

    /// Reports a missing or unsupported schema version; `true` when the file may be read on.
    static func checkVersion(of reader: ObjectReader) -> Bool {
        _ = reader.field(schemaReferenceKey, required: false)
        guard let (node, path) = reader.field(schemaVersionKey, required: true) else { return false }
        guard case .number(let text) = node.value else {
            reader.sink.report(.wrongType(expected: .number, found: node.value.typeName), at: path, node: node)
            return false
        }
        guard text == String(Lab.schemaVersion) else {
            reader.sink.report(.unsupportedSchemaVersion(found: text), at: path, node: node)
            return false
        }
        return true
    }
}
