import Foundation

/// Every word the gazetteers and lexicons know, interned to a small integer, with what is known
/// about it (a stopword, a given name, an organisation head, a country's name...). Tokens carry
/// the id of their text and of their lower-cased text, so the recogniser compares integers and
/// reads flags instead of hashing strings.
///
/// Ids follow `String` equality (canonical equivalence), as the `Set<String>` and dictionary
/// lookups they replace did: non-ASCII text is looked up through a `[String: Int32]`, ASCII text
/// through a table of its bytes that also holds the ASCII spelling of the rare non-ASCII words
/// that equal one (a Kelvin sign for a K).
///
/// A class, so the recogniser's functions share it without copying its arrays; it is filled
/// while the gazetteer is built and never changes after (hence `@unchecked Sendable`).
final class WordTable: @unchecked Sendable {
    /// What a word is; several can hold.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let stopword = Flags(rawValue: 1 << 0)
        static let givenName = Flags(rawValue: 1 << 1)
        static let surname = Flags(rawValue: 1 << 2)
        static let organizationHead = Flags(rawValue: 1 << 3)
        static let organizationLead = Flags(rawValue: 1 << 4)
        static let placeHead = Flags(rawValue: 1 << 5)
        static let connector = Flags(rawValue: 1 << 6)
        static let nameParticle = Flags(rawValue: 1 << 7)
        static let regionWord = Flags(rawValue: 1 << 8)
        static let sportsTerm = Flags(rawValue: 1 << 9)
        /// A country's name, alias or demonym, lower-cased (see `country`).
        static let country = Flags(rawValue: 1 << 10)
        /// The first word of a gazetteer phrase.
        static let phraseStart = Flags(rawValue: 1 << 11)
        /// The first word of a title, lower-cased.
        static let titleStart = Flags(rawValue: 1 << 12)
        /// A stopword that can still open the name of an organisation or place ("Supreme Court",
        /// "National Science Foundation", "North Sea").
        static let nameModifier = Flags(rawValue: 1 << 13)
        /// A place head that is a common surname too ("Hill", "Hall"), which may end a longer personal name.
        static let surnameHead = Flags(rawValue: 1 << 14)
        /// Lower-case words that name an organisation by context: "officials", "member(s) of" (see `Lexicon.organizationContext`).
        static let organizationContext = Flags(rawValue: 1 << 15)
    }

    /// Words the rules compare tokens with; interned first, so their ids are these constants.
    static let literals: [String] = [
        "'", "’", "s", "to", "of", "for", "the", "$", "€", "-", "and", "&", "Ministry", "Agency", "Department",
        "in", "at", "from", "across", "throughout",
        "(", ")", ",", ".", "member", "members", "officials", "organization", "organisation", "Team", "Group",
        "School", "District", "lost", "lose", "losing", "beat", "near", "on", "The",
    ]
    static let apostrophe: Int32 = 0, rightQuote: Int32 = 1, s: Int32 = 2, to: Int32 = 3, of: Int32 = 4, for_: Int32 = 5
    static let the: Int32 = 6, dollar: Int32 = 7, euro: Int32 = 8, hyphen: Int32 = 9, and: Int32 = 10, ampersand: Int32 = 11
    static let ministry: Int32 = 12, agency: Int32 = 13, department: Int32 = 14
    static let in_: Int32 = 15, at: Int32 = 16, from: Int32 = 17, across: Int32 = 18, throughout: Int32 = 19
    static let openParen: Int32 = 20, closeParen: Int32 = 21, comma: Int32 = 22, period: Int32 = 23
    static let member: Int32 = 24, members: Int32 = 25, officials: Int32 = 26, organization: Int32 = 27, organisation: Int32 = 28
    static let team: Int32 = 29, group: Int32 = 30, school: Int32 = 31, district: Int32 = 32
    static let lost: Int32 = 33, lose: Int32 = 34, losing: Int32 = 35, beat: Int32 = 36, near: Int32 = 37, on: Int32 = 38
    static let theCapital: Int32 = 39

    private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]
    private var flagsByID: [Flags] = []
    /// Country id (index into `countries`) of a lower-cased country name, alias or demonym; -1 if none.
    private var countryByID: [Int32] = []
    private(set) var countries: [String] = []
    private var ascii = ByteTable()
    /// Ids of one-scalar words and of their lower-cased forms, for the scalars `Tokenizer.singleScalars` covers.
    private var singleWord: [Int32] = []
    private var singleLower: [Int32] = []
    /// Per id of an ASCII word: the id of its lower-cased form (-1 none), worked out once; -2
    /// for the other words.
    private var asciiLower: [Int32] = []

    init() {
        for word in Self.literals { _ = intern(word) }
        precondition(ids["throughout"] == Self.throughout && ids["’"] == Self.rightQuote && ids["The"] == Self.theCapital)
    }

    var count: Int { strings.count }

    /// The id of `word`, adding it when new.
    @discardableResult
    func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(strings.count)
        ids[word] = id
        strings.append(word)
        flagsByID.append([])
        countryByID.append(-1)
        return id
    }

    func mark(_ word: String, _ flags: Flags) {
        mark(intern(word), flags)
    }

    func mark(_ id: Int32, _ flags: Flags) {
        flagsByID[Int(id)].formUnion(flags)
    }

    func setCountry(_ word: String, _ country: String) {
        let id = intern(word)
        flagsByID[Int(id)].insert(.country)
        if let k = countries.firstIndex(of: country) {
            countryByID[Int(id)] = Int32(k)
        } else {
            countries.append(country)
            countryByID[Int(id)] = Int32(countries.count - 1)
        }
    }

    /// Builds the byte table; call once all words are in.
    func finish() {
        var table = ByteTable()
        table.reserve(strings.count + 16)
        for (i, word) in strings.enumerated() {
            if let bytes = Self.asciiSpelling(word) { table.insert(bytes, Int32(i), flags: flagsByID[i].rawValue) }
        }
        ascii = table
        asciiLower = strings.map { word -> Int32 in
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return -2 }
            let lower = word.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            return lower.withUnsafeBufferPointer { b in b.isEmpty ? -1 : table.find(b.baseAddress!, b.count).id }
        }
        singleWord = Tokenizer.singleScalars.map { v in id(String(Character(Unicode.Scalar(v)!))) }
        singleLower = Tokenizer.singleScalars.map { v in id(String(Character(Unicode.Scalar(v)!)).lowercased()) }
    }

    /// The ids of the one-scalar text `v` and of its lower-cased form (`v` in `Tokenizer.singleScalars`).
    @inline(__always)
    func single(_ v: UInt32) -> (word: Int32, lower: Int32) {
        let k = Tokenizer.singleIndex(v)
        return (singleWord[k], singleLower[k])
    }

    /// The ASCII string equal to `word`, if there is one: its own bytes, or those of the three
    /// non-ASCII scalars that are canonically equivalent to an ASCII character.
    private static func asciiSpelling(_ word: String) -> [UInt8]? {
        var out: [UInt8] = []
        for s in word.unicodeScalars {
            switch s.value {
            case 0..<0x80: out.append(UInt8(s.value))
            case 0x212A: out.append(0x4B) // KELVIN SIGN = K
            case 0x037E: out.append(0x3B) // GREEK QUESTION MARK = ;
            case 0x1FEF: out.append(0x60) // GREEK VARIA = `
            default: return nil
            }
        }
        return out
    }

    // MARK: - Lookups

    func id(_ word: String) -> Int32 { ids[word] ?? -1 }

    @inline(__always)
    func id(ascii p: UnsafePointer<UInt8>, count: Int) -> Int32 { ascii.find(p, count).id }

    /// The id and flags of an ASCII word.
    @inline(__always)
    func lookup(ascii p: UnsafePointer<UInt8>, count: Int) -> (Int32, Flags) {
        let (id, flags) = ascii.find(p, count)
        return (id, Flags(rawValue: flags))
    }

    /// The id and flags of an ASCII word whose first eight bytes (zero-padded) are `prefix`
    /// (bytes beyond eight are read from `p`).
    @inline(__always)
    func lookup(ascii p: UnsafePointer<UInt8>, count: Int, prefix: UInt64) -> (Int32, Flags) {
        let (id, flags) = ascii.find(p, count, prefix: prefix)
        return (id, Flags(rawValue: flags))
    }

    @inline(__always)
    func flags(_ id: Int32) -> Flags { id < 0 ? [] : flagsByID[Int(id)] }

    /// The id and flags of the lower-cased form of ASCII word `id` (found from its bytes), or nil
    /// when they must be looked up.
    @inline(__always)
    func lowerOfASCII(_ id: Int32) -> (Int32, Flags)? {
        let lower = asciiLower[Int(id)]
        if lower == -2 { return nil }
        return (lower, flags(lower))
    }

    @inline(__always)
    func has(_ id: Int32, _ flag: Flags) -> Bool { id >= 0 && flagsByID[Int(id)].contains(flag) }

    func has(_ word: String, _ flag: Flags) -> Bool { has(id(word), flag) }

    /// The country entity id of a lower-cased word ("russian" -> "country/ru").
    @inline(__always)
    func country(_ lowerID: Int32) -> String? {
        guard lowerID >= 0 else { return nil }
        let k = countryByID[Int(lowerID)]
        return k < 0 ? nil : countries[Int(k)]
    }

    /// The index in `countries` of a lower-cased word's country; -1 if none.
    @inline(__always)
    func countryIndex(_ lowerID: Int32) -> Int32 { lowerID < 0 ? -1 : countryByID[Int(lowerID)] }

    @inline(__always)
    func hasCountry(_ lowerID: Int32) -> Bool { lowerID >= 0 && countryByID[Int(lowerID)] >= 0 }
}

