// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// What a name typed after a command found.
enum Found<Item> {
    case one(Item)
    case several([Item])
    case none

    init(_ items: [Item]) {
        self = items.count == 1 ? .one(items[0]) : items.isEmpty ? .none : .several(items)
    }

    func map<Other>(_ transform: (Item) -> Other) -> Found<Other> {
        switch self {
        case .one(let item): .one(transform(item))
        case .several(let items): .several(items.map(transform))
        case .none: .none
        }
    }
}
