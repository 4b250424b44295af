// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import Foundation
import LabModel

/// One hostile folder: how it is made from a good one, and what it does to the folder around it.
struct HostileCase: Sendable {
    let name: String
    /// Changes the good folder at `folder` into the hostile one; `outside` is a folder beside it.
    let make: @Sendable (_ folder: String, _ outside: String) throws -> Void
    /// The data cannot be read by the user who runs the program (the case makes a file unreadable).
    var runsAsAnotherUser = false
}

/// What the hostile strings carry: a window title, a request for the cursor position (which makes
/// a terminal type an answer into the program), an 8-bit CSI and a DCS query. None may ever reach
/// the terminal as bytes.
enum Payload {
    static let text = "\u{1B}]0;PWNED\u{07}\u{1B}[6n\u{9B}31mX\u{1B}P+q544e\u{1B}\\\u{202E}"
    static let forbiddenSequences: [[UInt8]] = ["\u{1B}]0;PWNED", "\u{1B}[6n", "\u{9B}31m", "\u{1B}P+q"].map { Array($0.utf8) }
}

enum Files {
    static func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func edit(_ path: String, _ change: ([UInt8]) -> [UInt8]) throws {
        try write(change(try read(path)), to: path)
    }

    static func replaceFirst(_ target: String, with replacement: String, in path: String) throws {
        let text = String(decoding: try read(path), as: UTF8.self)
        guard let range = text.range(of: target) else { throw CaseError.notFound(target, path) }
        try write(Array(text.replacingCharacters(in: range, with: replacement).utf8), to: path)
    }
}

enum CaseError: Error, CustomStringConvertible {
    case notFound(String, String)

    var description: String {
        switch self {
        case .notFound(let target, let path): "\(target) is not in \(path)"
        }
    }
}
