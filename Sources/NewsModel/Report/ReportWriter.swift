import Foundation

/// Writes `newstui analyze`'s JSON a few elements at a time, so a corpus of any size is printed
/// with the memory of a batch, not of the whole document. The bytes are those of `JSONEncoder`
/// (pretty, key-sorted, slashes unescaped) on the whole report: each batch is encoded as an array
/// on its own and indented to its depth.
struct ReportWriter {
    /// One top-level array: its key, its length, and its elements by position.
    struct Section {
        var key: String
        var count: Int
        var batch: Int
        /// The elements in a range, indented, separated by ",\n".
        var encode: (Range<Int>, JSONEncoder) throws -> [UInt8]

        init<T: Encodable>(_ key: String, count: Int, batch: Int, element: @escaping (Int) -> T) {
            self.key = key
            self.count = count
            self.batch = batch
            encode = { range, encoder in elements(of: try encoder.encode(range.map(element))) }
        }

        /// Elements written by `ElementJSON` rather than the encoder.
        init<T>(_ key: String, count: Int, batch: Int, written element: @escaping (Int) -> T, by write: @escaping (inout ElementJSON, T) -> Void) {
            self.key = key
            self.count = count
            self.batch = batch
            encode = { range, _ in
                var json = ElementJSON()
                for i in range {
                    if i > range.lowerBound { json.separate() }
                    write(&json, element(i))
                }
                return json.bytes
            }
        }
    }

    /// Writes `{ sections in key order..., "version" : version }`; `write` returns false to stop
    /// (the reader went away), and then so does this.
    static func write(_ sections: [Section], version: Int, to write: ([UInt8]) -> Bool) throws -> Bool {
        guard write(Array("{\n".utf8)) else { return false }
        for section in sections.sorted(by: { $0.key < $1.key }) {
            guard write(Array("  \"\(section.key)\" : [\n".utf8)) else { return false }
            if section.count == 0 {
                // (JSONEncoder writes an empty array as a blank line between its brackets.)
                guard write(Array("\n".utf8)) else { return false }
            }
            // A few batches at a time encoded on all cores, then written in order: memory stays
            // that of a few batches.
            let size = max(1, section.batch), window = 2 * ParallelChunks.cores
            var start = 0
            while start < section.count {
                let ranges = stride(from: start, to: min(section.count, start + window * size), by: size).map {
                    $0..<min(section.count, $0 + size)
                }
                let pieces = try encode(section, ranges)
                for piece in pieces { guard write(piece) else { return false } }
                start = ranges.last!.upperBound
            }
            guard write(Array("  ],\n".utf8)) else { return false }
        }
        return write(Array("  \"version\" : \(version)\n}".utf8))
    }

    /// The escaped bytes of each range of a section's elements (each followed by ",\n", the
    /// section's last by "\n"), encoded on all cores.
    private static func encode(_ section: Section, _ ranges: [Range<Int>]) throws -> [[UInt8]] {
        var pieces = [[UInt8]](repeating: [], count: ranges.count)
        var failures = [Error?](repeating: nil, count: ranges.count)
        pieces.withUnsafeMutableBufferPointer { out in
            failures.withUnsafeMutableBufferPointer { failed in
                // (The section's closures only read the analysis.)
                let box = UncheckedBox((out, failed, section))
                DispatchQueue.concurrentPerform(iterations: ranges.count) { k in
                    let range = ranges[k], section = box.value.2
                    // (An encoder each: JSONEncoder is a class with settings, not made for sharing.)
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    do {
                        var piece = try section.encode(range, encoder)
                        piece.append(contentsOf: range.upperBound < section.count ? Array(",\n".utf8) : Array("\n".utf8))
                        box.value.0[k] = escaped(piece)
                    } catch {
                        box.value.1[k] = error
                    }
                }
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        return pieces
    }

    /// The elements of an encoded array ("[\n  a,\n  b\n]") without its brackets, indented two
    /// more (to the depth of a top-level key's array); blank lines stay blank.
    static func elements(of data: Data) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count + data.count / 8)
        data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            // Between "[\n" and "\n]".
            guard b.count >= 4 else { return }
            var lineStart = true
            for i in 2..<(b.count - 2) {
                let c = b[i]
                if lineStart && c != 0x0A { out.append(0x20); out.append(0x20) }
                out.append(c)
                lineStart = c == 0x0A
            }
        }
        return out
    }

    /// C1 controls, bidirectional overrides and line separators, which JSON leaves raw but
    /// terminals act on, as \u escapes.
    static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        // Each is DEL, two bytes C2 80-9F, or three bytes E2 80 A8-AE or E2 81 A6-A9; the runs
        // between them are copied whole.
        bytes.withUnsafeBufferPointer { b -> [UInt8] in
            var out: [UInt8] = []
            var run = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                guard c == 0x7F || c == 0xC2 || c == 0xE2 else { i += 1; continue }
                var value = -1, length = 1
                if c == 0x7F {
                    value = 0x7F
                } else if c == 0xC2, i + 1 < b.count, b[i + 1] &- 0x80 < 0x20 {
                    value = Int(b[i + 1]); length = 2
                } else if c == 0xE2, i + 2 < b.count, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                    let v = 0x2000 | Int(b[i + 1] & 0x3F) << 6 | Int(b[i + 2] & 0x3F)
                    if AnalysisReport.needsEscape(Unicode.Scalar(UInt32(v))!) { value = v; length = 3 }
                }
                guard value >= 0 else { i += 1; continue }
                if out.isEmpty { out.reserveCapacity(b.count + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                out.append(contentsOf: String(format: "\\u%04x", value).utf8)
                i += length
                run = i
            }
            guard run > 0 else { return bytes }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
            return out
        }
    }
}
