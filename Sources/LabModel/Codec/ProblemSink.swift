// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Collects the problems of one file while it is read, with line and column where known.
final class ProblemSink {
    let file: String
    private let lineIndex: LineIndex?
    /// For text read a line at a time: the number of lines before it in its file.
    private let linesBefore: Int
    private(set) var problems: [Problem] = []

    init(file: String, lineIndex: LineIndex?, linesBefore: Int = 0) {
        self.file = file
        self.lineIndex = lineIndex
        self.linesBefore = linesBefore
    }

    func add(_ problem: Problem) {
        problems.append(problem)
    }

    func report(_ kind: ProblemKind, at path: JSONPath, node: JSONNode?) {
        let position = node?.offset.flatMap { lineIndex?.position(ofByte: $0) }
            .map { SourcePosition(line: $0.line + linesBefore, column: $0.column) }
        problems.append(Problem(file: file, path: path, position: position, kind: kind))
    }
}
