import Foundation

/// Finds article files under paths and reads them. The only file I/O of the import layer.
public struct CorpusLoader: Sendable {
    /// File extensions read as articles when a folder is walked.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown"]
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
        var files: [String] = []
        var problems: [LoadProblem] = []
        for path in paths {
            collect(path, explicit: true, into: &files, problems: &problems, visited: [])
        }
        var articles: [Article] = []
        var usedIDs: [String: Int] = [:]
        for file in files {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            var id = stem.isEmpty ? "article" : stem
            if let n = usedIDs[id] {
                usedIDs[id] = n + 1
                id = "\(id)-\(n + 1)"
            } else {
                usedIDs[id] = 1
            }
            switch read(file: file, id: id) {
            case .success(let article): articles.append(article)
            case .failure(let error): problems.append(LoadProblem(path: file, message: error.description))
            }
        }
        return Corpus(name: Self.displayName(for: paths), articles: articles, problems: problems)
    }

    /// Reads and parses one file.
    public func read(file: String, id: String) -> Result<Article, ImportError> {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(file, limit: maxFileBytes)
        } catch {
            return .failure(error)
        }
        do {
            let text = try TextDecoder.decode(bytes)
            return .success(try ArticleParser.parse(text, id: id, path: file))
        } catch {
            return .failure(error)
        }
    }

    private func collect(
        _ path: String, explicit: Bool, into files: inout [String], problems: inout [LoadProblem],
        visited: Set<String>
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
            let real = (path as NSString).resolvingSymlinksInPath
            guard !visited.contains(real) else { return }  // symlink loop
            guard let names = try? fm.contentsOfDirectory(atPath: path) else {
                problems.append(LoadProblem(path: path, message: "folder cannot be read: \(String(cString: strerror(errno)))"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                collect((path as NSString).appendingPathComponent(name), explicit: false,
                        into: &files, problems: &problems, visited: visited.union([real]))
            }
        } else if type == S_IFREG {
            let name = (path as NSString).lastPathComponent
            let ext = (name as NSString).pathExtension.lowercased()
            let stem = (name as NSString).deletingPathExtension.lowercased()
            if explicit || (Self.articleExtensions.contains(ext) && !Self.documentationNames.contains(stem)) {
                files.append(path)
            }
        } else if explicit {
            problems.append(LoadProblem(path: path, message: ImportError.notRegularFile.description))
        }
    }

    /// "seeds", "news/a.txt", or "3 paths".
    static func displayName(for paths: [String]) -> String {
        switch paths.count {
        case 0: return "(nothing)"
        case 1:
            let p = paths[0].hasSuffix("/") && paths[0].count > 1 ? String(paths[0].dropLast()) : paths[0]
            return (p as NSString).lastPathComponent
        default: return "\(paths.count) paths"
        }
    }
}
