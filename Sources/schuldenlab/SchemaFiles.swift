// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation
import LabModel

/// The JSON Schemas of `Schemas/`, built into the program: printed by `schuldenlab schema` and put in
/// a data folder's `.schemas/`, where the `$schema` of each file it writes points.
enum SchemaFiles {
    static var names: [String] {
        BuiltInSchemaFiles.texts.keys.map { String($0.dropLast(".schema".count)) }.sorted()
    }

    static func text(named name: String) -> String? {
        BuiltInSchemaFiles.texts[name + ".schema"]
    }

    /// Writes the schemas into `folder/.schemas/`, leaving those that are already the same.
    static func write(into folder: String) throws(WriteFailure) {
        let target = folder + "/" + DataFile.schemaFolder
        if mkdir(target, 0o750) != 0, errno != EEXIST {
            throw WriteFailure(path: target, reason: String(cString: strerror(errno)))
        }
        for name in names {
            let path = target + "/" + name + ".schema.json"
            let text = text(named: name)!
            if (try? FileBytes.read(path)) == Array(text.utf8) { continue }
            try AtomicFile.write(text, to: path)
        }
    }
}
