// SPDX-FileCopyrightText: 2026 Schuldenlab070 contributors
// SPDX-License-Identifier: EUPL-1.2

/// Which pairs of partners hang on a single partner: the pair is connected in the one-mode network,
/// and taking one partner out would part them. Found with Hopcroft and Tarjan's depth-first search
/// for cut vertices and blocks (biconnected parts), in one pass.
struct Separations {
    /// Per partner, the pairs of other partners that taking it out would part.
    var parted: [Int]
    /// Pairs that some single partner parts: connected pairs that share no block.
    var pairsOnOnePartner = 0
    /// The sizes of the connected parts, partners without a project counted as parts of one.
    var componentSizes: [Int] = []

    private struct Frame {
        let node: Int
        let parent: Int
        var next = 0
    }

    init(_ neighbours: [[Int]]) {
        let count = neighbours.count
        parted = Array(repeating: 0, count: count)
        var discovered = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var subtree = Array(repeating: 1, count: count)
        var pieceSum = Array(repeating: 0, count: count)
        var pieceSquares = Array(repeating: 0, count: count)
        var time = 0
        var frames: [Frame] = []
        var open: [Int] = []
        for root in 0..<count where discovered[root] < 0 {
            var component: [Int] = []
            func enter(_ node: Int, from parent: Int) {
                discovered[node] = time
                low[node] = time
                time += 1
                open.append(node)
                component.append(node)
                frames.append(Frame(node: node, parent: parent))
            }
            enter(root, from: -1)
            var blockPairs = 0
            while let frame = frames.last {
                let node = frame.node
                if frame.next < neighbours[node].count {
                    frames[frames.count - 1].next += 1
                    let neighbour = neighbours[node][frame.next]
                    if discovered[neighbour] < 0 {
                        enter(neighbour, from: node)
                    } else if neighbour != frame.parent {
                        low[node] = min(low[node], discovered[neighbour])
                    }
                    continue
                }
                frames.removeLast()
                let parent = frame.parent
                guard parent >= 0 else { continue }
                low[parent] = min(low[parent], low[node])
                subtree[parent] += subtree[node]
                if low[node] >= discovered[parent] {
                    pieceSum[parent] += subtree[node]
                    pieceSquares[parent] += subtree[node] * subtree[node]
                    var blockSize = 1
                    while let member = open.popLast() {
                        blockSize += 1
                        if member == node { break }
                    }
                    blockPairs += blockSize * (blockSize - 1) / 2
                }
            }
            open.removeAll()
            let size = component.count
            componentSizes.append(size)
            pairsOnOnePartner += size * (size - 1) / 2 - blockPairs
            for node in component {
                let rest = size - 1 - pieceSum[node]
                let total = pieceSum[node] + rest
                parted[node] = (total * total - pieceSquares[node] - rest * rest) / 2
            }
        }
    }
}
