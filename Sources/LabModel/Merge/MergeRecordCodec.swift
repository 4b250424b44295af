// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension MergeRecord {
    var json: JSONValue {
        var builder = JSONObjectBuilder()
        builder.set("basedOn", .number(String(basedOn)))
        builder.set("keptTheirs", JSONValue(keptTheirs.map { JSONValue($0) }))
        builder.set("chosen", .object(chosen.sorted { $0.key < $1.key }.map { JSONMember($0.key, JSONNode(.string($0.value.rawValue))) }))
        return builder.value
    }

    static func read(from reader: ObjectReader) -> MergeRecord? {
        let basedOn = reader.revision("basedOn")
        let kept = reader.strings("keptTheirs")
        var chosen: [String: MergeSide]? = [:]
        if let choices = reader.object("chosen") {
            for key in choices.keys {
                guard let side = choices.coded(key, as: MergeSide.self) else {
                    chosen = nil
                    continue
                }
                chosen?[key] = side
            }
        } else {
            chosen = nil
        }
        reader.reportUnknownFields()
        guard let basedOn, let kept, let chosen else { return nil }
        return MergeRecord(basedOn: basedOn, keptTheirs: kept, chosen: chosen)
    }
}

extension MergeSide: CodedValue {
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.theirs, .nl): "die van de ander"
        case (.theirs, .en): "theirs"
        case (.mine, .nl): "de mijne"
        case (.mine, .en): "mine"
        }
    }
}
