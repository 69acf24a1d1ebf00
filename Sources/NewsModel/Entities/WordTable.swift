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
struct WordTable: Sendable {
    /// What a word is; several can hold.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
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
    }

    /// Words the rules compare tokens with; interned first, so their ids are these constants.
    static let literals: [String] = [
        "'", "’", "s", "to", "of", "for", "the", "$", "€", "-", "and", "&", "Ministry", "Agency", "Department",
        "in", "at", "from", "across", "throughout",
    ]
    static let apostrophe: Int32 = 0, rightQuote: Int32 = 1, s: Int32 = 2, to: Int32 = 3, of: Int32 = 4, for_: Int32 = 5
    static let the: Int32 = 6, dollar: Int32 = 7, euro: Int32 = 8, hyphen: Int32 = 9, and: Int32 = 10, ampersand: Int32 = 11
    static let ministry: Int32 = 12, agency: Int32 = 13, department: Int32 = 14
    static let in_: Int32 = 15, at: Int32 = 16, from: Int32 = 17, across: Int32 = 18, throughout: Int32 = 19

    private(set) var strings: [String] = []
    private var ids: [String: Int32] = [:]
    private var flagsByID: [Flags] = []
    /// Country id (index into `countries`) of a lower-cased country name, alias or demonym; -1 if none.
    private var countryByID: [Int32] = []
    private(set) var countries: [String] = []
    private var ascii = ByteTable()

    init() {
        for word in Self.literals { _ = intern(word) }
        precondition(ids["throughout"] == Self.throughout && ids["’"] == Self.rightQuote)
    }

    var count: Int { strings.count }

    /// The id of `word`, adding it when new.
    @discardableResult
    mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(strings.count)
        ids[word] = id
        strings.append(word)
        flagsByID.append([])
        countryByID.append(-1)
        return id
    }

    mutating func mark(_ word: String, _ flags: Flags) {
        let id = intern(word)
        flagsByID[Int(id)].formUnion(flags)
    }

    mutating func setCountry(_ word: String, _ country: String) {
        let id = intern(word)
        if let k = countries.firstIndex(of: country) {
            countryByID[Int(id)] = Int32(k)
        } else {
            countries.append(country)
            countryByID[Int(id)] = Int32(countries.count - 1)
        }
    }

    /// Builds the byte table; call once all words are in.
    mutating func finish() {
        var table = ByteTable()
        table.reserve(strings.count + 16)
        for (i, word) in strings.enumerated() {
            if let bytes = Self.asciiSpelling(word) { table.insert(bytes, Int32(i)) }
        }
        ascii = table
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
    func id(ascii p: UnsafePointer<UInt8>, count: Int) -> Int32 { ascii.find(p, count) }

    @inline(__always)
    func flags(_ id: Int32) -> Flags { id < 0 ? [] : flagsByID[Int(id)] }

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

    @inline(__always)
    func hasCountry(_ lowerID: Int32) -> Bool { lowerID >= 0 && countryByID[Int(lowerID)] >= 0 }
}

/// An open-addressing hash table from byte strings to ids.
struct ByteTable: Sendable {
    private var slots: [Int32] = Array(repeating: -1, count: 16)
    private var keyStart: [Int32] = []
    private var keyLength: [Int32] = []
    private var keyID: [Int32] = []
    private var bytes: [UInt8] = []
    private var mask = 15

    mutating func reserve(_ n: Int) {
        var capacity = 16
        while capacity < n * 2 { capacity <<= 1 }
        if capacity > slots.count { rehash(capacity) }
    }

    private mutating func rehash(_ capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for k in keyID.indices {
            let h = bytes.withUnsafeBufferPointer { b in Self.hash(b.baseAddress! + Int(keyStart[k]), Int(keyLength[k])) }
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k)
        }
    }

    mutating func insert(_ key: [UInt8], _ id: Int32) {
        let existing = key.withUnsafeBufferPointer { find($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
        if existing >= 0 { return }
        if (keyID.count + 1) * 2 > slots.count { rehash(slots.count * 2) }
        keyStart.append(Int32(bytes.count))
        keyLength.append(Int32(key.count))
        keyID.append(id)
        bytes.append(contentsOf: key)
        let k = keyID.count - 1
        let h = key.withUnsafeBufferPointer { Self.hash($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(k)
    }

    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
        let h = Self.hash(p, n)
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { b in
                var slot = Int(truncatingIfNeeded: h) & mask
                while true {
                    let k = Int(slots[slot])
                    if k < 0 { return -1 }
                    if Int(keyLength[k]) == n && (n == 0 || memcmp(b.baseAddress! + Int(keyStart[k]), p, n) == 0) { return keyID[k] }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(p[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 31
        h &*= 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 33)
    }
}
