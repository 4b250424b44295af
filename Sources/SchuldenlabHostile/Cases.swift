// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel

/// Every hostile folder of the suite, each made from the good folder.
enum Cases {
    static let journalName = "journal.jsonl"

    static var all: [HostileCase] {
        stringFields() + numbers() + encodings() + shapes() + links() + unreadable() + journals() + histories() + conflicts()
    }

    /// The payload appended to one string at a time, for every string field (the first element
    /// of each list stands for the rest), in every file.
    static func stringFields() -> [HostileCase] {
        DataFile.allCases.flatMap { file -> [HostileCase] in
            let text = SampleLab.data.fileText(for: file)
            guard let root = try? JSONParser.parse(Array(text.utf8)) else { return [] }
            return stringPaths(in: root.value, at: []).map { path in
                HostileCase(name: "payload in \(file.fileName) \(path.map(\.description).joined(separator: "."))") { folder, _ in
                    let node = try JSONParser.parse(Files.read(folder + "/" + file.fileName))
                    try Files.write(Array(JSONWriter.prettyPrinted(appendingPayload(to: node.value, at: path[...])).utf8),
                                    to: folder + "/" + file.fileName)
                }
            }
        } + [
            HostileCase(name: "a name of 1 MB") { folder, _ in
                try Files.replaceFirst("\"name\": \"", with: "\"name\": \"" + String(repeating: "Schuld ", count: 150_000), in: folder + "/partners.json")
            },
        ]
    }

    enum Step: CustomStringConvertible {
        case key(String), first
        var description: String {
            switch self {
            case .key(let key): key
            case .first: "0"
            }
        }
    }

    private static func stringPaths(in value: JSONValue, at path: [Step]) -> [[Step]] {
        switch value {
        case .string: [path]
        case .array(let elements): elements.first.map { stringPaths(in: $0.value, at: path + [.first]) } ?? []
        case .object(let members): members.flatMap { stringPaths(in: $0.value.value, at: path + [.key($0.key)]) }
        default: []
        }
    }

    private static func appendingPayload(to value: JSONValue, at path: ArraySlice<Step>) -> JSONValue {
        guard let step = path.first else {
            if case .string(let text) = value { return .string(text + Payload.text) }
            return value
        }
        switch (step, value) {
        case (.first, .array(var elements)) where !elements.isEmpty:
            elements[0].value = appendingPayload(to: elements[0].value, at: path.dropFirst())
            return .array(elements)
        case (.key(let key), .object(var members)):
            for index in members.indices where members[index].key == key {
                members[index].value.value = appendingPayload(to: members[index].value.value, at: path.dropFirst())
            }
            return .object(members)
        default:
            return value
        }
    }

    static func numbers() -> [HostileCase] {
        let replacements: [(String, String)] = [
            ("1e400", "1e400"), ("-1e400", "-1e400"), ("-0", "-0"), ("-0.0", "-0.0"), ("NaN", "\"NaN\""), ("Infinity", "\"Infinity\""),
            ("a number of 400 digits", String(repeating: "9", count: 400)), ("1e-400", "1e-400"), ("0.000000001", "0.000000001"),
        ]
        return ["\"amount\": ", "\"valueEUR\": ", "\"revision\": "].flatMap { field in
            replacements.map { name, number in
                HostileCase(name: "\(name) as \(field.dropLast(2))") { folder, _ in
                    let path = folder + "/commitments.json"
                    let text = String(decoding: try Files.read(path), as: UTF8.self)
                    guard let start = text.range(of: field), let end = text[start.upperBound...].firstIndex(where: { $0 == "," || $0 == "\n" }) else {
                        throw CaseError.notFound(field, path)
                    }
                    try Files.write(Array(text.replacingCharacters(in: start.upperBound..<end, with: number).utf8), to: path)
                }
            }
        } + [
            HostileCase(name: "1e400 as schemaVersion") { folder, _ in
                try Files.replaceFirst("\"schemaVersion\": 1", with: "\"schemaVersion\": 1e400", in: folder + "/partners.json")
            },
        ]
    }

