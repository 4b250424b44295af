// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

extension DataFolder {
    /// The folder read the quick way, for when nothing in it is wrong: each collection's entities are
    /// made while its array is parsed, on every core, with no tree of the whole file and no places
    /// kept. `nil` at the first sign of any problem, for `readCarefully` to find every message and
    /// its place with the same field catalogue.
    static func readQuickly(_ contents: [DataFile: FileContent], pieceLength: Int = JSONArrayPieces.pieceLength) -> LabData? {
        guard case .success(let labBytes) = contents[.lab], let lab = quickLab(labBytes),
              let partners = quickCollection(contents[.partners], .partners, pieceLength, { Partner.read(from: $0) }),
              let projects = quickCollection(contents[.projects], .projects, pieceLength, { Project.read(from: $0) }),
              let commitments = quickCollection(contents[.commitments], .commitments, pieceLength, { Commitment.read(from: $0) })
        else { return nil }
        let data = LabData(lab: lab, partners: partners, projects: projects, commitments: commitments)
        guard Validator.problems(in: data, sourceMap: SourceMap(matching: data)).isEmpty else { return nil }
        return data
    }

    private static func quickLab(_ bytes: [UInt8]) -> Lab? {
        guard let root = try? JSONParser.parse(bytes) else { return nil }
        let sink = ProblemSink(file: DataFile.lab.fileName, lineIndex: nil)
        let lab = ObjectReader(root, path: .root, sink: sink).flatMap { reader in
            FileHeader.checkVersion(of: reader) ? Lab.read(from: reader) : nil
        }
        return sink.problems.isEmpty ? lab : nil
    }

    private static func quickCollection<Entity: Sendable>(_ content: FileContent?, _ file: DataFile, _ pieceLength: Int,
                                                          _ read: @escaping @Sendable (ObjectReader) -> Entity?) -> PiecedList<Entity>? {
        guard case .success(let bytes) = content, UTF8Validation.firstInvalidOffset(in: bytes) == nil else { return nil }
        let fileName = file.fileName
        return bytes.withUnsafeBufferPointer { buffer -> PiecedList<Entity>? in
            var entities: PiecedList<Entity>?
            let root = try? JSONParser.parse(buffer, handingOver: file.collectionKey!) { (start) throws(JSONSyntaxError) -> Int in
                let read = JSONArrayPieces.read(buffer, arrayAt: start, pieceLength: pieceLength) {
                    // One sink per piece: a problem anywhere sends the whole folder to the careful reader.
                    let sink = ProblemSink(file: fileName, lineIndex: nil)
                    return { node in ObjectReader(node, path: .root, sink: sink).flatMap(read).flatMap { sink.problems.isEmpty ? $0 : nil } }
                }
                guard let read else { throw JSONSyntaxError(.unexpectedEnd, at: start) }
                entities = read.elements
                return read.end
            }
            // The file's header, checked as the careful reader checks it; the array in it stands empty.
            let sink = ProblemSink(file: fileName, lineIndex: nil)
            guard let root, let entities, readCollection(root, file, sink, read) != nil, sink.problems.isEmpty else { return nil }
            return entities
        }
    }
}
