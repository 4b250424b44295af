// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabFoundation

/// What loading a data folder gave: the data when it is whole and valid, else every problem.
public struct LoadReport: Sendable {
    public var data: LabData?
    public var problems: [Problem]
    /// Problems of the journal that leave the data usable: lines that were skipped.
    public var warnings: [Problem] = []
    /// The folder or one of its files could not be read at all (as opposed to read and found wrong).
    public var couldNotRead: Bool

    public var isClean: Bool { problems.isEmpty && warnings.isEmpty && data != nil }

    public init(data: LabData?, problems: [Problem], warnings: [Problem] = [], couldNotRead: Bool) {
        self.data = data
        self.problems = problems
        self.warnings = warnings
        self.couldNotRead = couldNotRead
    }
}

/// The data folder of DESIGN.md: four JSON files. Loading never writes; saving replaces each
/// file atomically in the stable format.
public struct DataFolder: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func filePath(_ file: DataFile) -> String {
        path + "/" + file.fileName
    }

    /// The files with the journal laid over them, read under the folder's shared lock so that no
    /// compaction is seen half done.
    public func load() -> LoadReport {
        do {
            let lock = try sharedLock()
            return withExtendedLifetime(lock) { loadUnlocked() }
        } catch {
            return error.report
        }
    }

    struct LockRefused: Error {
        let report: LoadReport
    }

    /// The lock readers share; `nil` where this user may not open the lock file, so that the
    /// folder is read without it, as before anyone wrote through the journal.
    func sharedLock(whileWaiting: () -> Void = {}) throws(LockRefused) -> FolderLock? {
        if let problem = folderProblem() {
            throw LockRefused(report: LoadReport(data: nil, problems: [problem], couldNotRead: true))
        }
        do throws(FolderLock.Failure) {
            return try FolderLock(folder: path, exclusive: false, whileWaiting: whileWaiting)
        } catch .timedOut {
            throw LockRefused(report: LoadReport(data: nil, problems: [Problem(file: FolderLock.fileName, kind: FolderLock.Failure.timedOut.problemKind)],
                                                 couldNotRead: true))
        } catch .notARegularFile(let reason) {
            // Read without it, a folder whose lock file is a FIFO would pass as fine while no writer can save.
            throw LockRefused(report: LoadReport(data: nil, problems: [Problem(file: FolderLock.fileName, kind: .fileUnreadable(reason: reason))],
                                                 couldNotRead: true))
        } catch {
            return nil
        }
    }

    func loadUnlocked() -> LoadReport {
        FolderSession.read(self, keepingHistory: false).report
    }

    var historyPath: String { path + "/" + Self.historyFileName }

    /// The stamps of the data files, history.jsonl, the history's segments' folder (which a new
    /// or rewritten segment touches) and the conflicts a synchronisation found, in a fixed order.
    func stampsOfFiles() -> [FileStamp?] {
        DataFile.allCases.map { FileStamp(path: filePath($0)) }
            + [FileStamp(path: historyPath), FileStamp(path: path + "/" + HistorySegments.folderName),
               FileStamp(path: path + "/" + ConflictsFile.fileName)]
    }

    func loadFiles() -> LoadReport {
        if let problem = folderProblem() {
            return LoadReport(data: nil, problems: [problem], couldNotRead: true)
        }
        return Self.read { (file) throws(FileReadFailure) in try FileBytes.read(filePath(file)) }
    }

    /// Reads and validates the four files from wherever `bytesOf` takes them: the folder, or a
    /// fuzzer's input.
    static func read(_ bytesOf: (DataFile) throws(FileReadFailure) -> [UInt8]) -> LoadReport {
        var contents: [DataFile: FileContent] = [:]
        for file in DataFile.allCases {
            contents[file] = FileContent { () throws(FileReadFailure) in try bytesOf(file) }
        }
        if let data = readQuickly(contents) { return LoadReport(data: data, problems: [], couldNotRead: false) }
        return readCarefully(contents)
    }

    typealias FileContent = Result<[UInt8], FileReadFailure>

    /// Every problem of the files, each with its place, and the data when there is none.
    static func readCarefully(_ contents: [DataFile: FileContent]) -> LoadReport {
        var problems: [Problem] = []
        var couldNotRead = false
        var documents: [DataFile: JSONNode] = [:]
        var sinks: [DataFile: ProblemSink] = [:]
        var lineIndexes: [DataFile: LineIndex] = [:]
        for file in DataFile.allCases {
            switch readDocument(file, contents[file]!) {
            case .success(let (node, lineIndex)):
                documents[file] = node
                lineIndexes[file] = lineIndex
                sinks[file] = ProblemSink(file: file.fileName, lineIndex: lineIndex)
            case .failure(let failure):
                problems.append(failure.problem)
                couldNotRead = couldNotRead || failure.isReadFailure
            }
        }

        let lab = documents[.lab].flatMap { node in
            ObjectReader(node, path: .root, sink: sinks[.lab]!).flatMap { reader in
                FileHeader.checkVersion(of: reader) ? Lab.read(from: reader) : nil
            }
        }
        let partners = documents[.partners].flatMap { readCollection($0, .partners, sinks[.partners]!, Partner.read) }
        let projects = documents[.projects].flatMap { readCollection($0, .projects, sinks[.projects]!, Project.read) }
        let commitments = documents[.commitments].flatMap { readCollection($0, .commitments, sinks[.commitments]!, Commitment.read) }
        for file in DataFile.allCases { problems += sinks[file]?.problems ?? [] }

        guard let lab, let partners, let projects, let commitments else {
            return LoadReport(data: nil, problems: Self.inFileOrder(problems), couldNotRead: couldNotRead)
        }
        let data = LabData(lab: lab, partners: partners.entities, projects: projects.entities,
                           commitments: commitments.entities)
        let sourceMap = SourceMap(partnerPaths: partners.paths, projectPaths: projects.paths,
                                  commitmentPaths: commitments.paths,
                                  declaredPartnerIDs: partners.declaredIDs, declaredProjectIDs: projects.declaredIDs)
        for problem in Validator.problems(in: data, sourceMap: sourceMap) {
            problems.append(located(problem, in: documents, lineIndexes: lineIndexes))
        }
        return LoadReport(data: problems.isEmpty ? data : nil, problems: Self.inFileOrder(problems), couldNotRead: couldNotRead)
    }

    /// Problems by file, then by place in the file, so that they can be fixed top to bottom.
    private static func inFileOrder(_ problems: [Problem]) -> [Problem] {
        let fileOrder = Dictionary(uniqueKeysWithValues: DataFile.allCases.enumerated().map { ($1.fileName, $0) })
        return problems.enumerated().sorted { left, right in
            let leftKey = (fileOrder[left.element.file] ?? -1, left.element.position?.line ?? 0, left.element.position?.column ?? 0, left.offset)
            let rightKey = (fileOrder[right.element.file] ?? -1, right.element.position?.line ?? 0, right.element.position?.column ?? 0, right.offset)
            return leftKey < rightKey
        }.map(\.element)
    }

    /// Writes every file; each one is replaced atomically.
    public func save(_ data: LabData) throws(WriteFailure) {
        for file in DataFile.allCases {
            try AtomicFile.write(to: filePath(file)) { write throws(WriteFailure) in try data.writeFile(file, to: write) }
        }
    }

    // MARK: Reading

    private struct ReadFailure: Error {
        let problem: Problem
        let isReadFailure: Bool
    }

    func folderProblem() -> Problem? {
        var isFolder = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return Problem(file: path, kind: .folderMissing)
        }
        guard isFolder else {
            return Problem(file: path, kind: .folderUnreadable(reason: SystemError.describe(ENOTDIR)))
        }
        guard let listing = opendir(path) else {
            return Problem(file: path, kind: .folderUnreadable(reason: SystemError.describe(errno)))
        }
        closedir(listing)
        return nil
    }

    private static func readDocument(_ file: DataFile, _ content: FileContent) -> Result<(JSONNode, LineIndex), ReadFailure> {
        let bytes: [UInt8]
        do {
            bytes = try content.get()
        } catch {
            switch error {
            case .missing:
                return .failure(ReadFailure(problem: Problem(file: file.fileName, kind: .fileMissing), isReadFailure: false))
            case .notRegularFile:
                return .failure(ReadFailure(problem: Problem(file: file.fileName, kind: .notARegularFile), isReadFailure: true))
            case .unreadable(let reason):
                return .failure(ReadFailure(problem: Problem(file: file.fileName, kind: .fileUnreadable(reason: reason)),
                                            isReadFailure: true))
            }
        }
        let lineIndex = LineIndex(bytes: bytes)
        do {
            let root = try JSONParser.parse(bytes)
            return .success((root, lineIndex))
        } catch {
            let problem = Problem(file: file.fileName, position: lineIndex.position(ofByte: error.offset), kind: .syntax(error.reason))
            return .failure(ReadFailure(problem: problem, isReadFailure: false))
        }
    }

    struct Collection<Entity> {
        var entities: [Entity] = []
        var paths: [JSONPath] = []
        var declaredIDs: Set<String> = []
    }

    static func readCollection<Entity>(_ root: JSONNode, _ file: DataFile, _ sink: ProblemSink,
                                        _ read: (ObjectReader) -> Entity?) -> Collection<Entity>? {
        guard let reader = ObjectReader(root, path: .root, sink: sink), FileHeader.checkVersion(of: reader) else { return nil }
        let key = file.collectionKey!
        let elements = reader.elements(key)
        reader.reportUnknownFields(allowing: FileHeader.keys)
        guard let elements else { return nil }
        var collection = Collection<Entity>()
        for (node, path) in elements {
            if case .object(let members) = node.value,
               let idNode = members.first(where: { $0.key == "id" }), case .string(let id) = idNode.value.value {
                collection.declaredIDs.insert(id)
            }
            guard let elementReader = ObjectReader(node, path: path, sink: sink), let entity = read(elementReader) else { continue }
            collection.entities.append(entity)
            collection.paths.append(path)
        }
        return collection
    }

    private static func located(_ problem: Problem, in documents: [DataFile: JSONNode],
                         lineIndexes: [DataFile: LineIndex]) -> Problem {
        guard let file = DataFile(rawValue: problem.file), let root = documents[file], let path = problem.path,
              let offset = root.deepestNode(along: path).offset else { return problem }
        var located = problem
        located.position = lineIndexes[file]?.position(ofByte: offset)
        return located
    }
}