/// An open-addressing hash table from byte strings to ids. A slot holds the key's first eight
/// bytes, its length and its id, so most lookups read one slot and nothing else.
struct ByteTable: Sendable {
    private struct Slot: Sendable {
        /// The key's first eight bytes, zero-padded (little-endian).
        var prefix: UInt64 = 0
        /// Key length; 0 marks an empty slot.
        var length: UInt16 = 0
        /// What is known of the word (`WordTable.Flags`).
        var flags: UInt16 = 0
        var id: Int32 = -1
    }

    private var slots: [Slot] = Array(repeating: Slot(), count: 16)
    /// Bytes 8... of keys longer than eight bytes, by slot index into `tails`.
    private var tailStart: [Int32] = []
    private var tails: [UInt8] = []
    /// Per slot: index into tailStart, or -1.
    private var slotTail: [Int32] = Array(repeating: -1, count: 16)
    private var count = 0
    private var mask = 15
    /// A Bloom filter of the keys (two bits each, from the hash), small enough for the L1 cache:
    /// most words of a text are not keys, and the filter turns them away without a probe.
    private var bloom = [UInt64](repeating: 0, count: 1 << 12)

    mutating func reserve(_ n: Int) {
        var capacity = 16
        while capacity * 2 < n * 3 { capacity <<= 1 }
        if capacity > slots.count { rehash(capacity) }
    }

