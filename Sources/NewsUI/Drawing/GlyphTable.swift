import Foundation

/// Glyphs by number, for `Cell`: a printable ASCII character is its own byte, the empty glyph of a
/// continuation is 0, and any other glyph (a letter with marks, a wide character, an emoji) is
/// numbered the first time it is drawn and keeps that number for the life of the process.
final class GlyphTable: @unchecked Sendable {
    static let shared = GlyphTable()

    private let lock = NSLock()
    private var strings: [String]
    private var ids: [String: UInt32] = [:]
    /// Printable ASCII as strings, made once.
    private let ascii: [String]

    private init() {
        ascii = (0..<0x80).map { $0 >= 0x20 && $0 < 0x7F ? String(Unicode.Scalar(UInt8($0))) : "" }
        strings = ascii
    }

    /// The number of `text`: its byte when it is one printable ASCII character.
    func id(_ text: String) -> UInt32 {
        var text = text
        if let byte = text.withUTF8({ $0.count == 1 && $0[0] >= 0x20 && $0[0] < 0x7F ? $0[0] : nil }) { return UInt32(byte) }
        if text.isEmpty { return 0 }
        lock.lock()
        defer { lock.unlock() }
        if let known = ids[text] { return known }
        let id = UInt32(strings.count)
        strings.append(text)
        ids[text] = id
        return id
    }

    /// The glyph numbered `id` ("" for one never given out).
    func string(_ id: UInt32) -> String {
        if id < 0x80 { return ascii[Int(id)] }
        lock.lock()
        defer { lock.unlock() }
        return id < strings.count ? strings[Int(id)] : ""
    }
}
