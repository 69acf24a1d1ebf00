import Foundation

/// A cheap look at an SQLite file's 100-byte header (https://www.sqlite.org/fileformat.html), to
/// find a file that is not a database or was cut short before SQLite is asked to open it.
enum SQLiteHeader {
    /// True when `path` is a non-empty regular file whose header is not SQLite's, or whose header
    /// promises more pages than the file holds. A missing or empty file, or one that cannot be
    /// read, is not called corrupt (opening it will tell what is wrong).
    static func looksCorrupt(path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return false }
        let size = Int64(info.st_size)
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100) else { return false }
        if header.count < 100 { return true }
        let bytes = [UInt8](header)
        guard bytes.starts(with: Array("SQLite format 3\0".utf8)) else { return true }

        func be16(_ at: Int) -> Int { Int(bytes[at]) << 8 | Int(bytes[at + 1]) }
        func be32(_ at: Int) -> Int64 {
            Int64(bytes[at]) << 24 | Int64(bytes[at + 1]) << 16 | Int64(bytes[at + 2]) << 8 | Int64(bytes[at + 3])
        }
        let rawPageSize = be16(16)
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize <= 65536, pageSize & (pageSize - 1) == 0 else { return true }

        // The in-header page count is valid only when the change counter matches the
        // "version-valid-for" number. While a non-empty WAL (or rollback journal) exists, an
        // interrupted checkpoint (or transaction) may have left page 1 ahead of the pages after
        // it, and SQLite repairs that on open, so the size is only checked without one.
        let pageCount = be32(28)
        guard pageCount > 0, be32(24) == be32(92) else { return false }
        for suffix in ["-wal", "-journal"] {
            var journal = stat()
            if lstat(path + suffix, &journal) == 0, journal.st_size > 0 { return false }
        }
        return size < pageCount * Int64(pageSize)
    }
}