    private mutating func rehash(_ capacity: Int) {
        let old = slots, oldTail = slotTail
        slots = Array(repeating: Slot(), count: capacity)
        slotTail = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (i, slot) in old.enumerated() where slot.length > 0 {
            var s = Int(truncatingIfNeeded: Self.hash(prefix: slot.prefix, tail: tailHash(oldTail[i], Int(slot.length)), length: Int(slot.length))) & mask
            while slots[s].length > 0 { s = (s + 1) & mask }
            slots[s] = slot
            slotTail[s] = oldTail[i]
        }
    }

    private func tailHash(_ tail: Int32, _ length: Int) -> UInt64 {
        guard tail >= 0 else { return 0 }
        return tails.withUnsafeBufferPointer { b in Self.hashTail(b.baseAddress! + Int(tailStart[Int(tail)]), length - 8) }
    }

    mutating func insert(_ key: [UInt8], _ id: Int32, flags: UInt16) {
        guard !key.isEmpty, key.count < Int(UInt16.max) else { return }
        let existing = key.withUnsafeBufferPointer { find($0.baseAddress!, $0.count) }
        if existing.id >= 0 { return }
        if (count + 1) * 10 > slots.count * 7 { rehash(slots.count * 2) }
        var tail: Int32 = -1
        if key.count > 8 {
            tailStart.append(Int32(tails.count))
            tails.append(contentsOf: key[8...])
            tail = Int32(tailStart.count - 1)
        }
        let prefix = key.withUnsafeBufferPointer { Self.prefix($0.baseAddress!, $0.count) }
        let h = key.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s].length > 0 { s = (s + 1) & mask }
        slots[s] = Slot(prefix: prefix, length: UInt16(key.count), flags: flags, id: id)
        let (w1, b1, w2, b2) = Self.bloomBits(h)
        bloom[w1] |= b1
        bloom[w2] |= b2
        slotTail[s] = tail
        count += 1
    }

    /// The id and flags of a key; id -1 when absent.
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> (id: Int32, flags: UInt16) {
        find(p, n, prefix: Self.prefix(p, n))
    }

    /// `find` with the key's first eight bytes given (zero-padded); bytes beyond are read from `p`.
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ n: Int, prefix: UInt64) -> (id: Int32, flags: UInt16) {
        let h = Self.hash(prefix: prefix, tail: n > 8 ? Self.hashTail(p + 8, n - 8) : 0, length: n)
        let (w1, b1, w2, b2) = Self.bloomBits(h)
        let present = bloom.withUnsafeBufferPointer { $0[w1] & b1 != 0 && $0[w2] & b2 != 0 }
        if !present { return (-1, 0) }
        return slots.withUnsafeBufferPointer { slots in
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = slots[s]
                if slot.length == 0 { return (-1, 0) }
                if slot.prefix == prefix && Int(slot.length) == n && (n <= 8 || tailEqual(s, p + 8, n - 8)) { return (slot.id, slot.flags) }
                s = (s + 1) & mask
            }
        }
    }

    private func tailEqual(_ s: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let start = Int(tailStart[Int(slotTail[s])])
        return tails.withUnsafeBufferPointer { b in
            for i in 0..<n where b[start + i] != p[i] { return false }
            return true
        }
    }

    /// Two bits of the Bloom filter (word index and mask) from a key's hash.
    @inline(__always)
    private static func bloomBits(_ h: UInt64) -> (Int, UInt64, Int, UInt64) {
        let a = Int(truncatingIfNeeded: h >> 40), b = Int(truncatingIfNeeded: h >> 22)
        return ((a >> 6) & 0xFFF, 1 << UInt64(a & 63), (b >> 6) & 0xFFF, 1 << UInt64(b & 63))
    }

    /// The first eight bytes (fewer, zero-padded), reading eight bytes: at least eight must be readable.
    @inline(__always)
    static func prefix8(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        return n >= 8 ? w : w & ((1 &<< UInt64(8 * n)) &- 1)
    }

    /// ASCII upper-case letters of eight bytes made lower-case (the bytes are ASCII).
    @inline(__always)
    static func lowercased(_ x: UInt64) -> UInt64 {
        let atLeastA = x &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where a byte >= 0x41
        let aboveZ = x &+ 0x2525_2525_2525_2525    // high bit set where a byte >= 0x5B
        let upper = atLeastA & ~aboveZ & 0x8080_8080_8080_8080
        return x | (upper >> 2)
    }

    /// The first eight bytes (fewer, zero-padded).
    @inline(__always)
    static func prefix(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        if n >= 8 { return UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) }
        var w: UInt64 = 0
        var shift: UInt64 = 0
        for i in 0..<n {
            w |= UInt64(p[i]) << shift
            shift += 8
        }
        return w
    }

    @inline(__always)
    static func hashTail(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            h = (h ^ UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n { h = (h ^ prefix(p + i, n - i)) &* 0x94D0_49BB_1331_11EB }
        return h
    }

    @inline(__always)
    static func hash(prefix: UInt64, tail: UInt64, length: Int) -> UInt64 {
        var h = (prefix ^ UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h ^= tail
        h ^= h >> 31
        h &*= 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 33)
    }

    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        hash(prefix: prefix(p, n), tail: n > 8 ? hashTail(p + 8, n - 8) : 0, length: n)
    }
}
