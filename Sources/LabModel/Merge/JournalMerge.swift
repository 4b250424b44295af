// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Two sites' journals (or histories) made one, as git's merge driver asks: every edit either side
/// has, once (an edit keeps its id in every copy of its line), in the order the edits were made.
/// A line that cannot be read is kept, after the others and once, so that `check` still names it
/// and a repair can still take it; nothing either side wrote is dropped. The conflicts file's
/// records and decisions are merged the same way, by their own ids.
public enum JournalMerge {
    public static func union(_ ours: [UInt8], _ theirs: [UInt8]) -> [UInt8] {
        var index: [String: Int] = [:]
        var edits: [(moment: Int, at: String, edit: String, line: ArraySlice<UInt8>)] = []
        var unreadable: [ArraySlice<UInt8>] = []
        var unreadableSeen = Set<ArraySlice<UInt8>>()
        for line in lines(ours) + lines(theirs) {
            guard let (edit, at) = identity(of: line) else {
                if unreadableSeen.insert(line).inserted { unreadable.append(line) }
                continue
            }
            guard let earlier = index[edit] else {
                index[edit] = edits.count
                edits.append((LabTime.seconds(of: at) ?? Int.max, at.text, edit, line))
                continue
            }
            // Two copies of one edit differ only when one had personal data erased from it: the erased one stays.
            let kept = edits[earlier].line
            if line.count < kept.count || (line.count == kept.count && line.lexicographicallyPrecedes(kept)) { edits[earlier].line = line }
        }
        // Sorted by the moment, then the id: both sides get the same order whichever merges.
        edits.sort { ($0.moment, $0.at, $0.edit) < ($1.moment, $1.at, $1.edit) }
        var merged: [UInt8] = []
        for line in edits.map(\.line) + unreadable {
            merged += line
            merged.append(UInt8(ascii: "\n"))
        }
        return merged
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
    }

    /// The keys that name a line: an edit's, a conflict's, a decision's.
    private static let identityKeys = ["edit", "conflict", "decision"]

    /// The line's id (its key and value) and moment; `nil` for a line that is none of these.
    private static func identity(of line: ArraySlice<UInt8>) -> (edit: String, at: Timestamp)? {
        guard let root = try? JSONParser.parse(Array(line)), case .object(let members) = root.value,
              let (key, id) = identityKeys.lazy.compactMap({ key -> (String, String)? in
                  guard case .string(let id)? = members.first(where: { $0.key == key })?.value.value, !id.isEmpty else { return nil }
                  return (key, id)
              }).first,
              case .string(let text)? = members.first(where: { $0.key == "at" })?.value.value, let at = Timestamp(text) else { return nil }
        return (key + ":" + id, at)
    }
}
