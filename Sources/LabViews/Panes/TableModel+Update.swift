// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

import LabModel

/// A table after some of its entities changed, worked out from the table before: the search
/// texts of the other rows are kept, and the rows shown keep their order with the changed ones
/// taken out and put back where the filter and the sort now put them.
extension TableModel {
    /// The positions of rows that differ from `old`'s: the rows of `changedIDs`, and any added at
    /// the end. `nil` when the other rows are not `old`'s rows in the same places.
    func changedPositions(since old: TableModel, changedIDs: Set<String>) -> Set<Int>? {
        guard ids.begins(with: old.ids) else { return nil }
        var positions = Set(old.ids.count..<ids.count)
        for id in changedIDs {
            guard let position = rowPosition?(id) ?? ids.firstIndex(of: id) else { continue }
            positions.insert(position)
        }
        return positions
    }

    /// `previous`, this table's rows for the same filter and order before the rows at `changed`
    /// changed, with those rows put where they belong now.
    func rows(updating previous: RowList, changed: Set<Int>, filter: RowFilter, sortColumn: Int?, descending: Bool)
        -> (rows: RowList, left: [Int], entered: [Int]) {
        var left: [Int] = []
        var order = previous.order.filter { position in
            guard changed.contains(position) else { return true }
            left.append(position)
            return false
        }
        let entered = matching(changed.sorted(), filter)
        for position in entered {
            let place = order.partitioningIndex { comesBefore(position, $0, sortColumn: sortColumn, descending: descending) }
            order.insert(position, at: place)
        }
        return (RowList(model: self, order: order), left, entered)
    }

    func comesBefore(_ left: Int, _ right: Int, sortColumn: Int?, descending: Bool) -> Bool {
        guard let sortColumn, sortColumn < columns.count else { return Self.comesBefore((left, nil), (right, nil), descending: descending) }
        return Self.comesBefore((left, sortKey(left, sortColumn)), (right, sortKey(right, sortColumn)), descending: descending)
    }

    /// The order of the rows shown: by the sort column's keys, rows of equal keys in their natural
    /// order; with no sort, natural order (reversed when descending).
    static func comesBefore(_ left: (position: Int, key: SortKey?), _ right: (position: Int, key: SortKey?), descending: Bool) -> Bool {
        if let a = left.key, let b = right.key {
            if a != b { return descending ? a > b : a < b }
            return left.position < right.position
        }
        return descending ? left.position > right.position : left.position < right.position
    }
}

extension Array {
    /// The first index whose element satisfies `isAfter`, in an array where every element that
    /// satisfies it comes after every one that does not.
    func partitioningIndex(where isAfter: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
