import Foundation

/// Bytes that the detail of a corpus snapshot is decoded from on demand: each article's
/// paragraphs, mentions and claims, and each conflict, as an encoded payload at an offset. The
/// bytes stay where they are (a memory-mapped file, or an array), and `release` is called once
/// nothing refers to them any more.
public final class PackedRegion: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private let release: (@Sendable () -> Void)?
    /// Checks the bytes before they are used (a snapshot's region); nil when they need no check.
    public let checker: RegionChecker?

    /// Bytes owned by someone else (a mapping), handed back by `release`, checked by `checker`
    /// as they are first used.
    public init(bytes: UnsafeRawBufferPointer, checker: RegionChecker? = nil, release: @escaping @Sendable () -> Void) {
        self.bytes = bytes
        self.checker = checker
        self.release = release
    }

    /// Bytes of an array (a snapshot decoded from a stream, tests).
    public init(copying array: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, array.count), alignment: 8)
        array.withUnsafeBytes { copy.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<array.count])
        let box = UncheckedBox(copy)
        release = { box.value.deallocate() }
        checker = nil
    }

    deinit { release?() }

    /// Whether `start..<end` lies in the region and its bytes are good (checked first if need be).
    func usable(_ start: Int, _ end: Int) -> Bool {
        guard start >= 0, start <= end, end <= bytes.count else { return false }
        return checker?.ensure(start, end) ?? true
    }

    /// The payload between two offsets, checked against the region's size and its checksums.
    func payload(_ start: Int64, _ end: Int64) -> UnsafeRawBufferPointer? {
        guard start >= 0, start <= end, end <= Int64(bytes.count), usable(Int(start), Int(end)) else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[Int(start)..<Int(end)])
    }
}

/// What the article list shows of an article without decoding it.
public struct ArticleRow: Sendable, Hashable {
    public var id: String
    public var title: String
    public var outlet: String?
    public var date: String?
    /// Distinct people and countries it mentions.
    public var people: Int
    public var countries: Int

    public init(_ a: AnalyzedArticle) {
        id = a.article.id
        title = a.article.title
        outlet = a.article.outlet
        date = a.article.date
        people = a.entityIDs(of: .person).count
        countries = a.entityIDs(of: .country).count
    }

    init(id: String, title: String, outlet: String?, date: String?, people: Int, countries: Int) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.date = date
        self.people = people
        self.countries = countries
    }
}

/// The articles of an analysis: in memory (as the analyser made them), or packed in a snapshot's
/// bytes and decoded one at a time when asked for (`self[i]`), with the list's columns
/// (`row(i)`) at hand without decoding.
public struct ArticleTable: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case array([AnalyzedArticle])
        case packed(PackedArticles)
    }
    let storage: Storage

    public init(_ articles: [AnalyzedArticle]) { storage = .array(articles) }
    init(packed: PackedArticles) { storage = .packed(packed) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .array(let list): list.count
        case .packed(let p): p.count
        }
    }

    /// The article, decoded from the snapshot when packed (a damaged payload gives the article's
    /// title alone, with no text, mentions or claims).
    public subscript(i: Int) -> AnalyzedArticle {
        switch storage {
        case .array(let list): list[i]
        case .packed(let p): p.article(i)
        }
    }

    /// The list's columns of article `i`, without decoding it.
    public func row(_ i: Int) -> ArticleRow {
        switch storage {
        case .array(let list): ArticleRow(list[i])
        case .packed(let p): p.row(i)
        }
    }

    /// The id of article `i`, without decoding it.
    public func id(_ i: Int) -> String {
        switch storage {
        case .array(let list): list[i].article.id
        case .packed(let p): p.string(i, field: 0) ?? ""
        }
    }

    /// Whether the articles are decoded on demand (from a snapshot).
    public var isPacked: Bool {
        if case .packed = storage { return true }
        return false
    }
}

extension ArticleTable: Equatable {
    public static func == (a: ArticleTable, b: ArticleTable) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

/// Articles packed in a region: payload offsets, and the list's columns as ranges of one pool of
/// UTF-8 bytes (no string per article until one is shown).
final class PackedArticles: @unchecked Sendable {
    let region: PackedRegion
    /// Article i's payload: `offsets[i]..<offsets[i + 1]` of the region.
    let offsets: [Int64]
    /// The list columns' text, and per article 4 fields (id, title, outlet, date) as (start,
    /// length) pairs into it, length -1 for none.
    let pool: [UInt8]
    let fields: [Int32]
    /// Per article, the distinct people and countries it mentions.
    let counts: [Int32]

