import Foundation
import NewsStore
import Testing

@Suite("Content hash")
struct ContentHashTests {
    // Reference values from libxxhash 0.8.1 (XXH64 with seed 0, and with seed 0x9E3779B97F4A7C15).
    @Test("both lanes match the reference XXH64 and the key ends with the byte count")
    func referenceVectors() {
        let long = Array(Array(0...255).map(UInt8.init).repeated(4)) + Array("xyz".utf8)
        let cases: [([UInt8], String)] = [
            ([], "ef46db3751d8e999c4349fc93c010000-0"),
            (Array("a".utf8), "d24ec4f1a98c6e5b9a7c6d2ea45568c9-1"),
            (Array("abc".utf8), "44bc2cf5ad7709992ed0f59d6b43ac8b-3"),
            (Array("Nobody inspects the spammish repetition".utf8), "fbcea83c8a378bf1eb8b157ca26cbf34-39"),
            (long, "e146cb31b65bc21a86b7211d04e93c1f-1027"),
        ]
        for (bytes, expected) in cases {
            #expect(ContentHash.of(bytes) == expected)
        }
    }

    @Test("contiguous and non-contiguous collections of the same bytes hash alike")
    func collectionKinds() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let key = ContentHash.of(bytes)
        #expect(ContentHash.of(Data(bytes)) == key)
        #expect(ContentHash.of(bytes[...]) == key)
        #expect(ContentHash.of(bytes.lazy.map { $0 }) == key)
        #expect(ContentHash.of(Data([0] + bytes).dropFirst()) == key)
        bytes.withUnsafeBytes { #expect(ContentHash.of($0) == key) }
    }

    @Test("a one-bit change, a longer file and every short prefix give different keys")
    func sensitivity() {
        var bytes = Array("The Kremlin said talks in Moscow were useful.\n".utf8).repeated(100)
        let original = ContentHash.of(bytes)
        bytes[bytes.count / 2] ^= 0x01
        #expect(ContentHash.of(bytes) != original)
        #expect(ContentHash.of(bytes + [0]) != ContentHash.of(bytes))
        let keys = (0...200).map { ContentHash.of(bytes.prefix($0)) }
        #expect(Set(keys).count == keys.count)
        #expect(keys.allSatisfy { $0.count >= 34 && $0.prefix(32).allSatisfy(\.isHexDigit) })
    }
}

extension Array {
    func repeated(_ times: Int) -> [Element] {
        Array((0..<times).map { _ in self }.joined())
    }
}
