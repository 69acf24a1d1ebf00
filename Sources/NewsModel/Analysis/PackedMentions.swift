/// An article's mentions held compactly while the corpus-wide conflict search runs, which reads
/// only claims: each mention as a few varint bytes (its entity as a number into the corpus's
/// entities, its surface text as a number into the article's distinct texts), under 10 bytes
/// instead of 48 and a string of its own (10,000 articles: 500,000 mentions, 25 MB less at the
/// cold open's peak). `mentions(_:)` gives back exactly the mentions packed.
struct PackedMentions: Sendable {
    private var bytes: [UInt8] = []
    /// The article's distinct surface texts, and entity ids not among the entities (none in an
    /// analysis; kept so any mention comes back as it was).
    private var strings: [String] = []

    init() {}

    /// Packs `mentions`; `numbers` gives each entity id's index in `entities`.
    init(_ mentions: [Mention], entities: [Entity], numbers: [String: Int]) {
        guard !mentions.isEmpty else { return }
        var stringIndex: [String: Int] = [:]
        func string(_ s: String) -> Int {
            if let known = stringIndex[s] { return known }
            stringIndex[s] = strings.count
            strings.append(s)
            return strings.count - 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(mentions.count * 10)
        func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                out.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            out.append(UInt8(v))
        }
        func uint(_ value: Int) { varint(UInt64(value)) }
        // (Zigzag: small negative numbers, the title's and standfirst's paragraphs, stay short.)
        func int(_ value: Int) {
            let v = Int64(value)
            varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
        }
        uint(mentions.count)
        for m in mentions {
            if let n = numbers[m.entity], entities[n].id == m.entity {
                uint(n + 1)
            } else {
                uint(0)
                uint(string(m.entity))
            }
            out.append(AnalysisCodec.code(m.kind) | AnalysisCodec.code(m.form) << 4)
            uint(string(m.text))
            int(m.paragraph)
            int(m.start)
            int(m.end - m.start)
        }
        bytes = out.withUnsafeBufferPointer { Array($0) }
        strings = strings.withUnsafeBufferPointer { Array($0) }
    }

    /// The mentions packed, their entity ids the very strings of `entities`' ids.
    func mentions(_ entities: [Entity]) -> [Mention] {
        guard !bytes.isEmpty else { return [] }
        var at = 0
        func varint() -> UInt64 {
            var v: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = bytes[at]
                at += 1
                v |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return v }
                shift += 7
            }
        }
        func uint() -> Int { Int(varint()) }
        func int() -> Int {
            let u = varint()
            return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
        }
        let count = uint()
        var out: [Mention] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let e = uint()
            let entity = e > 0 ? entities[e - 1].id : strings[uint()]
            let kinds = bytes[at]
            at += 1
            let text = strings[uint()]
            let paragraph = int(), start = int()
            out.append(Mention(entity: entity, kind: (try? AnalysisCodec.entityKind(kinds & 0x0F)) ?? .place,
                               form: (try? AnalysisCodec.mentionForm(kinds >> 4)) ?? .handle, text: text,
                               paragraph: paragraph, start: start, end: start + int()))
        }
        return out
    }
}