    static func encodings() -> [HostileCase] {
        DataFile.allCases.flatMap { file -> [HostileCase] in
            let path: @Sendable (String) -> String = { folder in folder + "/" + file.fileName }
            return [
                HostileCase(name: "byte-order mark on \(file.fileName)") { folder, _ in try Files.edit(path(folder)) { [0xEF, 0xBB, 0xBF] + $0 } },
                HostileCase(name: "CRLF line ends in \(file.fileName)") { folder, _ in
                    try Files.edit(path(folder)) { $0.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }
                },
                HostileCase(name: "invalid UTF-8 in \(file.fileName)") { folder, _ in
                    try Files.edit(path(folder)) { bytes in
                        var bytes = bytes
                        bytes.insert(contentsOf: [0xFF, 0xC0, 0xAF], at: bytes.firstIndex(of: UInt8(ascii: "\""))! + 1)
                        return bytes
                    }
                },
                HostileCase(name: "duplicate key in \(file.fileName)") { folder, _ in
                    try Files.replaceFirst("\"schemaVersion\": 1", with: "\"schemaVersion\": 1, \"schemaVersion\": 1", in: path(folder))
                },
                HostileCase(name: "\(file.fileName) empty") { folder, _ in try Files.write([], to: path(folder)) },
                HostileCase(name: "\(file.fileName) cut in half") { folder, _ in try Files.edit(path(folder)) { Array($0.prefix($0.count / 2)) } },
                HostileCase(name: "\(file.fileName) of NUL bytes") { folder, _ in try Files.write([UInt8](repeating: 0, count: 4096), to: path(folder)) },
                HostileCase(name: "\(file.fileName) is a folder") { folder, _ in
                    try FileManager.default.removeItem(atPath: path(folder))
                    try FileManager.default.createDirectory(atPath: path(folder), withIntermediateDirectories: false)
                },
                HostileCase(name: "\(file.fileName) missing") { folder, _ in try FileManager.default.removeItem(atPath: path(folder)) },
            ]
        }
    }

