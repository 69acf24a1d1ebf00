import Foundation

/// Why a file's bytes are not an article. Each case reads as a one-line message.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case onlyWhitespace
    case binary
    case invalidUTF8(byteOffset: Int)
    case invalidUTF16(byteOffset: Int)
    case tooLarge(bytes: Int, limit: Int)
    case unreadable(String)
    case notRegularFile

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .onlyWhitespace: return "the file holds only whitespace"
        case .binary: return "binary data, not text"
        case .invalidUTF8(let offset): return "not valid UTF-8 (bad byte at offset \(offset))"
        case .invalidUTF16(let offset): return "not valid UTF-16 (lone surrogate at offset \(offset))"
        case .tooLarge(let bytes, let limit):
            return "file is \(ByteCount.describe(bytes)); articles are read up to \(ByteCount.describe(limit))"
        case .unreadable(let reason): return "cannot be read: \(reason)"
        case .notRegularFile: return "not a regular file"
        }
    }
}

/// Human-readable byte sizes for messages.
public enum ByteCount {
    /// "512 B", "3.2 KB", "50.0 MB".
    public static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: "%.1f %@", value, units[unit])
    }
}
