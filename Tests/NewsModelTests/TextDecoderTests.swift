import Foundation
import Testing
@testable import NewsModel

@Suite("Decoding bytes to text")
struct TextDecoderTests {
    @Test("UTF-8 with a BOM decodes without the BOM")
    func bom() throws {
        let text = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi there".utf8))
        #expect(text == "Hi there")
    }

    @Test("UTF-16 little endian with a BOM decodes")
    func utf16() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Título".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try TextDecoder.decode(bytes) == "Título")
    }

    @Test("invalid UTF-8 is reported with the offset of the bad byte")
    func invalid() {
        #expect(throws: ImportError.invalidUTF8(byteOffset: 5)) {
            try TextDecoder.decode(Array("Hello".utf8) + [0xC3, 0x28] + Array(" world".utf8))
        }
        #expect(throws: ImportError.invalidUTF8(byteOffset: 3)) {
            try TextDecoder.decode(Array("abc".utf8) + [0xE2, 0x82])  // truncated at the end
        }
    }

    @Test("NUL bytes and control-heavy data are binary")
    func binary() {
        #expect(throws: ImportError.binary) { try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]) }
        #expect(throws: ImportError.binary) { try TextDecoder.decode([0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02]) }
    }

    @Test("empty and whitespace-only files are named as such")
    func empty() {
        #expect(throws: ImportError.empty) { try TextDecoder.decode([]) }
        #expect(throws: ImportError.onlyWhitespace) { try TextDecoder.decode(Array(" \n\t\r\n".utf8)) }
    }

    @Test("overlong encodings and surrogates are invalid")
    func overlong() {
        #expect(throws: ImportError.invalidUTF8(byteOffset: 0)) { try TextDecoder.decode([0xC0, 0xAF]) }
        #expect(throws: ImportError.invalidUTF8(byteOffset: 1)) { try TextDecoder.decode([0x41, 0xED, 0xA0, 0x80]) }
    }
}
