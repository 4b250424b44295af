// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// The files of the data folder in the stable format: entities sorted by id, written in pieces of
/// a thousand on every core and handed over in file order, without a tree of the whole file.
extension LabData {
    public func fileText(for file: DataFile) -> String {
        var bytes: [UInt8] = []
        writeFile(file) { piece in bytes += piece }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func writeFile<Failure: Error>(_ file: DataFile, to write: ([UInt8]) throws(Failure) -> Void) throws(Failure) {
        switch file {
        case .lab: try write(Array(JSONWriter.prettyPrinted(lab.json).utf8))
        case .partners: try Self.writeCollection(file, partners, id: { $0.id }, json: { $0.json }, to: write)
        case .projects: try Self.writeCollection(file, projects, id: { $0.id }, json: { $0.json }, to: write)
        case .commitments: try Self.writeCollection(file, commitments, id: { $0.id }, json: { $0.json }, to: write)
        }
    }

    /// A collection file of these entities, as `writeFile` writes it: what a merge of two versions of one file writes back.
    public static func collectionBytes(_ file: DataFile, _ entities: [EntityValue]) -> [UInt8] {
        var bytes: [UInt8] = []
        writeCollection(file, PiecedList(entities), id: { $0.id }, json: { $0.json }) { piece in bytes += piece }
        return bytes
    }

    /// How many entities one thread writes at a time, and how many such pieces are written before
    /// they are handed over: a few megabytes in memory at most.
    private static let pieceLength = 1_024
    private static let piecesAtOnce = 8

    private static func writeCollection<Entity: Sendable, Failure: Error>(
        _ file: DataFile, _ entities: PiecedList<Entity>,
        id: @Sendable (Entity) -> String, json: @Sendable (Entity) -> JSONValue,
        to write: ([UInt8]) throws(Failure) -> Void
    ) throws(Failure) {
        let frame = frameBytes(file, isEmpty: entities.isEmpty)
        try write(frame.opening)
        guard !entities.isEmpty else { return }
        let isSorted = zip(entities, entities.dropFirst()).allSatisfy { id($0) < id($1) }
        let order = isSorted ? nil : entities.indices.sorted { id(entities[$0]) < id(entities[$1]) }
        let pieceCount = (entities.count + pieceLength - 1) / pieceLength
        for firstPiece in stride(from: 0, to: pieceCount, by: piecesAtOnce) {
            let pieces = Parallel.map(min(piecesAtOnce, pieceCount - firstPiece)) { offset in
                let start = (firstPiece + offset) * pieceLength
                var output = JSONBytes(reservingCapacity: 512 * pieceLength)
                for position in start..<min(start + pieceLength, entities.count) {
                    output.writeElement(json(entities[order?[position] ?? position]), indent: elementIndent, isLast: position == entities.count - 1)
                }
                return output.bytes
            }
            for piece in pieces { try write(piece) }
        }
        try write(frame.closing)
    }

    /// The collection array is the second level of the file: `{ "commitments": [ {…}, … ] }`.
    private static let elementIndent = 4

    /// The file around its entities: written as the same object with an empty array, whose `[]`
    /// the entities go between, so that the header's keys and layout have one writer.
    private static func frameBytes(_ file: DataFile, isEmpty: Bool) -> (opening: [UInt8], closing: [UInt8]) {
        let empty = JSONWriter.prettyPrinted(.object([
            JSONMember(FileHeader.schemaReferenceKey, JSONNode(.string(file.schemaReference))),
            JSONMember(FileHeader.schemaVersionKey, JSONNode(.number(String(Lab.schemaVersion)))),
            JSONMember(file.collectionKey!, JSONNode(.array([]))),
        ]))
        let bytes = Array(empty.utf8)
        guard !isEmpty else { return (bytes, []) }
        let key = JSONWriter.compact(.string(file.collectionKey!)) + ": []"
        let keyStart = bytes.firstRange(of: Array(key.utf8))!.lowerBound
        let arrayStart = keyStart + key.utf8.count - 2
        var opening = JSONBytes()
        opening.openArray()
        var closing = JSONBytes()
        closing.closeArray(indent: elementIndent - 2)
        return (Array(bytes[..<arrayStart]) + opening.bytes, closing.bytes + Array(bytes[(arrayStart + 2)...]))
    }
}
