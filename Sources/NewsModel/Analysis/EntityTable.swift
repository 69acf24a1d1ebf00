import Foundation

/// The entities of an analysis: in memory (as analysed), or packed as columns over one pool of
/// UTF-8 bytes (decoded from a snapshot), where an `Entity` is made only when one is asked for.
/// A corpus of 100,000 articles has over 600,000 entities: making them all at open would cost
/// more than the rest of a warm start.
public struct EntityTable: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case array([Entity])
        case packed(PackedEntities)
    }
    let storage: Storage

    public init(_ entities: [Entity]) { storage = .array(entities) }
    init(packed: PackedEntities) { storage = .packed(packed) }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .array(let list): list.count
        case .packed(let p): p.count
        }
    }

    public subscript(i: Int) -> Entity {
        switch storage {
        case .array(let list): return list[i]
        case .packed(let p): return p.entity(i)
        }
    }

    /// Entity i's id, without making the rest of it.
    public func id(_ i: Int) -> String {
        switch storage {
        case .array(let list): list[i].id
        case .packed(let p): p.string(p.fields[4 * i], p.fields[4 * i + 1])
        }
    }

    /// Entity i's name, without making the rest of it.
    public func name(_ i: Int) -> String {
        switch storage {
        case .array(let list): list[i].name
        case .packed(let p): p.string(p.fields[4 * i + 2], p.fields[4 * i + 3])
        }
    }

    public func kind(_ i: Int) -> EntityKind {
        switch storage {
        case .array(let list): list[i].kind
        case .packed(let p): PackedEntities.kinds[Int(p.kinds[i])]
        }
    }

    /// Compares entity i's id with `id`'s UTF-8 bytes (byte order: the order of code points).
    func compareID(_ i: Int, _ id: UnsafeBufferPointer<UInt8>) -> Int {
        switch storage {
        case .array(let list):
            var s = list[i].id
            return s.withUTF8 { ByteOrder.compare($0, id) }
        case .packed(let p):
            let start = Int(p.fields[4 * i]), length = Int(p.fields[4 * i + 1])
            return p.pool.withUnsafeBufferPointer { ByteOrder.compare(UnsafeBufferPointer(rebasing: $0[start..<(start + length)]), id) }
        }
    }
}

extension EntityTable: Equatable {
    public static func == (a: EntityTable, b: EntityTable) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }
}

/// Entities as flat columns: every string is a (start, length) pair into `pool` (equal strings
/// share their bytes). Decoded from a snapshot, the columns are views of its region: no copy and
/// no allocation per entity.
struct PackedEntities: Sendable {
    /// The kinds in the order of their codes.
    static let kinds: [EntityKind] = [.person, .country, .organization, .place]

    let pool: Column<UInt8>
    /// Per entity: id (start, length), name (start, length).
    let fields: Column<Int32>
    /// Per entity, the index of its kind in `kinds`.
    let kinds: Column<UInt8>
    /// Per entity: articles, mentions.
    let numbers: Column<Int32>
    /// Per entity i, its aliases are the pairs `lists[2i]..<lists[2i + 1]` of `refs`, its
    /// countries (ids) the pairs `lists[2i + 1]..<lists[2i + 2]`.
    let lists: Column<Int32>
    /// (start, length) pairs into `pool`.
    let refs: Column<Int32>

    var count: Int { kinds.count }

