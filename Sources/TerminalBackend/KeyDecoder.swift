import CNcurses
import NewsUI

/// Turns what `wget_wch` returned into a Key or a resize. Pure, so the table is tested.
public enum KeyDecoder {
    /// What one read from the terminal means.
    public enum Event: Sendable, Hashable {
        case key(Key)
        case resize
    }

    /// Decodes a function-key code (`wget_wch` returned KEY_CODE_YES).
    public static func decode(functionKey code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize
        case KEY_F0 + 1...KEY_F0 + 24: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    /// Decodes a character (`wget_wch` returned OK).
    public static func decode(character value: UInt32) -> Event? {
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            guard let scalar = Unicode.Scalar(value + 96) else { return nil }
            return .key(.ctrl(Character(scalar)))
        case 0..<32, 0x7F...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }
}
