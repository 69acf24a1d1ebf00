import Foundation

/// Writes a stream of values in a compact binary form, handing the bytes to `sink` in pieces of
/// about `pieceSize` (so memory stays bounded by one piece, whatever the size of the whole):
/// unsigned LEB128 varints, zigzag varints for signed values, strings as a varint length and UTF-8
/// bytes, recurring strings (`symbol`) as a reference to an earlier one, inline the first time.
/// Plain coding only: framing, checksums and files are the caller's.
public final class BinaryWriter {
    public static let pieceSize = 1 << 20
    private let sink: ([UInt8]) -> Void
    private var buffer: [UInt8] = []
    private var symbols: [String: Int] = [:]
    /// Bytes handed to the sink so far.
    private var emitted = 0

    public init(sink: @escaping ([UInt8]) -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.pieceSize + 64 * 1024)
    }

    @inline(__always) public func u8(_ v: UInt8) {
        buffer.append(v)
        if buffer.count >= Self.pieceSize { emit() }
    }

    @inline(__always) public func bool(_ v: Bool) { u8(v ? 1 : 0) }

    @inline(__always) public func uint(_ value: Int) {
        precondition(value >= 0)
        var v = UInt64(value)
        while v >= 0x80 {
            buffer.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        buffer.append(UInt8(v))
        if buffer.count >= Self.pieceSize { emit() }
    }

    @inline(__always) public func int(_ value: Int) {
        let v = Int64(value)
        let zz = UInt64(bitPattern: (v << 1) ^ (v >> 63))
        var u = zz
        while u >= 0x80 {
            buffer.append(UInt8(u & 0x7F) | 0x80)
            u >>= 7
        }
        buffer.append(UInt8(u))
        if buffer.count >= Self.pieceSize { emit() }
    }

    public func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            buffer.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
        if buffer.count >= Self.pieceSize { emit() }
    }

    public func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            uint(utf8.count)
            buffer.append(contentsOf: utf8)
        }
        if buffer.count >= Self.pieceSize { emit() }
    }

    public func optionalString(_ s: String?) {
        if let s { u8(1); string(s) } else { u8(0) }
    }

    /// A string that recurs (ids, names, cues): 0 then the string the first time, else its number + 1.
    public func symbol(_ s: String) {
        if let n = symbols[s] {
            uint(n + 1)
        } else {
            symbols[s] = symbols.count
            uint(0)
            string(s)
        }
    }

    public func optionalSymbol(_ s: String?) {
        if let s { u8(1); symbol(s) } else { u8(0) }
    }

    public func symbols(_ list: [String]) {
        uint(list.count)
        for s in list { symbol(s) }
    }

    /// Int32s as 4 little-endian bytes each, after their count (index arrays: fast both ways).
    public func int32s(_ list: [Int32]) { integers(list) }

    /// A count, then the integers' bytes as they lie in memory (little-endian here).
    private func integers<T: FixedWidthInteger>(_ list: [T]) {
        uint(list.count)
        list.withUnsafeBytes { buffer.append(contentsOf: $0) }
        if buffer.count >= Self.pieceSize { emit() }
    }

    public func bytes(_ list: [UInt8]) { integers(list) }

    /// Int64s as 8 little-endian bytes each, after their count.
    public func int64s(_ list: [Int64]) { integers(list) }

    /// Bytes written so far (handed over or buffered).
    public var position: Int { emitted + buffer.count }

    /// The integers' bytes alone (no count), at a position aligned to 8 so that a `Column` can
    /// view them where they lie; returns that position.
    func aligned<T: FixedWidthInteger>(_ column: Column<T>) -> Int {
        while position % 8 != 0 { buffer.append(0) }
        let at = position
        column.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeRawBufferPointer($0)) }
        if buffer.count >= Self.pieceSize { emit() }
        return at
    }

    /// Forgets the strings seen so far: what follows decodes without what came before.
    public func resetSymbols() {
        symbols.removeAll(keepingCapacity: true)
    }

    /// Hands over what is buffered. Call once after the last value.
    public func flush() {
        if !buffer.isEmpty { emit() }
    }

    private func emit() {
        emitted += buffer.count
        sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Why binary data could not be decoded.
public enum BinaryCodingError: Error, Equatable, Sendable {
    /// The bytes could not be had (a file that cannot be read): not a corruption.
    case unreadable(String)
    /// Damaged, truncated or nonsensical data.
    case corrupt(String)
}

/// Reads what a `BinaryWriter` wrote, pulling pieces from `source` (nil: no more bytes).
public final class BinaryReader {
    /// Replaces the array's contents with the next piece (false: no more bytes).
    private let source: (inout [UInt8]) throws(BinaryCodingError) -> Bool
    /// The unread bytes: `data[position...]`.
    private var data: [UInt8] = []
    private var position = 0
    /// The next piece, when the unread bytes must be kept before it.
    private var spare: [UInt8] = []
    private var symbolTable: [String] = []

    public init(source: @escaping () throws(BinaryCodingError) -> [UInt8]?) {
        self.source = { (out: inout [UInt8]) throws(BinaryCodingError) -> Bool in
            guard let piece = try source() else { return false }
            out = piece
            return true
        }
    }

    /// Pieces written into an array the reader is done with (its memory is reused: a fresh
    /// megabyte per piece costs more in page faults than reading it).
    public init(filling: @escaping (inout [UInt8]) throws(BinaryCodingError) -> Bool) {
        source = filling
    }

    /// Reads a copy of `bytes`.
    public init(bytes: UnsafeRawBufferPointer) {
        source = { _ in false }
        data = Array(bytes)
    }

    /// Whether every byte handed over so far has been read.
    public var atEnd: Bool { position >= data.count }

    @inline(__always) private func need(_ n: Int) throws(BinaryCodingError) {
        while data.count - position < n {
            if position >= data.count {
                guard try source(&data) else { throw .corrupt("truncated") }
            } else {
                guard try source(&spare) else { throw .corrupt("truncated") }
                data.removeSubrange(0..<position)
                data.append(contentsOf: spare)
            }
            position = 0
        }
    }

    @inline(__always) public func u8() throws(BinaryCodingError) -> UInt8 {
        if position >= data.count { try need(1) }
        let v = data[position]
        position += 1
        return v
    }

    public func bool() throws(BinaryCodingError) -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw .corrupt("bad flag")
        }
    }

    @inline(__always) private func varint() throws(BinaryCodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8()
            if shift >= 63 && byte > 1 { throw .corrupt("varint overflow") }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    @inline(__always) public func uint() throws(BinaryCodingError) -> Int {
        let v = try varint()
        guard v <= UInt64(Int.max) else { throw .corrupt("number out of range") }
        return Int(v)
    }

    /// A count of items that each take at least one byte: bounded, so a damaged count cannot ask
    /// for a huge allocation.
    public func count() throws(BinaryCodingError) -> Int {
        let n = try uint()
        guard n <= 1 << 31 else { throw .corrupt("count out of range") }
        return n
    }

    @inline(__always) public func int() throws(BinaryCodingError) -> Int {
        let zz = try varint()
        return Int(truncatingIfNeeded: Int64(bitPattern: (zz >> 1) ^ (0 &- (zz & 1))))
    }

    public func double() throws(BinaryCodingError) -> Double {
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(try u8()) << (8 * UInt64(i)) }
        return Double(bitPattern: bits)
    }

    public func string() throws(BinaryCodingError) -> String {
        let n = try uint()
        guard n <= 64 << 20 else { throw .corrupt("string too long") }
        try need(n)
        let s = data.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + n]), as: UTF8.self) }
        position += n
        return s
    }

    /// A string written by `string`, its bytes added to `pack` (no string of its own).
    func string(into pack: TextPack) throws(BinaryCodingError) -> StoredText {
        let n = try uint()
        guard n <= 64 << 20 else { throw .corrupt("string too long") }
        try need(n)
        let text = data.withUnsafeBytes { pack.append(UnsafeRawBufferPointer(rebasing: $0[position..<position + n])) }
        position += n
        return text
    }

    public func optionalString() throws(BinaryCodingError) -> String? {
        try bool() ? try string() : nil
    }

    public func symbol() throws(BinaryCodingError) -> String {
        let n = try uint()
        if n == 0 {
            let s = try string()
            symbolTable.append(s)
            return s
        }
        guard n <= symbolTable.count else { throw .corrupt("unknown symbol") }
        return symbolTable[n - 1]
    }

    public func optionalSymbol() throws(BinaryCodingError) -> String? {
        try bool() ? try symbol() : nil
    }

    public func symbols() throws(BinaryCodingError) -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try symbol()) }
        return out
    }

    public func int32s() throws(BinaryCodingError) -> [Int32] { try integers() }

    public func int64s() throws(BinaryCodingError) -> [Int64] { try integers() }

    /// What `integers(_:)` wrote: a count, then that many integers' bytes, copied in one go.
    private func integers<T: FixedWidthInteger>(limit: Int = 1 << 28) throws(BinaryCodingError) -> [T] {
        let n = try count()
        guard n <= limit else { throw .corrupt("array too long") }
        var failure: BinaryCodingError?
        let out = [T](unsafeUninitializedCapacity: n) { buf, initialized in
            // (Integers: bytes left unfilled after a failure need no deinitialisation.)
            do throws(BinaryCodingError) { try fill(UnsafeMutableRawBufferPointer(buf)) } catch { failure = error }
            initialized = n
        }
        if let failure { throw failure }
        return out
    }

    /// Copies the next `out.count` bytes into `out`, piece by piece: a large array is copied once,
    /// not gathered into the buffer first.
    private func fill(_ out: UnsafeMutableRawBufferPointer) throws(BinaryCodingError) {
        var done = 0
        while done < out.count {
            if position >= data.count {
                guard try source(&data) else { throw .corrupt("truncated") }
                position = 0
                continue
            }
            let take = min(out.count - done, data.count - position)
            data.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(rebasing: out[done..<(done + take)]).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[position..<(position + take)]))
            }
            position += take
            done += take
        }
    }

    public func bytes() throws(BinaryCodingError) -> [UInt8] { try integers(limit: 1 << 30) }
}
