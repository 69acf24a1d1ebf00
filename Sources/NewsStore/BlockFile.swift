import Foundation
import NewsModel

/// A file of checksummed blocks that carries a `BinaryWriter`'s stream, so memory stays bounded
/// by one block and a reader finds any damage (bad checksum, truncation) before it uses a value:
///
///     block := length (UInt32 LE) · XXH64 lanes of the payload (2 × UInt64 LE) · payload
///     file  := header bytes · block* · an empty block (length 0) as the end mark
final class BlockWriter {
    private let fd: Int32
    private(set) var failure: String?
    private(set) var values: BinaryWriter! = nil

    init(fd: Int32) {
        self.fd = fd
        values = BinaryWriter { [unowned self] piece in self.emit(piece) }
    }

    /// Raw bytes straight to the file (the header and the region), before any value.
    func raw(_ bytes: [UInt8]) {
        writeAll(bytes)
    }

    /// A write made beside this writer failed.
    func noteFailure(_ why: String) {
        if failure == nil { failure = why }
    }

    /// Writes what is buffered and the end mark. Returns false when a write failed.
    func finish() -> Bool {
        values.flush()
        emit([])  // the end mark
        return failure == nil
    }

    private func emit(_ payload: [UInt8]) {
        let (a, b) = payload.withUnsafeBytes { ContentHash.lanes($0) }
        var head: [UInt8] = []
        head.reserveCapacity(20)
        appendLE(UInt64(payload.count), bytes: 4, to: &head)
        appendLE(a, bytes: 8, to: &head)
        appendLE(b, bytes: 8, to: &head)
        writeAll(head)
        writeAll(payload)
    }

    private func writeAll(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                done += n
            }
        }
    }
}

/// Reads a `BlockWriter`'s file, checking each block's checksum before its values are decoded.
final class BlockReader {
    private let fd: Int32
    private var ended = false
    private(set) var values: BinaryReader! = nil

    init(fd: Int32) {
        self.fd = fd
        values = BinaryReader(filling: { [unowned self] (out: inout [UInt8]) throws(BinaryCodingError) -> Bool in try self.nextBlock(into: &out) })
    }

    /// Exactly `count` raw bytes (the header), before any value.
    func raw(_ count: Int) throws(BinaryCodingError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        if try readFully(&out, count) < count { throw .corrupt("short header") }
        return out
    }

    /// After the last value: the end mark must follow, and nothing after it.
    func expectEnd() throws(BinaryCodingError) {
        guard values.atEnd else { throw .corrupt("trailing values") }
        var extra: [UInt8] = []
        if !ended, try nextBlock(into: &extra) { throw .corrupt("trailing values") }
        guard ended else { throw .corrupt("no end mark") }
        var probe = [UInt8](repeating: 0, count: 1)
        if try readFully(&probe, 1) != 0 { throw .corrupt("bytes after the end mark") }
    }

    /// The next block's payload, into `payload` (its memory reused); false at the end mark.
    private func nextBlock(into payload: inout [UInt8]) throws(BinaryCodingError) -> Bool {
        guard !ended else { return false }
        var head = [UInt8](repeating: 0, count: 20)
        if try readFully(&head, 20) < 20 { throw .corrupt("truncated: no end mark") }
        let length = Int(readLE(head, 0, 4))
        let a = readLE(head, 4, 8), b = readLE(head, 12, 8)
        guard length <= 64 << 20 else { throw .corrupt("block too large") }
        payload.removeAll(keepingCapacity: true)
        payload.append(contentsOf: repeatElement(0, count: length))
        if try readFully(&payload, length) < length { throw .corrupt("truncated block") }
        let (ca, cb) = payload.withUnsafeBytes { ContentHash.lanes($0) }
        guard ca == a, cb == b else { throw .corrupt("checksum mismatch") }
        if length == 0 {
            ended = true
            return false
        }
        return true
    }

    private func readFully(_ out: inout [UInt8], _ count: Int) throws(BinaryCodingError) -> Int {
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            done += n
        }
        return done
    }
}

func appendLE(_ value: UInt64, bytes: Int, to out: inout [UInt8]) {
    var v = value
    for _ in 0..<bytes {
        out.append(UInt8(v & 0xFF))
        v >>= 8
    }
}

func readLE(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> UInt64 {
    var v: UInt64 = 0
    for i in 0..<count { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
    return v
}