    static func shapes() -> [HostileCase] {
        [
            HostileCase(name: "nesting 100,000 deep") { folder, _ in
                try Files.replaceFirst("\"name\": ", with: "\"deep\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + ", \"name\": ",
                                       in: folder + "/partners.json")
            },
            HostileCase(name: "nesting 200 deep in a note") { folder, _ in
                try Files.replaceFirst("\"name\": ", with: "\"note\": " + String(repeating: "{\"a\":", count: 200) + "1" + String(repeating: "}", count: 200) + ", \"name\": ",
                                       in: folder + "/partners.json")
            },
            HostileCase(name: "an empty folder") { folder, _ in
                for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                    try FileManager.default.removeItem(atPath: folder + "/" + name)
                }
            },
            HostileCase(name: "partners.json a list") { folder, _ in try Files.write(Array("[]".utf8), to: folder + "/partners.json") },
            HostileCase(name: "ten thousand unknown fields") { folder, _ in
                try Files.replaceFirst("\"name\": ", with: (0..<10_000).map { "\"x\($0)\": 1, " }.joined() + "\"name\": ", in: folder + "/projects.json")
            },
        ]
    }

    /// A file of the folder that is a link to a file outside it: writes must not follow it.
    static func links() -> [HostileCase] {
        ([journalName, "journal.lock", "history.jsonl", ConflictsFile.fileName] + DataFile.allCases.map(\.fileName)).map { name in
            HostileCase(name: "\(name) a link out of the folder") { folder, outside in
                let target = outside + "/" + name
                if FileManager.default.fileExists(atPath: folder + "/" + name) {
                    try FileManager.default.moveItem(atPath: folder + "/" + name, toPath: target)
                } else {
                    try Files.write(Array("outside\n".utf8), to: target)
                }
                try FileManager.default.createSymbolicLink(atPath: folder + "/" + name, withDestinationPath: target)
            }
        } + [
            HostileCase(name: "journal.jsonl a dangling link") { folder, outside in
                try FileManager.default.removeItem(atPath: folder + "/" + journalName)
                try FileManager.default.createSymbolicLink(atPath: folder + "/" + journalName, withDestinationPath: outside + "/created-through-a-link")
            },
        ]
    }

    static func unreadable() -> [HostileCase] {
        (DataFile.allCases.map(\.fileName) + [journalName, "journal.lock", "."]).map { name in
            HostileCase(name: "\(name == "." ? "the folder" : name) unreadable", make: { folder, _ in
                chmod(folder + "/" + name, name == "." ? 0o300 : 0)
            }, runsAsAnotherUser: true)
        }
    }

    static func journals() -> [HostileCase] {
        let path: @Sendable (String) -> String = { folder in folder + "/" + journalName }
        return [
            HostileCase(name: "garbage lines between good ones") { folder, _ in
                try Files.edit(path(folder)) { bytes in
                    let garbage: [[UInt8]] = [Array("{not json".utf8) + [0xFF, 0xFE], Array("{}".utf8) + Array(Payload.text.utf8)]
                    var result: [UInt8] = []
                    for (index, line) in bytes.split(separator: 0x0A).enumerated() {
                        result += Array(line) + [0x0A]
                        if index < garbage.count { result += garbage[index] + [0x0A] }
                    }
                    return result
                }
            },
            HostileCase(name: "a torn last line") { folder, _ in try Files.edit(path(folder)) { $0 + Array("{\"at\":\"2026-".utf8) } },
            HostileCase(name: "CRLF line ends in the journal") { folder, _ in
                try Files.edit(path(folder)) { $0.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] } }
            },
            HostileCase(name: "byte-order mark on the journal") { folder, _ in try Files.edit(path(folder)) { [0xEF, 0xBB, 0xBF] + $0 } },
            HostileCase(name: "an author full of escapes in the journal") { folder, _ in
                try Files.replaceFirst("\"by\":\"anna\"", with: "\"by\":\"anna\\u001b]0;PWNED\\u0007\\u001b[6n\"", in: path(folder))
            },
            HostileCase(name: "a journal line of 1 MB") { folder, _ in
                try Files.edit(path(folder)) { $0 + Array(("{\"x\":\"" + String(repeating: "a", count: 1 << 20) + "\"}\n").utf8) }
            },
            HostileCase(name: "the journal is a folder") { folder, _ in
                try FileManager.default.removeItem(atPath: path(folder))
                try FileManager.default.createDirectory(atPath: path(folder), withIntermediateDirectories: false)
            },
        ]
    }

    /// The history's segments and a compaction's record, where something else stands or holds garbage.
    static func histories() -> [HostileCase] {
        let segment: @Sendable (String) -> String = { folder in folder + "/" + GoodFolder.segment }
        return [
            HostileCase(name: "the history folder a link out of the folder") { folder, outside in
                try FileManager.default.moveItem(atPath: folder + "/history", toPath: outside + "/history")
                try FileManager.default.createSymbolicLink(atPath: folder + "/history", withDestinationPath: outside + "/history")
            },
            HostileCase(name: "a history segment that is a FIFO") { folder, _ in
                try FileManager.default.removeItem(atPath: segment(folder))
                guard mkfifo(segment(folder), 0o666) == 0 else { throw CocoaError(.fileWriteUnknown) }
            },
            HostileCase(name: "garbage in a history segment") { folder, _ in
                try Files.edit(segment(folder)) { $0 + Array("{not json\n".utf8) + [0xFF, 0x0A] }
            },
            HostileCase(name: "a compaction record of garbage") { folder, _ in
                try Files.write(Array("{\"files\":[\"../../etc/passwd\"]}\n".utf8), to: folder + "/.compaction.json")
            },
            HostileCase(name: "a compaction record that is a FIFO") { folder, _ in
                guard mkfifo(folder + "/.compaction.json", 0o666) == 0 else { throw CocoaError(.fileWriteUnknown) }
            },
        ]
    }

    /// The conflicts a synchronisation found, where something else stands or holds garbage.
    static func conflicts() -> [HostileCase] {
        let path: @Sendable (String) -> String = { folder in folder + "/" + ConflictsFile.fileName }
        return [
            HostileCase(name: "the conflicts file a FIFO") { folder, _ in
                guard mkfifo(path(folder), 0o666) == 0 else { throw CocoaError(.fileWriteUnknown) }
            },
            HostileCase(name: "garbage and an unknown entity in the conflicts file") { folder, _ in
                try Files.write(Array("{not json\n{\"conflict\":\"k-1\",\"at\":\"2026-01-01T00:00:00Z\",\"entity\":\"x\"}\n".utf8) + [0xFF, 0x0A], to: path(folder))
            },
        ]
    }
}
