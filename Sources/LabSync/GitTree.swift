// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// A commit's files as git keeps them: what `ls-tree` lists, and the contents `cat-file` gives.
struct GitTree: Sendable {
    struct Entry: Sendable, Hashable {
        let mode: String
        let type: String
        let object: String
        let size: Int?
        let path: String

        var isRegularFile: Bool { type == "blob" && (mode == "100644" || mode == "100755") }
    }

    let commit: String
    let entries: [Entry]

    var objects: [String: String] { Dictionary(entries.map { ($0.path, $0.object) }, uniquingKeysWith: { first, _ in first }) }

    init(commit: String, in git: Git) throws(Git.Failure) {
        self.commit = commit
        let listing = try git.run(["ls-tree", "-r", "-z", "--long", "--full-tree", commit])
        entries = listing.split(separator: 0).compactMap { record -> Entry? in
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { return nil }
            let fields = record[..<tab].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 4 else { return nil }
            return Entry(mode: fields[0], type: fields[1], object: fields[2], size: Int(fields[3]), path: String(decoding: record[(tab + 1)...], as: UTF8.self))
        }
    }

    /// The contents of these objects, read with one `cat-file --batch`.
    static func contents(of objects: [String], in git: Git) throws(Git.Failure) -> [String: [UInt8]] {
        let wanted = Array(Set(objects)).sorted()
        guard !wanted.isEmpty else { return [:] }
        let output = try git.run(["cat-file", "--batch"], input: Array(wanted.map { $0 + "\n" }.joined().utf8))
        var result: [String: [UInt8]] = [:]
        var position = output.startIndex
        while position < output.endIndex, let end = output[position...].firstIndex(of: UInt8(ascii: "\n")) {
            let header = output[position..<end].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            position = end + 1
            guard header.count == 3, let size = Int(header[2]), position + size <= output.endIndex else { break }
            result[header[0]] = Array(output[position..<(position + size)])
            position += size + 1
        }
        return result
    }
}
