/// A file that could not be read as an article, with a one-line reason.
public struct LoadProblem: Sendable, Hashable, Codable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
