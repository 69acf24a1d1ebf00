import Foundation

/// Who claimed what, where: one reported statement of an article.
///
/// Kept lean, as a corpus holds hundreds of thousands: the text is a slice that shares its
/// paragraph's storage when it was made from one (`sharingText(of:)`), and the paragraph and
/// offsets are stored as 32-bit numbers (files are far smaller than 2^31 characters).
public struct Claim: Sendable, Hashable {
    /// "<article id>#<n>", unique in the corpus.
    public var id: String {
        get { idText.string }
        set { idText = StoredText(newValue) }
    }
    /// `id`: a string of its own, or (decoded from a snapshot) bytes in its group's `TextPack`.
    /// (17 bytes: the flags and 32-bit numbers after it fill the rest of its third word.)
    private var idText: StoredText
    public var quoted: Bool
    /// The claim negates or disputes something ("not", "never", "denied", "misrepresents").
    public var disputes: Bool
    /// Paragraph index and source offsets (Unicode scalars, end exclusive) of `text`.
    @Compact32 public var paragraph: Int
    @Compact32 public var start: Int
    @Compact32 public var end: Int
    /// The speaker as named: a canonical entity's name, or the source as written ("state news agencies").
    public var speaker: String
    /// The speaker's entity id when the speaker is a known entity.
    public var speakerEntity: String?
    /// The party the speaker speaks for, when a role phrase says so ("the army's spokesman"):
    /// an entity id, or the party as written.
    public var speakerSide: String? {
        get { extras?.speakerSide }
        set { setExtras { $0.speakerSide = newValue } }
    }
    /// The reporting cue: "said", "denied", "according to", "quote", "post", ...
    public var cue: String
    /// What was claimed (quoted or paraphrased), exactly as in the source.
    public var text: String {
        get { String(textSlice) }
        set { textSlice = Substring(newValue) }
    }
    /// `text`, either a whole string of its own or a slice of its paragraph's text.
    private(set) var textSlice: Substring
    /// The article the claim is in.
    public var article: String
    /// Entities mentioned in the claim's text.
    public var about: [String]
    /// Two parties accuse each other ("Russia and Ukraine accuse each other").
    public var mutualParties: [String] {
        get { extras?.mutualParties ?? [] }
        set { setExtras { $0.mutualParties = newValue } }
    }
    /// The claim this one answers as a fact-check ("FACT:" after "HOAX:"), if any.
    public var answers: String? {
        get { extras?.answers }
        set { setExtras { $0.answers = newValue } }
    }

    /// What few claims have (a side, mutual parties, an answered claim), boxed apart so the
    /// others do not pay 40 bytes for them; nil when none is set.
    private var extras: Extras?

    private final class Extras: Sendable, Hashable {
        let speakerSide: String?
        let mutualParties: [String]
        let answers: String?

        init(speakerSide: String?, mutualParties: [String], answers: String?) {
            self.speakerSide = speakerSide
            self.mutualParties = mutualParties
            self.answers = answers
        }

        static func make(speakerSide: String?, mutualParties: [String], answers: String?) -> Extras? {
            speakerSide == nil && mutualParties.isEmpty && answers == nil
                ? nil : Extras(speakerSide: speakerSide, mutualParties: mutualParties, answers: answers)
        }

        static func == (a: Extras, b: Extras) -> Bool {
            a.speakerSide == b.speakerSide && a.mutualParties == b.mutualParties && a.answers == b.answers
        }

        func hash(into h: inout Hasher) {
            h.combine(speakerSide)
            h.combine(mutualParties)
            h.combine(answers)
        }
    }

    /// Changes the extras (a new box: boxes are shared between copies and never changed).
    private mutating func setExtras(_ change: (inout (speakerSide: String?, mutualParties: [String], answers: String?)) -> Void) {
        var values = (speakerSide: speakerSide, mutualParties: mutualParties, answers: answers)
        change(&values)
        extras = Extras.make(speakerSide: values.speakerSide, mutualParties: values.mutualParties, answers: values.answers)
    }