    func string(_ start: Int32, _ length: Int32) -> String {
        pool.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(start + length)]), as: UTF8.self) }
    }

    private func strings(_ from: Int32, _ to: Int32) -> [String] {
        (Int(from)..<Int(to)).map { string(refs[2 * $0], refs[2 * $0 + 1]) }
    }

    func entity(_ i: Int) -> Entity {
        Entity(id: string(fields[4 * i], fields[4 * i + 1]), name: string(fields[4 * i + 2], fields[4 * i + 3]),
               kind: Self.kinds[Int(kinds[i])], aliases: strings(lists[2 * i], lists[2 * i + 1]),
               countries: strings(lists[2 * i + 1], lists[2 * i + 2]),
               articles: Int(numbers[2 * i]), mentions: Int(numbers[2 * i + 1]))
    }

    /// Packs `entities`.
    init(_ entities: EntityTable) {
        var pool: [UInt8] = []
        var at: [String: (Int32, Int32)] = [:]
        func ref(_ s: String) -> (Int32, Int32) {
            if let known = at[s] { return known }
            let r = (Int32(truncatingIfNeeded: pool.count), Int32(truncatingIfNeeded: s.utf8.count))
            pool.append(contentsOf: s.utf8)
            at[s] = r
            return r
        }
        var fields: [Int32] = [], kinds: [UInt8] = [], numbers: [Int32] = [], lists: [Int32] = [0], refs: [Int32] = []
        fields.reserveCapacity(4 * entities.count)
        for e in entities {
            let id = ref(e.id), name = ref(e.name)
            fields += [id.0, id.1, name.0, name.1]
            kinds.append(UInt8(Self.kinds.firstIndex(of: e.kind) ?? 0))
            numbers += [Int32(truncatingIfNeeded: e.articles), Int32(truncatingIfNeeded: e.mentions)]
            for s in e.aliases { let r = ref(s); refs += [r.0, r.1] }
            lists.append(Int32(truncatingIfNeeded: refs.count / 2))
            for s in e.countries { let r = ref(s); refs += [r.0, r.1] }
            lists.append(Int32(truncatingIfNeeded: refs.count / 2))
        }
        self.init(pool: Column(pool), fields: Column(fields), kinds: Column(kinds), numbers: Column(numbers), lists: Column(lists),
                  refs: Column(refs))
    }

    private init(pool: Column<UInt8>, fields: Column<Int32>, kinds: Column<UInt8>, numbers: Column<Int32>, lists: Column<Int32>,
                 refs: Column<Int32>) {
        self.pool = pool
        self.fields = fields
        self.kinds = kinds
        self.numbers = numbers
        self.lists = lists
        self.refs = refs
    }

    /// Writes the columns to a snapshot's region, where decoded entities view them in place;
    /// returns each one's offset and count (for the stream).
    func encodeColumns(to w: BinaryWriter) -> [Int64] {
        var placed: [Int64] = []
        for c in [fields, numbers, lists, refs] { placed += [Int64(w.aligned(c)), Int64(c.count)] }
        for c in [pool, kinds] { placed += [Int64(w.aligned(c)), Int64(c.count)] }
        return placed
    }

    /// Entities whose columns lie in `region` where `placed` (read from the stream) says, checking
    /// every offset, so damaged data is an error and never a crash later.
    static func decode(from r: BinaryReader, region: PackedRegion) throws(BinaryCodingError) -> PackedEntities {
        let placed = try r.int64s()
        guard placed.count == 12 else { throw .corrupt("entities: columns") }
        func column<T: FixedWidthInteger>(_ k: Int) throws(BinaryCodingError) -> Column<T> {
            try Column(placed: placed, k, in: region, table: "entities")
        }
        let p = PackedEntities(pool: try column(4), fields: try column(0), kinds: try column(5), numbers: try column(1),
                               lists: try column(2), refs: try column(3))
        guard p.valid else { throw .corrupt("entities: columns") }
        return p
    }

    private var valid: Bool {
        let n = kinds.count
        guard fields.count == 4 * n, numbers.count == 2 * n, lists.count == 2 * n + 1, refs.count % 2 == 0,
              lists.first == 0, Int(lists[2 * n]) == refs.count / 2,
              kinds.allSatisfy({ Int($0) < Self.kinds.count }), numbers.allSatisfy({ $0 >= 0 }) else { return false }
        for k in 1..<lists.count where lists[k] < lists[k - 1] { return false }
        let size = Int64(pool.count)
        func inPool(_ pairs: Column<Int32>) -> Bool {
            var k = 0
            while k < pairs.count {
                let start = Int64(pairs[k]), length = Int64(pairs[k + 1])
                if start < 0 || length < 0 || start + length > size { return false }
                k += 2
            }
            return true
        }
        return inPool(fields) && inPool(refs)
    }
}
