import Foundation

/// Turns a file's bytes into text, or says why they are not text.
///
/// UTF-8 (with or without a BOM) and UTF-16 with a BOM are accepted. Anything with NUL bytes or
/// mostly control bytes is binary; invalid UTF-8 is reported with the offset of the first bad byte.
public enum TextDecoder {
    /// Decodes `bytes`; the result never contains a BOM.
    public static func decode(_ bytes: [UInt8]) throws(ImportError) -> String {
        if bytes.isEmpty { throw .empty }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes)
        }
        var body = bytes[...]
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            body = bytes[3...]
        }
        // The sample looks at the first 8 KB; a NUL anywhere later still makes it binary.
        if looksBinary(body) || body.contains(0) { throw .binary }
        if let bad = firstInvalidUTF8(body) { throw .invalidUTF8(byteOffset: bad) }
        let text = String(decoding: body, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw body.isEmpty ? .empty : .onlyWhitespace
        }
        return text
    }

    private static func decodeUTF16(_ bytes: [UInt8]) throws(ImportError) -> String {
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var k = 0
        while k < units.count {
            let u = units[k]
            if let s = Unicode.Scalar(u) {
                scalars.append(s)
                k += 1
            } else if u < 0xDC00, k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]),
                      let s = Unicode.Scalar(0x10000 + (UInt32(u) - 0xD800) << 10 + (UInt32(units[k + 1]) - 0xDC00)) {
                scalars.append(s)
                k += 2
            } else {
                // A lone surrogate: report where it is (the BOM is bytes 0 and 1).
                throw .invalidUTF16(byteOffset: 2 + 2 * k)
            }
        }
        let text = String(scalars)
        if text.isEmpty { throw .empty }
        if text.contains("\0") { throw .binary }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .onlyWhitespace }
        return text
    }

    /// NUL bytes, or more than 10% control bytes other than tab/newline/CR/ESC/FF, in the first 8 KB.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.isEmpty { return false }
        var controls = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x1B && b != 0x0C { controls += 1 }
        }
        return controls * 10 > sample.count
    }

    /// Offset (from the start of `bytes`) of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        let base = bytes.startIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var minScalar: UInt32
            var scalar: UInt32
            if b & 0xE0 == 0xC0 { need = 1; scalar = UInt32(b & 0x1F); minScalar = 0x80 }
            else if b & 0xF0 == 0xE0 { need = 2; scalar = UInt32(b & 0x0F); minScalar = 0x800 }
            else if b & 0xF8 == 0xF0 { need = 3; scalar = UInt32(b & 0x07); minScalar = 0x10000 }
            else { return i - base }
            if i + need >= end { return i - base }  // truncated sequence
            for k in 1...need {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i - base }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minScalar || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i - base }
            i += need + 1
        }
        return nil
    }
}
