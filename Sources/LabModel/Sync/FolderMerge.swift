// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Two sites' data folders made one against the version both started from, as a synchronisation
/// merges them (the program does it itself, with the rules the merge drivers give git): each file by
/// what it is (`SyncedFile`). The conflicts found are added to `conflicts.jsonl`, and a commitment
/// renumbered keeps its history: the lines of ours that name it are told the new number.
public enum FolderMerge {
    /// Files by their path in the folder.
    public typealias Tree = [String: [UInt8]]

    public struct Outcome: Sendable {
        public var files: Tree
        public var conflicts: [SyncConflict] = []
        public var renumbered: [EntitySetMerge.Renumbering] = []
        /// Files both sides changed where ours was kept as a whole (lab.json): said, not merged.
        public var keptOurs: [String] = []
    }

    public static func merge(base: Tree, ours: Tree, theirs: Tree) -> Result<Outcome, EntityProblems> {
        var outcome = Outcome(files: [:])
        var problems: [Problem] = []
        for path in Set(ours.keys).union(theirs.keys).sorted() {
            let (old, mine, their) = (base[path], ours[path], theirs[path])
            let merged: [UInt8]?
            if mine == their || their == old {
                merged = mine
            } else if mine == old {
                merged = their
            } else {
                switch SyncedFile.role(of: path) {
                case .entities(let file):
                    switch EntityFileMerge.merge(file, base: old ?? [], ours: mine ?? [], theirs: their ?? [],
                                                 named: ("\(path) (basis)", path, "\(path) (theirs)")) {
                    case .success(let result):
                        merged = result.bytes
                        outcome.conflicts += result.conflicts.map {
                            SyncConflict.found(base: $0.base, ours: $0.ours, theirs: $0.theirs, fields: $0.fields.map(\.key))
                        }
                        outcome.renumbered += result.renumbered
                    case .failure(let refused):
                        problems += refused.problems
                        merged = mine
                    }
                case .lines: merged = JournalMerge.union(mine ?? [], their ?? [])
                case .views: merged = mergedViews(base: old, ours: mine, theirs: their) ?? mine
                case .lab:
                    merged = mine ?? their
                    outcome.keptOurs.append(path)
                case .generated, nil: merged = mine ?? their
                }
            }
            if let merged { outcome.files[path] = merged }
        }
        guard problems.isEmpty else { return .failure(EntityProblems(problems: problems)) }
        if !outcome.renumbered.isEmpty { renumberHistory(&outcome, theirs: theirs) }
        if !outcome.conflicts.isEmpty {
            let records = Array(outcome.conflicts.map { $0.line + "\n" }.joined().utf8)
            outcome.files[ConflictsFile.fileName] = JournalMerge.union(outcome.files[ConflictsFile.fileName] ?? [], records)
        }
        return .success(outcome)
    }

    /// Tells ours' lines of a renumbered commitment (those theirs does not have) its new number.
    private static func renumberHistory(_ outcome: inout Outcome, theirs: Tree) {
        let numbers = Dictionary(outcome.renumbered.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        var theirEdits = Set<String>()
        for (path, bytes) in theirs where SyncedFile.role(of: path) == .lines {
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                if let edit = member("edit", of: line) { theirEdits.insert(edit) }
            }
        }
        for (path, bytes) in outcome.files where SyncedFile.role(of: path) == .lines && path != ConflictsFile.fileName {
            var changed = false
            let lines = bytes.split(separator: UInt8(ascii: "\n")).map { line -> ArraySlice<UInt8> in
                guard member("entity", of: line) == EntityKind.commitment.rawValue, let id = member("id", of: line), let number = numbers[id],
                      let edit = member("edit", of: line), !theirEdits.contains(edit),
                      let root = try? JSONParser.parse(Array(line)) else { return line }
                changed = true
                return ArraySlice(JSONWriter.compact(renumbered(root.value, to: number)).utf8)
            }
            if changed { outcome.files[path] = Array(lines.map { Array($0) + [UInt8(ascii: "\n")] }.joined()) }
        }
    }

    /// The line's `id` and its `value`'s `id` set to `number`.
    private static func renumbered(_ line: JSONValue, to number: String) -> JSONValue {
        guard case .object(let members) = line else { return line }
        return .object(members.map { member in
            switch member.key {
            case "id": JSONMember("id", JSONNode(.string(number)))
            case "value": JSONMember("value", JSONNode(renumbered(member.value.value, to: number)))
            default: member
            }
        })
    }

    private static func member(_ key: String, of line: ArraySlice<UInt8>) -> String? {
        guard let root = try? JSONParser.parse(Array(line)), case .object(let members) = root.value,
              case .string(let text)? = members.first(where: { $0.key == key })?.value.value else { return nil }
        return text
    }

    /// views.json of both sides by the views' names: a view only one side changed, added or
    /// removed takes that side's; one both changed keeps ours. `nil` when a version is not such a file.
    private static func mergedViews(base: [UInt8]?, ours: [UInt8]?, theirs: [UInt8]?) -> [UInt8]? {
        func views(_ bytes: [UInt8]?) -> (root: [JSONMember], views: [NamedView])? {
            guard let bytes else { return ([], []) }
            guard let root = try? JSONParser.parse(bytes), case .object(let members) = root.value else { return nil }
            guard case .array(let nodes)? = members.first(where: { $0.key == "views" })?.value.value else { return (members, []) }
            let named = nodes.compactMap(NamedView.init)
            return named.count == nodes.count ? (members, named) : nil
        }
        guard let old = views(base), let mine = views(ours), let their = views(theirs) else { return nil }
        let before = Dictionary(old.views.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        let theirsByName = Dictionary(their.views.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let ourNames = Set(mine.views.map(\.name))
        var merged: [JSONNode] = []
        for view in mine.views {
            let theirView = theirsByName[view.name]
            if before[view.name] == view.text, theirView == nil { continue }
            merged.append(before[view.name] == view.text ? theirView!.node : view.node)
        }
        merged += their.views.filter { !ourNames.contains($0.name) && before[$0.name] != $0.text }.map(\.node)
        let template = mine.root.isEmpty ? their.root : mine.root
        let root = template.filter { $0.key != "views" } + [JSONMember("views", JSONNode(.array(merged)))]
        return Array((JSONWriter.prettyPrinted(.object(root)) + "\n").utf8)
    }

    private struct NamedView {
        let name: String
        /// The view written out, to compare versions by.
        let text: String
        let node: JSONNode

        init?(_ node: JSONNode) {
            guard case .object(let fields) = node.value, case .string(let name)? = fields.first(where: { $0.key == "name" })?.value.value else { return nil }
            self.name = name
            text = JSONWriter.compact(node.value)
            self.node = node
        }
    }
}
