import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension ConflictFinder {
    /// Word meanings worked out once per process, found by a word's lower-cased bytes (ASCII
    /// words) or its lower-cased text, each topic term numbered once per process. A claim's
    /// words are looked up together under one read lock, and its terms interned per search by
    /// those numbers: no word is hashed as a `String` twice (a search over one article's claims
    /// meets mostly words seen before).
    final class MeaningTable: @unchecked Sendable {
        private let lock: UnsafeMutablePointer<pthread_rwlock_t>
        /// Lower-cased ASCII words -> index into `infos`.
        private var ascii = ByteTable()
        /// Other lower-cased words -> index into `infos`.
        private var other: [String: Int32] = [:]
        /// Meanings; `term` is a process-wide term number (`termTexts`), or -1.
        private var infos: [WordInfo] = []
        private var termNumbers: [String: Int32] = [:]
        private var termTexts: [String] = []
        /// Words and terms kept at most (memory stays bounded on any input); past them, a word's
        /// meaning is worked out each time, and a new term is known by its text.
        private let limit = 400_000
        private let termLimit = 1_000_000

        init() {
            lock = .allocate(capacity: 1)
            pthread_rwlock_init(lock, nil)
        }

        deinit {
            pthread_rwlock_destroy(lock)
            lock.deallocate()
        }

        /// Entity names -> the terms of their words (`TopicTerms.stem` of each lower-cased word
        /// between spaces), with their numbers.
        private var nameTerms: [String: [(text: String, number: Int32)]] = [:]
        private let nameLimit = 200_000

        /// The terms of the words of an entity's name, each with its number (-1 past `termLimit`).
        func terms(ofName name: String) -> [(text: String, number: Int32)] {
            pthread_rwlock_rdlock(lock)
            let known = nameTerms[name]
            pthread_rwlock_unlock(lock)
            if let known { return known }
            let stems = SpaceWords.of(name).map { TopicTerms.stem($0.lowercased()) }
            pthread_rwlock_wrlock(lock)
            defer { pthread_rwlock_unlock(lock) }
            let value = stems.map { (text: $0, number: numberLocked($0)) }
            if nameTerms.count < nameLimit { nameTerms[name] = value }
            return value
        }

        /// The process-wide number of term `text`, or -1 when terms are full and it has none.
        /// (Write lock held.)
        private func numberLocked(_ text: String) -> Int32 {
            if let known = termNumbers[text] { return known }
            guard termTexts.count < termLimit else { return -1 }
            let n = Int32(termTexts.count)
            termTexts.append(text)
            termNumbers[text] = n
            return n
        }

        /// The meanings of word tokens `tokens` of the text whose bytes are `b`, as `meaning` of
        /// each lower-cased word (`ClaimWords.lower`), with terms interned in `terms` in word order.
        func infos(of tokens: [WordToken], in b: UnsafeBufferPointer<UInt8>, terms: inout TermInterner) -> [WordInfo] {
            var out = [WordInfo](repeating: WordInfo(), count: tokens.count)
            var missing: [Int] = []
            var scratch = [UInt8](repeating: 0, count: 64)
            pthread_rwlock_rdlock(lock)
            for (k, t) in tokens.enumerated() {
                let from = Int(t.byteStart), n = Int(t.byteEnd) - from
                var index: Int32 = -1
                if t.flags.contains(.ascii) {
                    if !t.flags.contains(.asciiUpper) {
                        index = ascii.find(b.baseAddress! + from, n).id
                    } else {
                        if scratch.count < n { scratch = [UInt8](repeating: 0, count: n) }
                        index = scratch.withUnsafeMutableBufferPointer { s in
                            for i in 0..<n {
                                let c = b[from + i]
                                s[i] = c &- 0x41 < 26 ? c | 0x20 : c
                            }
                            return ascii.find(UnsafePointer(s.baseAddress!), n).id
                        }
                    }
                } else {
                    index = other[ClaimWords.lower(b, from, Int(t.byteEnd), t.flags)] ?? -1
                }
                if index >= 0 { out[k] = infos[Int(index)] } else { missing.append(k) }
            }
            pthread_rwlock_unlock(lock)
            // Terms known only by their text (past `termLimit`), by -2 - their index here.
            var textOnly: [String] = []
            if !missing.isEmpty {
                let computed = missing.map { k -> (String, WordMeaning) in
                    let t = tokens[k]
                    let w = ClaimWords.lower(b, Int(t.byteStart), Int(t.byteEnd), t.flags)
                    return (w, ConflictFinder.meaning(w))
                }
                pthread_rwlock_wrlock(lock)
                for (m, k) in missing.enumerated() {
                    let (w, meaning) = computed[m]
                    let isASCII = tokens[k].flags.contains(.ascii)
                    let key = isASCII ? Array(w.utf8) : []
                    // (Another search may have added it meanwhile.)
                    let known = isASCII ? key.withUnsafeBufferPointer { ascii.find($0.baseAddress!, $0.count).id } : other[w] ?? -1
                    if known >= 0 {
                        out[k] = infos[Int(known)]
                        continue
                    }
                    var info = meaning.info
                    if let text = meaning.term {
                        let n = numberLocked(text)
                        if n < 0 {
                            info.term = -2 - Int32(textOnly.count)
                            textOnly.append(text)
                            out[k] = info
                            continue
                        }
                        info.term = n
                    }
                    out[k] = info
                    guard infos.count < limit, !isASCII || (key.count < Int(UInt16.max)) else { continue }
                    if isASCII { ascii.insert(key, Int32(infos.count), flags: 0) } else { other[w] = Int32(infos.count) }
                    infos.append(info)
                }
                pthread_rwlock_unlock(lock)
            }
            // The search's own term ids, in word order.
            pthread_rwlock_rdlock(lock)
            for k in out.indices where out[k].term != -1 {
                let n = out[k].term
                out[k].term = n >= 0 ? terms.id(number: n) { termTexts[Int(n)] } : terms.id(text: textOnly[Int(-2 - n)])
            }
            pthread_rwlock_unlock(lock)
            return out
        }
    }

    static let meaningTable = MeaningTable()

    /// Terms interned to dense ids (in the order first met), keyed by their process-wide number
    /// (`MeaningTable`), or by their text when they have none.
    struct TermInterner {
        private(set) var names: [String] = []
        /// Per id, the term's process-wide number, or -1.
        private(set) var numbers: [Int32] = []
        /// Open addressing on numbers: ids, -1 for empty.
        private var slots = [Int32](repeating: -1, count: 64)
        private var byText: [String: Int32] = [:]

        /// The id of the term numbered `number` (>= 0), whose text `text` gives.
        mutating func id(number: Int32, _ text: () -> String) -> Int32 {
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: UInt32(bitPattern: number) &* 0x9E37_79B1) & mask
            while true {
                let id = slots[s]
                if id < 0 { break }
                if numbers[Int(id)] == number { return id }
                s = (s + 1) & mask
            }
            let id = Int32(names.count)
            names.append(text())
            numbers.append(number)
            slots[s] = id
            if names.count * 2 > slots.count { grow() }
            return id
        }

        /// The id of a term known by its text only.
        mutating func id(text: String) -> Int32 {
            if let known = byText[text] { return known }
            let id = Int32(names.count)
            names.append(text)
            numbers.append(-1)
            byText[text] = id
            return id
        }

        /// The id of term `text` whose number is `number` (-1 when it has none).
        mutating func id(text: String, number: Int32) -> Int32 {
            number >= 0 ? id(number: number) { text } : id(text: text)
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            let mask = slots.count - 1
            for (id, number) in numbers.enumerated() where number >= 0 {
                var s = Int(truncatingIfNeeded: UInt32(bitPattern: number) &* 0x9E37_79B1) & mask
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(id)
            }
        }
    }
}
