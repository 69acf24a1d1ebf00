import Foundation

// Which of a paragraph's overlapping candidate names are kept.
extension EntityRecognizer {
    /// Longest first, then leftmost, then the rule with the stronger evidence. A name that
    /// hides others never hides a person found by a title or a given name. Returns the indices
    /// of the candidates kept, in text order.
    /// Arrays `resolve` works in, kept from segment to segment.
    struct ResolveBuffers {
        var strong: [(lo: Int, hi: Int)] = []
        var order: [Int] = []
        var taken: [Bool] = []
        var kept: [Int] = []
    }

    func resolve(_ cands: [Candidate], _ b: inout ResolveBuffers) {
        b.strong.removeAll(keepingCapacity: true)
        b.order.removeAll(keepingCapacity: true)
        b.kept.removeAll(keepingCapacity: true)
        var maxHi = 0
        // Candidates are plain values (no strings), so the ordering reads them in place.
        cands.withUnsafeBufferPointer { cands in
            for k in cands.indices {
                if cands[k].kind == .person && cands[k].priority >= 5 && !cands[k].blocks { b.strong.append((cands[k].lo, cands[k].hi)) }
                maxHi = max(maxHi, cands[k].hi)
            }
            // Tokens inside a strong person: a name that hides others may not overlap them
            // (marked token by token, so the test stays linear in the text). `taken` is all
            // false between uses: what is marked is cleared again, span by span.
            if b.taken.count < maxHi { b.taken.append(contentsOf: repeatElement(false, count: maxHi - b.taken.count)) }
            for s in b.strong { for t in s.lo..<s.hi { b.taken[t] = true } }
            for k in cands.indices {
                if !cands[k].blocks || !(cands[k].lo..<cands[k].hi).contains(where: { b.taken[$0] }) { b.order.append(k) }
            }
            for s in b.strong { for t in s.lo..<s.hi { b.taken[t] = false } }
            b.order.sort { x, y in
                let alo = cands[x].lo, clo = cands[y].lo
                let la = cands[x].hi - alo, lc = cands[y].hi - clo
                if la != lc { return la > lc }
                if alo != clo { return alo < clo }
                return cands[x].priority > cands[y].priority
            }
            for k in b.order {
                let lo = cands[k].lo, hi = cands[k].hi
                if (lo..<hi).contains(where: { b.taken[$0] }) { continue }
                for i in lo..<hi { b.taken[i] = true }
                b.kept.append(k)
            }
            for k in b.kept { for i in cands[k].lo..<cands[k].hi { b.taken[i] = false } }
            b.kept.sort { cands[$0].lo < cands[$1].lo }
        }
    }
}