    public init(id: String, speaker: String, speakerEntity: String?, speakerSide: String? = nil, cue: String, text: String, quoted: Bool, paragraph: Int,
                start: Int, end: Int, article: String, about: [String] = [], disputes: Bool = false, mutualParties: [String] = [], answers: String? = nil) {
        self.init(idText: StoredText(id), speaker: speaker, speakerEntity: speakerEntity, speakerSide: speakerSide, cue: cue, textSlice: Substring(text),
                  quoted: quoted, paragraph: paragraph, start: start, end: end, article: article, about: about, disputes: disputes,
                  mutualParties: mutualParties, answers: answers)
    }

    /// With the text as a slice (of its paragraph's text, sharing its storage).
    init(idText: StoredText, speaker: String, speakerEntity: String?, speakerSide: String?, cue: String, textSlice: Substring, quoted: Bool, paragraph: Int,
         start: Int, end: Int, article: String, about: [String], disputes: Bool, mutualParties: [String], answers: String?) {
        self.idText = idText
        self.speaker = speaker
        self.speakerEntity = speakerEntity
        self.cue = cue
        self.textSlice = textSlice
        self.quoted = quoted
        self.disputes = disputes
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.article = article
        self.about = about
        extras = Extras.make(speakerSide: speakerSide, mutualParties: mutualParties, answers: answers)
    }

    /// Makes the texts of `claims` that are exactly the source between their `start` and `end`
    /// in `p` slices of `p`'s text (shared storage, no copy of their own). One pass over the
    /// paragraph, claims in order of `start`: linear in the paragraph and the claims' texts.
    /// (The scalars are walked on the UTF-8 bytes, a lead byte giving each one's length.)
    static func shareTexts(_ claims: inout [Claim], _ which: [Int], in p: Paragraph) {
        var text = p.text
        // Byte offsets of the shared ranges (claim, from, to), worked out first.
        var found: [(Int, Int, Int)] = []
        text.withUTF8 { b in
            @inline(__always) func width(_ c: UInt8) -> Int { c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4 }
            // (In an ASCII paragraph a scalar is a byte: no walk.)
            var any: UInt64 = 0, k = 0
            if let base = b.baseAddress {
                while k + 8 <= b.count { any |= UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self); k += 8 }
                while k < b.count { any |= UInt64(b[k]); k += 1 }
            }
            let ascii = any & 0x8080_8080_8080_8080 == 0
            var cursor = 0, offset = p.start
            for c in which.sorted(by: { claims[$0].start < claims[$1].start }) {
                let start = claims[c].start, end = claims[c].end
                guard claims[c].paragraph == p.index, start >= offset, end >= start, end <= p.end else { continue }
                if ascii {
                    let step = min(start - offset, b.count - cursor)
                    cursor += step
                    offset += step
                } else {
                    while offset < start, cursor < b.count {
                        cursor += width(b[cursor])
                        offset += 1
                    }
                }
                guard offset == start else { break }
                var hi = cursor
                if ascii { hi = min(b.count, cursor + (end - start)) } else {
                    for _ in 0..<(end - start) where hi < b.count { hi += width(b[hi]) }
                }
                var own = claims[c].textSlice
                let same = own.withUTF8 { o in o.count == hi - cursor && (o.isEmpty || memcmp(o.baseAddress!, b.baseAddress! + cursor, o.count) == 0) }
                if same { found.append((c, cursor, hi)) }
            }
        }
        let utf8 = text.utf8
        for (c, from, to) in found {
            let lo = utf8.index(utf8.startIndex, offsetBy: from)
            claims[c].textSlice = text[lo..<utf8.index(lo, offsetBy: to - from)]
        }
    }

    /// Where the text sits in its paragraph's text in UTF-8 bytes, when it is a slice of that
    /// paragraph's very storage (as `shareTexts` and the snapshot decoder make it).
    func sharedUTF8Range(in p: Paragraph) -> Range<Int>? {
        p.index == paragraph ? Self.sharedRange(textSlice, p.text) : nil
    }

    /// Where `slice` lies in `text` when it is a slice of that very storage.
    private static func sharedRange(_ slice: Substring, _ text: String) -> Range<Int>? {
        let base = slice.base
        let same = base.utf8.withContiguousStorageIfAvailable { a in
            text.utf8.withContiguousStorageIfAvailable { b in a.baseAddress == b.baseAddress && a.count == b.count } ?? false
        } ?? false
        guard same else { return nil }
        let from = base.utf8.distance(from: base.startIndex, to: slice.startIndex)
        return from..<(from + slice.utf8.count)
    }

    /// `text`'s bytes in `range` as a slice of it, when the range lies on character-data boundaries.
    static func slice(_ text: String, utf8 range: Range<Int>) -> Substring? {
        let utf8 = text.utf8
        guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return nil }
        let lo = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let hi = utf8.index(lo, offsetBy: range.count)
        // Only on scalar boundaries (a damaged snapshot must not split a character).
        guard lo.samePosition(in: text.unicodeScalars) != nil, hi.samePosition(in: text.unicodeScalars) != nil else { return nil }
        return text[lo..<hi]
    }
}

