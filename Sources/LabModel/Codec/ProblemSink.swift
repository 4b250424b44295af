/// Collects the problems of one file while it is read, with line and column where known.
final class ProblemSink {
    let file: String
    private let lineIndex: LineIndex?
    private(set) var problems: [Problem] = []

    init(file: String, lineIndex: LineIndex?) {
        self.file = file
        self.lineIndex = lineIndex
    }

    func report(_ kind: ProblemKind, at path: JSONPath, node: JSONNode?) {
        let position = node?.offset.flatMap { lineIndex?.position(ofByte: $0) }
        problems.append(Problem(file: file, path: path, position: position, kind: kind))
    }
}
