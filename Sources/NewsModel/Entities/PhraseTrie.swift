/// A trie over token sequences: finds the longest known phrase starting at a token in time
/// proportional to the phrase length, whatever the number of phrases.
///
/// Words are `WordTable` ids; the edges of all nodes live in one open-addressing hash table
/// keyed by (node, word), so a step costs one probe and no string hashing.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// An edge below the root: its key (node << 32 | word) and the child node.
    private struct Edge: Sendable {
        var key: UInt64 = PhraseTrie.empty
        var child: Int32 = -1
    }

    /// The root's children by word id (-1: none): most lookups stop there, and a plain array
    /// keeps them out of the hash table.
    private var root: [Int32] = []
    /// Edges of the other nodes, in an open-addressing hash table.
    private var slots: [Edge] = Array(repeating: Edge(), count: 64)
    private var mask = 63
    private var edges = 0
    /// Per node: index into `values` (-1: none), and whether it has children.
    private var nodeValue: [Int32] = [-1]
    private var hasChildren: [Bool] = [false]
    private(set) var values: [Value] = []

    private static var empty: UInt64 { UInt64.max }

    @inline(__always)
    private static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
    }

    /// The child of `node` by `word`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ word: Int32) -> Int32 {
        if word < 0 { return -1 }
        if node == 0 { return Int(word) < root.count ? root[Int(word)] : -1 }
        if !hasChildren[Int(node)] { return -1 }
        let k = Self.key(node, word)
        return slots.withUnsafeBufferPointer { slots in
            var s = Self.slot(k, mask)
            while true {
                let edge = slots[s]
                if edge.key == k { return edge.child }
                if edge.key == Self.empty { return -1 }
                s = (s + 1) & mask
            }
        }
    }

    private mutating func addEdge(_ node: Int32, _ word: Int32, _ child: Int32) {
        if node == 0 {
            if Int(word) >= root.count { root += [Int32](repeating: -1, count: Int(word) + 1 - root.count) }
            root[Int(word)] = child
            return
        }
        hasChildren[Int(node)] = true
        if (edges + 1) * 10 > slots.count * 7 { grow() }
        let k = Self.key(node, word)
        var s = Self.slot(k, mask)
        while slots[s].key != Self.empty { s = (s + 1) & mask }
        slots[s] = Edge(key: k, child: child)
        edges += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Edge(), count: old.count * 2)
        mask = slots.count - 1
        for edge in old where edge.key != Self.empty {
            var s = Self.slot(edge.key, mask)
            while slots[s].key != Self.empty { s = (s + 1) & mask }
            slots[s] = edge
        }
    }

    /// Adds `phrase` (its word ids); merges into an existing value with `combine`.
    mutating func insert(_ phrase: [Int32], _ value: Value, combine: (inout Value, Value) -> Void) {
        guard !phrase.isEmpty, phrase.allSatisfy({ $0 >= 0 }) else { return }
        var node: Int32 = 0
        for word in phrase {
            var next = child(node, word)
            if next < 0 {
                next = Int32(nodeValue.count)
                nodeValue.append(-1)
                hasChildren.append(false)
                addEdge(node, word, next)
            }
            node = next
        }
        let v = nodeValue[Int(node)]
        if v >= 0 {
            combine(&values[Int(v)], value)
        } else {
            values.append(value)
            nodeValue[Int(node)] = Int32(values.count - 1)
        }
    }

    /// The longest phrase starting at token `start` of `count` tokens whose word ids `word`
    /// gives: its length in tokens and the index of its value in `values`.
    @inline(__always)
    func longestMatch(from start: Int, count: Int, word: (Int) -> Int32) -> (length: Int, value: Int32)? {
        var node: Int32 = 0
        var best: (Int, Int32)? = nil
        var i = start
        while i < count {
            let next = child(node, word(i))
            if next < 0 { break }
            node = next
            i += 1
            let v = nodeValue[Int(node)]
            if v >= 0 { best = (i - start, v) }
        }
        return best
    }

    /// The value of the one-word phrase `word`, or -1.
    func single(_ word: Int32) -> Int32 {
        let node = child(0, word)
        return node < 0 ? -1 : nodeValue[Int(node)]
    }

    var count: Int { values.count }
}
