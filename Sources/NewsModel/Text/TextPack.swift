/// The UTF-8 bytes of many strings in one buffer (claim ids, conflict explanations decoded from a
/// snapshot): each is a `StoredText` range of it, with no allocation of its own, and is made a
/// String only when read. Filled while one decoder makes it, never changed after it is handed out.
final class TextPack: @unchecked Sendable {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Adds `utf8` and returns the text of it.
    func append(_ utf8: UnsafeRawBufferPointer) -> StoredText {
        let offset = bytes.count
        bytes.append(contentsOf: utf8)
        return StoredText(pack: self, offset: offset, count: utf8.count)
    }

    /// Lets go of the spare room the appends left.
    func seal() {
        bytes = bytes.withUnsafeBufferPointer { Array($0) }
    }

    fileprivate func string(_ offset: Int32, _ count: Int32) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(offset)..<Int(offset + count)]), as: UTF8.self) }
    }
}

/// A string kept as itself, or as a range of a `TextPack`; equal and hashed as the string it is.
struct StoredText: Sendable, Hashable {
    private enum Storage {
        case string(String)
        case packed(Int32, Int32, TextPack)
    }
    private var storage: Storage

    init(_ string: String) { storage = .string(string) }

    /// Bytes beyond what 32 bits count are kept as a string of their own.
    fileprivate init(pack: TextPack, offset: Int, count: Int) {
        if let o = Int32(exactly: offset), let c = Int32(exactly: count), o <= Int32.max - c {
            storage = .packed(o, c, pack)
        } else {
            storage = .string(pack.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<(offset + count)]), as: UTF8.self) })
        }
    }

    var string: String {
        switch storage {
        case .string(let s): s
        case .packed(let offset, let count, let pack): pack.string(offset, count)
        }
    }

    static func == (a: StoredText, b: StoredText) -> Bool { a.string == b.string }
    func hash(into h: inout Hasher) { h.combine(string) }
}
