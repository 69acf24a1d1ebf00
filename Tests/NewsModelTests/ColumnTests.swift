import Testing
@testable import NewsModel

struct ColumnTests {
    /// A region of bytes 0, 1, 2, ... (its memory 8-byte aligned).
    static func region(_ count: Int) -> PackedRegion {
        PackedRegion(copying: (0..<count).map { UInt8(truncatingIfNeeded: $0) })
    }

    @Test("a column views the integers where they lie in a region, little-endian")
    func viewsRegion() throws {
        let column = try #require(Column<Int32>(region: Self.region(16), offset: 8, count: 2))
        #expect(Array(column) == [0x0B0A_0908, 0x0F0E_0D0C])
        let bytes = try #require(Column<UInt8>(region: Self.region(16), offset: 13, count: 3))
        #expect(Array(bytes) == [13, 14, 15])
    }

    @Test("a column that would run past the region's end, start before it or sit misaligned is refused")
    func refusesOutOfRange() {
        let region = Self.region(16)
        #expect(Column<Int32>(region: region, offset: 12, count: 2) == nil)
        #expect(Column<Int32>(region: region, offset: -4, count: 1) == nil)
        #expect(Column<Int32>(region: region, offset: 20, count: 0) == nil)
        #expect(Column<Int32>(region: region, offset: 2, count: 1) == nil)
        #expect(Column<Int32>(region: region, offset: 16, count: 0)?.isEmpty == true)
    }

    @Test("a column keeps its region's bytes alive after every other reference is gone")
    func keepsRegionAlive() throws {
        final class Released: @unchecked Sendable { var value = false }
        let released = Released()
        let column: Column<UInt8>
        do {
            let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: 4, alignment: 8)
            memory.copyBytes(from: [7, 8, 9, 10])
            let box = UncheckedBox(memory)
            let region = PackedRegion(bytes: UnsafeRawBufferPointer(memory)) { released.value = true; box.value.deallocate() }
            column = try #require(Column<UInt8>(region: region, offset: 1, count: 2))
        }
        #expect(!released.value)
        #expect(Array(column) == [8, 9])
    }

    @Test("written aligned to a region, a column reads back the same values")
    func writtenAndRead() throws {
        var bytes: [UInt8] = []
        let w = BinaryWriter { bytes += $0 }
        w.u8(1)
        let at = w.aligned(Column<Int32>([-5, 70_000, Int32.max]))
        w.flush()
        #expect(at == 8)
        let column = try #require(Column<Int32>(region: PackedRegion(copying: bytes), offset: at, count: 3))
        #expect(Array(column) == [-5, 70_000, Int32.max])
    }
}
