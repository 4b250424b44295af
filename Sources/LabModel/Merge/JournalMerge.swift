/// Two sites' journals (or histories) made one, as git's merge driver asks: every edit either side
/// has, once (an edit keeps its id in every copy of its line), in the order the edits were made.
/// A line that cannot be read is kept, after the others and once, so that `check` still names it
/// and a repair can still take it; nothing either side wrote is dropped.
public enum JournalMerge {
    public static func union(_ ours: [UInt8], _ theirs: [UInt8]) -> [UInt8] {
        var seen = Set<String>()
        var edits: [(moment: Int, at: String, edit: String, line: ArraySlice<UInt8>)] = []
        var unreadable: [ArraySlice<UInt8>] = []
        var unreadableSeen = Set<ArraySlice<UInt8>>()
        for line in lines(ours) + lines(theirs) {
            guard let (edit, at) = identity(of: line) else {
                if unreadableSeen.insert(line).inserted { unreadable.append(line) }
                continue
            }
            guard seen.insert(edit).inserted else { continue }
            edits.append((LabTime.seconds(of: at) ?? Int.max, at.text, edit, line))
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

    /// The edit's id and moment, read from its line; `nil` for a line that is not an edit.
    private static func identity(of line: ArraySlice<UInt8>) -> (edit: String, at: Timestamp)? {
        guard let root = try? JSONParser.parse(Array(line)), case .object(let members) = root.value,
              case .string(let edit)? = members.first(where: { $0.key == "edit" })?.value.value, !edit.isEmpty,
              case .string(let text)? = members.first(where: { $0.key == "at" })?.value.value, let at = Timestamp(text) else { return nil }
        return (edit, at)
    }
}
