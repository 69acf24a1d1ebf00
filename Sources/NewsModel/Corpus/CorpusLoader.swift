import Foundation

/// Finds article files under paths and reads them. The only file I/O of the import layer.
public struct CorpusLoader: Sendable {
    /// File extensions read as articles when a folder is walked.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown"]
    private static let longestDocumentationName = documentationNames.map(\.utf8.count).max() ?? 0
    private static let lowerExtensions: [[UInt8]] = articleExtensions.map { Array($0.utf8) }
    /// Documentation that sits beside articles and is not one (matched on the name before the extension).
    public static let documentationNames: Set<String> = [
        "readme", "sources", "license", "licence", "copying", "changelog", "notice", "authors",
    ]
    /// Larger files are reported as a problem instead of read.
    public var maxFileBytes: Int

    public init(maxFileBytes: Int = 16 * 1024 * 1024) {
        self.maxFileBytes = maxFileBytes
    }

    /// Reads every article under `paths` (files, or folders walked recursively).
    /// A path that does not exist is a problem; the others still load.
    public func load(paths: [String]) -> Corpus {
        var (files, problems) = discover(paths: paths)
        var articles: [Article] = []
        for file in files {
            switch read(file: file.path, id: file.id) {
            case .success(let article): articles.append(article)
            case .failure(let error): problems.append(LoadProblem(path: file.path, message: error.description))
            }
        }
        return Corpus(name: Self.displayName(for: paths), articles: articles, problems: problems)
    }

    /// The article files under `paths` with the ids their articles get, and the problems met on the way.
    public func discover(paths: [String]) -> (files: [(path: String, id: String)], problems: [LoadProblem]) {
        var files: [(path: String, stem: String)] = []
        var problems: [LoadProblem] = []
        for path in paths {
            collect(path, explicit: true, into: &files, problems: &problems, visited: [])
        }
        var usedIDs: [String: Int] = [:]
        usedIDs.reserveCapacity(files.count)
        let named = files.map { file, stem -> (path: String, id: String) in
            var id = stem.isEmpty ? "article" : stem
            if let n = usedIDs[id] {
                usedIDs[id] = n + 1
                id = "\(id)-\(n + 1)"
            } else {
                usedIDs[id] = 1
            }
            return (file, id)
        }
        return (named, problems)
    }

    /// A file's bytes: regular files only, up to the size limit.
    public func bytes(of file: String) -> Result<[UInt8], ImportError> {
        do {
            return .success(try FileReader.read(file, limit: maxFileBytes))
        } catch {
            return .failure(error)
        }
    }

    /// Decodes and parses bytes read from `file`.
    public static func parse(bytes: [UInt8], id: String, path: String) -> Result<Article, ImportError> {
        do {
            let text = try TextDecoder.decode(bytes)
            return .success(try ArticleParser.parse(text, id: id, path: path))
        } catch {
            return .failure(error)
        }
    }

    /// Reads and parses one file.
    public func read(file: String, id: String) -> Result<Article, ImportError> {
        bytes(of: file).flatMap { Self.parse(bytes: $0, id: id, path: file) }
    }

