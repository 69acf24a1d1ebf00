// libFuzzer target: bytes as the terminal would send them -> the events ncurses hands over (a
// model of its keypad decoding for xterm) -> KeyDecoder -> AppState.update -> RootView.render.
// Whatever the keys, sizes and load messages, update and render must not crash, and no drawn cell
// may carry a control character.
//
// Input layout: byte 0 and 1 are the starting width (1...300) and height (1...100); bit 0 of byte
// 2 starts with the analysed sample corpus (else empty and loading, as the reader starts). Then a
// stream of terminal input; bytes that are never valid UTF-8 are commands of this harness:
//   0xFE w h   resize to 1 + w % 300 by 1 + h % 100
//   0xFF a b   a raw function-key code a<<8|b, as wget_wch returns with KEY_CODE_YES
//   0xFD       the load finishes: the sample corpus (or, the second time, an empty one) arrives
//   0xFC a b   loading progress a of b files
import Foundation
import FuzzSupport
import NewsModel
import NewsUI
import TerminalBackend

/// ncurses key codes (curses.h; part of its ABI).
enum NC {
    static let down: Int32 = 0o402, up: Int32 = 0o403, left: Int32 = 0o404, right: Int32 = 0o405
    static let home: Int32 = 0o406, backspace: Int32 = 0o407, f0: Int32 = 0o410
    static let dc: Int32 = 0o512, ic: Int32 = 0o513, npage: Int32 = 0o522, ppage: Int32 = 0o523
    static let enter: Int32 = 0o527, a1: Int32 = 0o534, c1: Int32 = 0o537, btab: Int32 = 0o541
    static let end: Int32 = 0o550, mouse: Int32 = 0o631, resize: Int32 = 0o632
}

/// xterm's key sequences as ncurses recognises them with keypad on.
let sequences: [([UInt8], Int32)] = {
    var table: [(String, Int32)] = [
        ("[A", NC.up), ("OA", NC.up), ("[B", NC.down), ("OB", NC.down),
        ("[C", NC.right), ("OC", NC.right), ("[D", NC.left), ("OD", NC.left),
        ("[H", NC.home), ("OH", NC.home), ("[1~", NC.home), ("[F", NC.end), ("OF", NC.end), ("[4~", NC.end),
        ("[5~", NC.ppage), ("[6~", NC.npage), ("[3~", NC.dc), ("[2~", NC.ic), ("[Z", NC.btab), ("OM", NC.enter),
        ("OP", NC.f0 + 1), ("OQ", NC.f0 + 2), ("OR", NC.f0 + 3), ("OS", NC.f0 + 4),
        ("[15~", NC.f0 + 5), ("[17~", NC.f0 + 6), ("[18~", NC.f0 + 7), ("[19~", NC.f0 + 8),
        ("[20~", NC.f0 + 9), ("[21~", NC.f0 + 10), ("[23~", NC.f0 + 11), ("[24~", NC.f0 + 12),
        ("[1;2P", NC.f0 + 13), ("[1;2Q", NC.f0 + 14), ("[1;2R", NC.f0 + 15), ("[1;2S", NC.f0 + 16),
        ("[1;5P", NC.f0 + 25), ("Oj", Int32(42)), ("[E", NC.a1 + 1),
    ]
    table.sort { $0.0.utf8.count > $1.0.utf8.count }  // longest first
    return table.map { ([0x1B] + Array($0.0.utf8), $0.1) }
}()

/// Three articles of the sample corpus (with conflicts within and across them, and a fact-check
/// layout; a small corpus keeps each run short) plus two problems (so the Problems view has rows);
/// analysed once. NEWSTUI_FUZZ_SEEDS names other files or folders (separated by ':').
let sample: CorpusAnalysis = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let seeds = ["000_abeb776ff520d061.txt", "003-wh-rubio-waltz-trump-zelenskyy-call.txt", "006-wh-100-days-of-hoaxes.txt"]
        .map { root.appendingPathComponent("seeds/\($0)").path }
    let paths = ProcessInfo.processInfo.environment["NEWSTUI_FUZZ_SEEDS"].map { $0.split(separator: ":").map(String.init) } ?? seeds
    var corpus = CorpusLoader().load(paths: paths)
    guard !corpus.articles.isEmpty else { fatalError("no articles in \(paths); set NEWSTUI_FUZZ_SEEDS") }
    corpus.problems += [
        LoadProblem(path: "bad\u{1B}]52;c;AAAA\u{07}name.txt", message: "binary data, not text"),
        LoadProblem(path: String(repeating: "very/long/", count: 40) + "x.txt", message: "empty file"),
    ]
    return Analyzer().analyze(corpus)
}()
let empty = CorpusAnalysis(name: "empty", articles: [], entities: [], problems: [])

