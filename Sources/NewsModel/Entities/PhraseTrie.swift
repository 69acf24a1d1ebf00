/// A trie over token sequences: finds the longest known phrase starting at a token in time
/// proportional to the phrase length, whatever the number of phrases.
struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int32] = [:]
        var value: Int32 = -1
    }

    private var nodes: [Node] = [Node()]
    private(set) var values: [Value] = []

    /// Adds `phrase` (its tokens); merges into an existing value with `combine`.
    mutating func insert(_ phrase: [String], _ value: Value, combine: (inout Value, Value) -> Void) {
        guard !phrase.isEmpty else { return }
        var node = 0
        for word in phrase {
            if let next = nodes[node].children[word] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = Int32(nodes.count - 1)
                nodes[node].children[word] = next
                node = Int(next)
            }
        }
        if nodes[node].value >= 0 {
            combine(&values[Int(nodes[node].value)], value)
        } else {
            values.append(value)
            nodes[node].value = Int32(values.count - 1)
        }
    }

    /// The longest phrase starting at `start`: its length in tokens and its value.
    func longestMatch(_ words: [String], from start: Int, key: (String) -> String = { $0 }) -> (length: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)? = nil
        var i = start
        while i < words.count, let next = nodes[node].children[key(words[i])] {
            node = Int(next)
            i += 1
            if nodes[node].value >= 0 { best = (i - start, values[Int(nodes[node].value)]) }
        }
        return best
    }

    var count: Int { values.count }
}
