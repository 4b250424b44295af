// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import ArgumentParser
import LabFoundation
import LabModel

/// Completes partner, project and commitment ids from the data folder the command line names
/// (`--data DIR`), else the one the program would choose.
enum IDCompletion {
    static let partners = CompletionKind.custom { words, _, prefix in ids(of: .partner, words: words, prefix: prefix) }
    static let projects = CompletionKind.custom { words, _, prefix in ids(of: .project, words: words, prefix: prefix) }
    static let commitments = CompletionKind.custom { words, _, prefix in ids(of: .commitment, words: words, prefix: prefix) }

    static func ids(of kind: EntityKind, words: [String], prefix: String) -> [String] {
        let given = words.firstIndex(of: "--data").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
        let source = DataSource.resolve(option: given, environment: ProcessInfo.processInfo.environment,
                                        currentFolder: FileManager.default.currentDirectoryPath)
        guard let data = source.load().data else { return [] }
        let all = switch kind {
        case .partner: data.partners.map(\.id)
        case .project: data.projects.map(\.id)
        case .commitment: data.commitments.map(\.id)
        }
        return all.filter { $0.hasPrefix(prefix) }.sorted()
    }
}
