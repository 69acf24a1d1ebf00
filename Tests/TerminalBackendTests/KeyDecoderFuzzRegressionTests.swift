import NewsUI
import Testing
@testable import TerminalBackend

/// What the key-decoder fuzz target (`Fuzz/Sources/FuzzKeys`, `scripts/fuzz.sh keys`) relies on,
/// checked over whole ranges instead of samples, plus inputs a fuzz run once crashed on.
@Suite("Key decoder: fuzz regressions")
struct KeyDecoderFuzzRegressionTests {
    /// Every code wget_wch could report with KEY_CODE_YES (and far beyond) decodes without a trap,
    /// to a resize, a key of the table, or nothing.
    @Test("every function-key code decodes or is ignored")
    func functionKeyCodes() {
        for code in Int32(-1024)...Int32(0x1_0000) {
            switch KeyDecoder.decode(functionKey: code) {
            case nil, .resize?: continue
            case .key(let key)?:
                if case .char = key { Issue.record("function-key code \(code) decoded as a character") }
                if case .ctrl = key { Issue.record("function-key code \(code) decoded as a Ctrl key") }
            }
        }
        for code in [Int32.min, Int32.max, Int32.max - 1] { _ = KeyDecoder.decode(functionKey: code) }
    }

    /// Every character value, including surrogates and values past U+10FFFF (a wint_t holds any
    /// 32-bit value): no trap; no C0/C1 control ever becomes a printable-character key; Ctrl keys
    /// are letters.
    @Test("every character value decodes or is ignored; controls never become characters")
    func characterValues() {
        var values = Array(UInt32(0)...UInt32(0x3000))
        values += Array(UInt32(0xD700)...UInt32(0xE100))  // around the surrogates
        values += [0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1_0000, 0x1F600, 0x10_FFFF, 0x11_0000, 0x7FFF_FFFF, 0xFFFF_FFFF]
        for value in values {
            switch KeyDecoder.decode(character: value) {
            case nil, .resize?: continue
            case .key(.char(let c))?:
                let scalars = Array(c.unicodeScalars)
                #expect(scalars.count == 1 && scalars[0].value == value, "U+\(String(value, radix: 16)) became \(c)")
                #expect(value >= 0x20 && !(0x7F...0x9F).contains(value), "control U+\(String(value, radix: 16)) became a character")
            case .key(.ctrl(let c))?:
                #expect(("a"..."z").contains(c), "U+\(String(value, radix: 16)) became Ctrl-\(c)")
            case .key?:
                continue
            }
        }
        #expect(KeyDecoder.decode(character: 0xD800) == nil)
        #expect(KeyDecoder.decode(character: 0x11_0000) == nil)
        #expect(KeyDecoder.decode(character: 0xFFFF_FFFF) == nil)
    }
}