extension Claim: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, speaker, speakerEntity, speakerSide, cue, text, quoted, paragraph, start, end, article, about, disputes, mutualParties, answers
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), speaker: try c.decode(String.self, forKey: .speaker),
                  speakerEntity: try c.decodeIfPresent(String.self, forKey: .speakerEntity),
                  speakerSide: try c.decodeIfPresent(String.self, forKey: .speakerSide), cue: try c.decode(String.self, forKey: .cue),
                  text: try c.decode(String.self, forKey: .text), quoted: try c.decode(Bool.self, forKey: .quoted),
                  paragraph: try c.decode(Int.self, forKey: .paragraph), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end), article: try c.decode(String.self, forKey: .article),
                  about: try c.decode([String].self, forKey: .about), disputes: try c.decode(Bool.self, forKey: .disputes),
                  mutualParties: try c.decode([String].self, forKey: .mutualParties), answers: try c.decodeIfPresent(String.self, forKey: .answers))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(speaker, forKey: .speaker)
        try c.encodeIfPresent(speakerEntity, forKey: .speakerEntity)
        try c.encodeIfPresent(speakerSide, forKey: .speakerSide)
        try c.encode(cue, forKey: .cue)
        try c.encode(text, forKey: .text)
        try c.encode(quoted, forKey: .quoted)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(article, forKey: .article)
        try c.encode(about, forKey: .about)
        try c.encode(disputes, forKey: .disputes)
        try c.encode(mutualParties, forKey: .mutualParties)
        try c.encodeIfPresent(answers, forKey: .answers)
    }
}

/// How two claims disagree.
public enum ConflictKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// B says A is false or did not happen.
    case denial
    /// B counters A with an argument or a fact.
    case refutation
    /// Each side accuses the other.
    case mutualAccusation = "mutual-accusation"
    /// The same quantity with incompatible numbers.
    case contradictingFigures = "contradicting-figures"
    /// The same thing described in incompatible terms.
    case framing
}

/// Two claims that disagree, with why, in one line. Reported, not judged.
public struct Conflict: Sendable, Hashable {
    /// `why`: a string of its own, or (decoded from a snapshot) bytes in the conflicts' `TextPack`.
    /// (17 bytes, first, so that `kind` fills the rest of its third word.)
    private var whyText: StoredText
    public var kind: ConflictKind
    public var id: String
    /// Claim ids.
    public var a: String
    public var b: String
    /// 0...1: how sure the rule that found it is.
    public var strength: Double
    public var why: String {
        get { whyText.string }
        set { whyText = StoredText(newValue) }
    }

    public init(id: String, kind: ConflictKind, a: String, b: String, strength: Double, why: String) {
        self.init(id: id, kind: kind, a: a, b: b, strength: strength, whyText: StoredText(why))
    }

    init(id: String, kind: ConflictKind, a: String, b: String, strength: Double, whyText: StoredText) {
        self.id = id
        self.kind = kind
        self.a = a
        self.b = b
        self.strength = strength
        self.whyText = whyText
    }
}

extension Conflict: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, kind, a, b, strength, why
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), kind: try c.decode(ConflictKind.self, forKey: .kind),
                  a: try c.decode(String.self, forKey: .a), b: try c.decode(String.self, forKey: .b),
                  strength: try c.decode(Double.self, forKey: .strength), why: try c.decode(String.self, forKey: .why))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(a, forKey: .a)
        try c.encode(b, forKey: .b)
        try c.encode(strength, forKey: .strength)
        try c.encode(why, forKey: .why)
    }
}
