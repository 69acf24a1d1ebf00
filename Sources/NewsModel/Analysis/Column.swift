/// A read-only array of fixed-width integers that either owns its memory or lies in the bytes of
/// a `PackedRegion` (a mapped corpus snapshot). Decoding a snapshot then hands out views of the
/// file's pages instead of copying them into fresh memory, which the kernel must zero page by page
/// (at 100,000 articles that was most of a warm open's decode).
struct Column<Element: FixedWidthInteger>: RandomAccessCollection, @unchecked Sendable {
    /// What keeps `base` alive: the region, or the column's own storage.
    private let owner: AnyObject?
    private let base: UnsafePointer<Element>?
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    init() {
        self.init(owner: nil, base: nil, count: 0)
    }

    private init(owner: AnyObject?, base: UnsafePointer<Element>?, count: Int) {
        self.owner = owner
        self.base = base
        self.count = count
    }

    /// A copy of `values`.
    init(_ values: [Element]) {
        let storage = Storage(values)
        self.init(owner: storage, base: UnsafePointer(storage.items.baseAddress), count: values.count)
    }

    /// `count` elements at byte `offset` of `region`; nil when they do not fit in it, are not
    /// aligned for `Element` or fail the region's check.
    init?(region: PackedRegion, offset: Int, count: Int) {
        let size = MemoryLayout<Element>.stride
        guard offset >= 0, count >= 0, offset <= region.bytes.count, count <= (region.bytes.count - offset) / size else { return nil }
        guard count > 0, let start = region.bytes.baseAddress else {
            self.init()
            return
        }
        let address = start + offset
        guard Int(bitPattern: address) % MemoryLayout<Element>.alignment == 0, region.usable(offset, offset + count * size) else { return nil }
        self.init(owner: region, base: address.assumingMemoryBound(to: Element.self), count: count)
    }

    /// Column `k` of a table whose columns' (offset, count) pairs are `placed` (as written from
    /// `BinaryWriter.aligned`), viewed in `region`; `table` names the table in the error.
    init(placed: [Int64], _ k: Int, in region: PackedRegion, table: String) throws(BinaryCodingError) {
        guard 2 * k + 1 < placed.count,
              let c = Column(region: region, offset: Int(clamping: placed[2 * k]), count: Int(clamping: placed[2 * k + 1])) else {
            throw .corrupt("\(table): column out of range")
        }
        self = c
    }

    @inline(__always) subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "column index out of range")
        return base.unsafelyUnwrapped[i]
    }

    /// The elements as a buffer, valid only inside `body`.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }

    /// Memory a column owns (values decoded or built, not mapped).
    private final class Storage {
        let items: UnsafeMutableBufferPointer<Element>
        init(_ values: [Element]) {
            items = .allocate(capacity: Swift.max(1, values.count))
            _ = items.initialize(from: values)
        }
        deinit { items.deallocate() }
    }
}