    init(region: PackedRegion, offsets: [Int64], pool: [UInt8], fields: [Int32], counts: [Int32]) {
        self.region = region
        self.offsets = offsets
        self.pool = pool
        self.fields = fields
        self.counts = counts
    }

    var count: Int { offsets.count - 1 }

    func string(_ i: Int, field: Int) -> String? {
        let start = Int(fields[8 * i + 2 * field]), length = Int(fields[8 * i + 2 * field + 1])
        guard length >= 0 else { return nil }
        return pool.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + length)]), as: UTF8.self) }
    }

    func row(_ i: Int) -> ArticleRow {
        ArticleRow(id: string(i, field: 0) ?? "", title: string(i, field: 1) ?? "", outlet: string(i, field: 2), date: string(i, field: 3),
                   people: Int(counts[2 * i]), countries: Int(counts[2 * i + 1]))
    }

    /// The articles decoded last: a screen of conflicts reads the same few articles frame after frame.
    private let recent = RecentArticles(capacity: 64)

    func article(_ i: Int) -> AnalyzedArticle {
        if let known = recent[i] { return known }
        if let bytes = region.payload(offsets[i], offsets[i + 1]), let article = try? AnalysisCodec.decodeArticlePayload(bytes) {
            recent[i] = article
            return article
        }
        return AnalyzedArticle(article: Article(id: string(i, field: 0) ?? "", title: string(i, field: 1) ?? "", outlet: string(i, field: 2),
                                                date: string(i, field: 3), paragraphs: []), mentions: [])
    }

    /// Checks what the row accessors rely on (so damaged data is an error, never a crash later).
    func validate() -> Bool {
        let n = count
        guard n >= 0, fields.count == 8 * n, counts.count == 2 * n, offsets.first == 0 else { return false }
        for i in 0..<n where offsets[i] > offsets[i + 1] { return false }
        guard let last = offsets.last, last <= Int64(region.bytes.count) else { return false }
        let size = Int64(pool.count)
        var k = 0
        while k < fields.count {
            let start = Int64(fields[k]), length = Int64(fields[k + 1])
            if start < 0 || length < -1 || start + max(0, length) > size { return false }
            k += 2
        }
        return true
    }
}

/// The conflicts of an analysis: in memory, or packed in a snapshot's bytes and decoded one at
/// a time when asked for.
public struct ConflictTable: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case array([Conflict])
        case packed(PackedRegion, [Int64])
    }
    let storage: Storage

    public init(_ conflicts: [Conflict]) { storage = .array(conflicts) }
    init(region: PackedRegion, offsets: [Int64]) { storage = .packed(region, offsets) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .array(let list): list.count
        case .packed(_, let offsets): offsets.count - 1
        }
    }

    /// The conflict, decoded from the snapshot when packed (a damaged payload gives an empty one).
    public subscript(i: Int) -> Conflict {
        switch storage {
        case .array(let list):
            return list[i]
        case .packed(let region, let offsets):
            if let bytes = region.payload(offsets[i], offsets[i + 1]), let c = try? AnalysisCodec.decodeConflictPayload(bytes) { return c }
            return Conflict(id: "", kind: .framing, a: "", b: "", strength: 0, why: "")
        }
    }
}

extension ConflictTable: Equatable {
    public static func == (a: ConflictTable, b: ConflictTable) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

/// The last few decoded articles by index (the oldest goes first), safe to use from any thread.
final class RecentArticles: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var byIndex: [Int: AnalyzedArticle] = [:]
    private var order: [Int] = []

    init(capacity: Int) { self.capacity = capacity }

    subscript(i: Int) -> AnalyzedArticle? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return byIndex[i]
        }
        set {
            lock.lock()
            defer { lock.unlock() }
            guard let newValue else { return }
            if byIndex.updateValue(newValue, forKey: i) == nil {
                order.append(i)
                if order.count > capacity { byIndex[order.removeFirst()] = nil }
            }
        }
    }
}