/// One read from the terminal, as the reader's loop sees it, or a harness command.
enum Input {
    case event(KeyDecoder.Event?)
    case msg(Msg)
}

/// Splits the byte stream into what successive reads would return.
struct Reader {
    let bytes: [UInt8]
    var i: Int
    var loads = 0

    mutating func byte() -> UInt8? {
        guard i < bytes.count else { return nil }
        defer { i += 1 }
        return bytes[i]
    }

    mutating func next() -> Input? {
        guard let b = byte() else { return nil }
        switch b {
        case 0xFE:
            let w = Int(byte() ?? 0), h = Int(byte() ?? 0)
            // ncurses reports KEY_RESIZE; the loop then reads the new size.
            return .msg(.resize(Size(width: 1 + w % 300, height: 1 + h % 100)))
        case 0xFF:
            let code = Int32(byte() ?? 0) << 8 | Int32(byte() ?? 0)
            return .event(KeyDecoder.decode(functionKey: code))
        case 0xFD:
            loads += 1
            return .msg(.loaded(loads % 2 == 1 ? sample : empty))
        case 0xFC:
            return .msg(.loading(done: Int(byte() ?? 0), total: Int(byte() ?? 0)))
        case 0x1B:
            for (seq, code) in sequences where bytes[(i - 1)...].starts(with: seq) {
                i += seq.count - 1
                return .event(KeyDecoder.decode(functionKey: code))
            }
            if bytes[i...].starts(with: [0x5B, 0x4D]) {  // X10 mouse report: ESC [ M b x y
                i = min(bytes.count, i + 5)
                return .event(KeyDecoder.decode(functionKey: NC.mouse))
            }
            if bytes[i...].starts(with: [0x5B, 0x3C]) {  // SGR mouse report: ESC [ < b ; x ; y M/m
                var j = i + 2
                while j < bytes.count, j < i + 32, bytes[j] != 0x4D, bytes[j] != 0x6D { j += 1 }
                i = min(bytes.count, j + 1)
                return .event(KeyDecoder.decode(functionKey: NC.mouse))
            }
            return .event(KeyDecoder.decode(character: 27))  // a lone Esc; the rest arrives as keys
        default:
            return .event(KeyDecoder.decode(character: scalarValue(lead: b)))
        }
    }

    /// The value of a UTF-8 sequence, computed without range checks (so surrogates and values
    /// past U+10FFFF reach the decoder too); a byte that starts nothing is its own value.
    mutating func scalarValue(lead: UInt8) -> UInt32 {
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: length = 1; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 2; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: length = 3; value = UInt32(lead & 0x07)
        default: return UInt32(lead)
        }
        guard i + length <= bytes.count, bytes[i..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return UInt32(lead) }
        for _ in 0..<length { value = value << 6 | UInt32(bytes[i] & 0x3F); i += 1 }
        return value
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard input.count >= 3 else { return 0 }
    var state = AppState(analysis: empty, size: Size(width: 1 + Int(input[0]) % 300, height: 1 + Int(input[1]) % 100))
    var reader = Reader(bytes: input, i: 3)
    if input[2] & 1 == 1 {
        _ = state.update(.loaded(sample))
        reader.loads = 1
    } else {
        state.loading = (0, 0)
    }
    Invariants.check(RootView.render(state))
    // Drawing is most of the time, so states are drawn after every message and every fourth key
    // (and at the end); every update still runs on every key.
    var reads = 0
    var drawn = true
    while let next = reader.next(), reads < 200 {
        reads += 1
        let effects: [Effect]
        switch next {
        case .event(nil): continue
        case .event(.resize?): continue  // the loop reads the size itself: covered by 0xFE
        case .event(.key(let key)?):
            effects = state.update(.key(key))
            drawn = reads % 4 != 0
        case .msg(let msg):
            effects = state.update(msg)
            drawn = false
        }
        if !drawn {
            Invariants.check(RootView.render(state))
            drawn = true
        }
        if effects.contains(.quit) { break }
    }
    if !drawn { Invariants.check(RootView.render(state)) }
    return 0
}

@main
enum Main {
    static func main() { runLibFuzzer(fuzzKeys) }
}
