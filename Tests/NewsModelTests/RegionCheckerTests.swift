import Foundation
import Testing
@testable import NewsModel

struct RegionCheckerTests {
    /// A checker of `chunks` chunks of 4 bytes that counts its checks and finds `damaged` bad.
    final class Counting: @unchecked Sendable {
        let lock = NSLock()
        var checked: [Int] = []
        func note(_ c: Int) { lock.lock(); checked.append(c); lock.unlock() }
    }

    static func checker(chunks: Int, damaged: Set<Int> = []) -> (RegionChecker, Counting) {
        let counting = Counting()
        let checker = RegionChecker(chunkSize: 4, chunks: chunks) { c in
            counting.note(c)
            return !damaged.contains(c)
        }
        return (checker, counting)
    }

    @Test("bytes are checked only in the chunks they lie in, and each chunk only once")
    func checksTouchedChunksOnce() {
        let (checker, counting) = Self.checker(chunks: 4)
        #expect(checker.ensure(5, 9))
        #expect(checker.ensure(6, 7))
        #expect(counting.checked.sorted() == [1, 2])
        #expect(checker.ensure(3, 3))
        #expect(counting.checked.count == 2)
    }

    @Test("checking all checks only the chunks not checked yet")
    func checkAllChecksTheRest() {
        let (checker, counting) = Self.checker(chunks: 5)
        #expect(checker.ensure(0, 4))
        #expect(checker.checkAll(workers: 2))
        #expect(counting.checked.sorted() == [0, 1, 2, 3, 4])
    }

    @Test("a damaged chunk makes its bytes unusable and the whole check fail; the others stay usable")
    func damagedChunk() {
        let (checker, _) = Self.checker(chunks: 3, damaged: [1])
        #expect(!checker.ensure(2, 6))
        #expect(checker.ensure(0, 4))
        #expect(checker.ensure(8, 12))
        #expect(!checker.checkAll(workers: 2))
    }

    @Test("a region with a checker gives no payload from a damaged chunk")
    func regionPayloads() throws {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: 12, alignment: 8)
        memory.initializeMemory(as: UInt8.self, repeating: 1)
        let box = UncheckedBox(memory)
        let (checker, _) = Self.checker(chunks: 3, damaged: [2])
        let region = PackedRegion(bytes: UnsafeRawBufferPointer(memory), checker: checker) { box.value.deallocate() }
        #expect(region.payload(0, 8)?.count == 8)
        #expect(region.payload(6, 10) == nil)
        #expect(Column<UInt8>(region: region, offset: 4, count: 4)?.count == 4)
        #expect(Column<UInt8>(region: region, offset: 8, count: 1) == nil)
    }
}
