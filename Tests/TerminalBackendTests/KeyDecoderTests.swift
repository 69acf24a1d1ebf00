import CNcurses
import NewsUI
import Testing
@testable import TerminalBackend

@Suite("Decoding terminal keys")
struct KeyDecoderTests {
    @Test("function-key codes map to keys and resize")
    func functionKeys() {
        #expect(KeyDecoder.decode(functionKey: KEY_UP) == .key(.up))
        #expect(KeyDecoder.decode(functionKey: KEY_NPAGE) == .key(.pageDown))
        #expect(KeyDecoder.decode(functionKey: KEY_BTAB) == .key(.backTab))
        #expect(KeyDecoder.decode(functionKey: KEY_RESIZE) == .resize)
        #expect(KeyDecoder.decode(functionKey: KEY_F0 + 1) == .key(.function(1)))
        #expect(KeyDecoder.decode(functionKey: 0x7FFF) == nil)
    }

    @Test("characters: Enter, Tab, Esc, Backspace, Ctrl letters and Unicode")
    func characters() {
        #expect(KeyDecoder.decode(character: 13) == .key(.enter))
        #expect(KeyDecoder.decode(character: 10) == .key(.enter))
        #expect(KeyDecoder.decode(character: 9) == .key(.tab))
        #expect(KeyDecoder.decode(character: 27) == .key(.escape))
        #expect(KeyDecoder.decode(character: 127) == .key(.backspace))
        #expect(KeyDecoder.decode(character: 12) == .key(.ctrl("l")))
        #expect(KeyDecoder.decode(character: 0x71) == .key(.char("q")))
        #expect(KeyDecoder.decode(character: 0x00E9) == .key(.char("é")))
        #expect(KeyDecoder.decode(character: 0x9B) == nil)  // C1 control: ignored
        #expect(KeyDecoder.decode(character: 0xD800) == nil)  // not a scalar
    }
}
