import Foundation

/// Reads a regular file's bytes with a size limit, never blocking on FIFOs or devices.
enum FileReader {
    static func read(_ path: String, limit: Int) throws(ImportError) -> [UInt8] {
        // O_NONBLOCK keeps a FIFO from blocking the open; fstat then rejects it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(bytes: size, limit: limit) }
        if size == 0 { throw .empty }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress! + total, size - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            total += n
        }
        return Array(bytes[0..<total])
    }
}