    /// A folder's identity (device, inode): the same folder by any path, relative or through links.
    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private func collect(
        _ path: String, explicit: Bool, into files: inout [(path: String, stem: String)], problems: inout [LoadProblem],
        visited: Set<FolderID>, name: String? = nil
    ) {
        let fm = FileManager.default
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            if explicit || lstat(path, &info) == 0 {
                problems.append(LoadProblem(path: path, message: explicit ? "no such file or folder (\(reason))" : "cannot be read: \(reason)"))
            }
            return
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR {
            // A folder already being walked (a symlink loop, also one back to a relative root such
            // as "."): stat follows links, so its device and inode name the real folder.
            let id = FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard !visited.contains(id) else { return }
            let listed = Self.list(path)
            guard let entries = listed ?? (try? fm.contentsOfDirectory(atPath: path)).map({ $0.map { ($0, false) } }) else {
                problems.append(LoadProblem(path: path, message: "folder cannot be read: \(String(cString: strerror(errno)))"))
                return
            }
            let inside = visited.union([id])
            // The folder's path with the separator, as appendingPathComponent joins (entry names hold no "/").
            let prefix = String((path as NSString).appendingPathComponent("x").dropLast())
            for (name, regular) in Self.sortedByBytes(entries) where !name.hasPrefix(".") {
                if regular {
                    // A regular file by the folder's own record: no stat needed to tell.
                    if let stem = Self.articleStem(name) { files.append((prefix + name, stem)) }
                    continue
                }
                collect(prefix + name, explicit: false, into: &files, problems: &problems, visited: inside, name: name)
            }
        } else if type == S_IFREG {
            if explicit {
                files.append((path, ((path as NSString).lastPathComponent as NSString).deletingPathExtension))
            } else if let name, let stem = Self.articleStem(name) {
                files.append((path, stem))
            }
        } else if explicit || name.map({ Self.articleStem($0) != nil }) == true {
            // A FIFO, socket or device named like an article is listed, not silently skipped.
            problems.append(LoadProblem(path: path, message: ImportError.notRegularFile.description))
        }
    }

    /// A folder's entries and whether each is a regular file by the folder's record (d_type; a
    /// link, or a file system that does not say, is not), without a stat per entry; nil when it
    /// cannot be opened or an entry's name is not UTF-8 (Foundation's listing is used then).
    private static func list(_ path: String) -> [(String, Bool)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var out: [(String, Bool)] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else { break }
            let (name, regular) = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { (String(validatingCString: $0), entry.pointee.d_type == UInt8(DT_REG)) }
            }
            guard let name else { return nil }
            if name == "." || name == ".." { continue }
            out.append((name, regular))
        }
        return errno == 0 ? out : nil
    }

    /// Folder entries in the byte order of their names (the order of code points): no string is
    /// moved while sorting, and names compare as bytes (a folder may hold 100,000 articles).
    static func sortedByBytes(_ entries: [(String, Bool)]) -> [(String, Bool)] {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(entries.count + 1)
        for e in entries {
            bytes.append(contentsOf: e.0.utf8)
            starts.append(bytes.count)
        }
        // Room for the last name's eight-byte reads.
        bytes.append(contentsOf: repeatElement(0, count: 8))
        var order = Array(entries.indices)
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { s in
                order.sort { x, y in ByteOrder.less(b.baseAddress!, s[x]..<s[x + 1], s[y]..<s[y + 1]) }
            }
        }
        return order.map { entries[$0] }
    }

    /// The name without its extension when a walked folder entry (`name`, not starting with ".")
    /// is read as an article: an article extension, not documentation. Plain string work: this
    /// runs once per file of the corpus.
    static func articleStem(_ name: String) -> String? {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return nil }
        let ext = name.utf8[name.utf8.index(after: dot)...]
        guard ext.count >= 2, ext.count <= 8 else { return nil }
        // Lower-case ASCII extensions ("txt") are looked up without making a string.
        if !ext.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) || !lowerExtensions.contains(where: { $0.elementsEqual(ext) }) {
            guard articleExtensions.contains(String(decoding: ext, as: UTF8.self).lowercased()) else { return nil }
        }
        let stem = String(name[..<dot])
        // (A stem longer than every documentation name is none: most are.)
        return stem.utf8.count <= longestDocumentationName && documentationNames.contains(stem.lowercased()) ? nil : stem
    }

    /// The corpus name for the header: "seeds", "a.txt", or "3 paths".
    public static func displayName(for paths: [String]) -> String {
        switch paths.count {
        case 0: return "(nothing)"
        case 1:
            let p = paths[0].hasSuffix("/") && paths[0].count > 1 ? String(paths[0].dropLast()) : paths[0]
            return (p as NSString).lastPathComponent
        default: return "\(paths.count) paths"
        }
    }
}
