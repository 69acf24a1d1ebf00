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

        /// Articles, written by `ArticleJSON` rather than the encoder.
        init(articles count: Int, batch: Int, element: @escaping (Int) -> AnalysisReport.ArticleReport) {
            key = "articles"
            self.count = count
            self.batch = batch
            encode = { range, _ in
                var json = ArticleJSON()
                for i in range {
                    if i > range.lowerBound { json.separate() }
                    json.append(element(i))
                }
                return json.bytes
            }
        }
    }

    /// Writes `{ sections in key order..., "version" : version }`; `write` returns false to stop
    /// (the reader went away), and then so does this.
    static func write(_ sections: [Section], version: Int, to write: ([UInt8]) -> Bool) throws -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard write(Array("{\n".utf8)) else { return false }
        for section in sections.sorted(by: { $0.key < $1.key }) {
            guard write(Array("  \"\(section.key)\" : [\n".utf8)) else { return false }
            if section.count == 0 {
                // (JSONEncoder writes an empty array as a blank line between its brackets.)
                guard write(Array("\n".utf8)) else { return false }
            }
            var start = 0
            while start < section.count {
                let range = start..<min(section.count, start + max(1, section.batch))
                var piece = try section.encode(range, encoder)
                piece.append(contentsOf: range.upperBound < section.count ? Array(",\n".utf8) : Array("\n".utf8))
                guard write(escaped(piece)) else { return false }
                start = range.upperBound
            }
            guard write(Array("  ],\n".utf8)) else { return false }
        }
        return write(Array("  \"version\" : \(version)\n}".utf8))
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
        // Each is two bytes C2 80-9F, three bytes E2 80 A8-AE or E2 81 A6-A9, or DEL.
        guard bytes.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        func escape(_ value: Int) { out.append(contentsOf: Array(String(format: "\\u%04x", value).utf8)) }
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x7F {
                escape(0x7F); i += 1; continue
            }
            if c == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                escape(Int(bytes[i + 1])); i += 2; continue
            }
            if c == 0xE2, i + 2 < bytes.count {
                let v = (Int(bytes[i + 1] & 0x3F) << 6) | Int(bytes[i + 2] & 0x3F) | 0x2000
                if bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80, AnalysisReport.needsEscape(Unicode.Scalar(UInt32(v))!) {
                    escape(v); i += 3; continue
                }
            }
            out.append(c)
            i += 1
        }
        return out
    }
}
